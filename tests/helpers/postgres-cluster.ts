// A private PostgreSQL cluster for the tests: initdb into a temporary folder, a free port, the
// unix socket in that folder too, trust authentication for the local user only. PostgreSQL
// refuses to run as root, so under root the cluster belongs to `nobody` (runuser/setpriv).
// Nothing outside the temporary folder is touched; stop() removes it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const POSTGRES_URL_ENV = 'CLAIMDESK_TEST_POSTGRES_URL';
export const POSTGRES_MISSING_ENV = 'CLAIMDESK_TEST_POSTGRES_MISSING';

const BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/14/bin'];

/** The folder holding initdb, pg_ctl and postgres, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  for (const dir of BIN_DIRS) if (fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'))) return dir;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'))) return fs.realpathSync(dir);
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface PostgresCluster {
  /** postgres://… of the `postgres` database as superuser `claimdesk` over TCP on 127.0.0.1. */
  url: string;
  port: number;
  dir: string;
  bin: string;
  stop(): Promise<void>;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The command as the unprivileged user when we are root. */
function asUser(command: string, args: string[]): [string, string[]] {
  if (!isRoot) return [command, args];
  if (fs.existsSync('/usr/sbin/runuser') || fs.existsSync('/sbin/runuser')) return ['runuser', ['-u', 'nobody', '--', command, ...args]];
  return ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', command, ...args]];
}

/** `durable`: fsync and synchronous commit on, as a production server runs (the team bench). */
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb found): apt-get install postgresql');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-pg-'));
  const data = path.join(dir, 'data');
  const socket = path.join(dir, 'socket');
  fs.mkdirSync(socket);
  if (isRoot) {
    fs.chmodSync(dir, 0o755);
    const nobody = Number(execFileSync('id', ['-u', 'nobody']).toString().trim());
    const group = Number(execFileSync('id', ['-g', 'nobody']).toString().trim());
    fs.chownSync(dir, nobody, group);
    fs.chownSync(socket, nobody, group);
  }
  const [initdb, initArgs] = asUser(path.join(bin, 'initdb'), ['-D', data, '-U', 'claimdesk', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  execFileSync(initdb, initArgs, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  const port = await freePort();
  const [postgres, args] = asUser(path.join(bin, 'postgres'), [
    '-D', data, '-p', String(port), '-k', socket, '-h', '127.0.0.1',
    // A test cluster: durability is not what is tested here (the backup test checks pg_dump).
    ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    '-c', 'max_connections=200', '-c', 'shared_buffers=64MB',
  ]);
  const child: ChildProcess = spawn(postgres, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir, detached: false });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  const url = `postgres://claimdesk@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited at start: ${log.slice(-2000)}`);
    if (log.includes('ready to accept connections')) break;
    if (Date.now() > deadline) throw new Error(`postgres did not start in 30 s: ${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url, port, dir, bin,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // Fast shutdown (open connections are ended), sent by pg_ctl as the cluster's user.
        const [pgCtl, stopArgs] = asUser(path.join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w']);
        try {
          execFileSync(pgCtl, stopArgs, { stdio: 'ignore', timeout: 15_000 });
        } catch {
          child.kill('SIGINT');
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
