// Command-line start-up: what a user waits for when typing a command. Each figure spawns
// `node bin/claimdesk.js …` as a new process (as `npx claimdesk` does, without npx's own
// start-up) and times it until the process has exited; median of three runs.
// - `claimdesk --version`: the cost of starting the command at all;
// - `claimdesk list --json` on a database of 10,000 articles: opening the store (checks,
//   migrations), the contract, one query, printing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../src/main/core/store/database';
import { tempDir } from '../tests/helpers/temp-app';
import { seedClaims } from './ui';

const BIN = path.resolve(__dirname, '..', 'bin', 'claimdesk.js');
const RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs the command RUNS times (after one untimed warm-up for the file cache) and returns each time in ms. */
export function timeCommand(args: string[]): number[] {
  const run = () => {
    const started = performance.now();
    const child = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (child.status !== 0) throw new Error(`claimdesk ${args.join(' ')} exited with ${child.status}: ${child.stderr.slice(0, 300)}`);
    return ms;
  };
  run();
  return Array.from({ length: RUNS }, run);
}

/** A database with 10,000 articles (10 claims each), made by the real migrations. */
export async function databaseOf10000Articles(): Promise<string> {
  const dbPath = path.join(tempDir('claimdesk-bench-cli-'), 'claimdesk.db');
  const store = await openStore(dbPath, {});
  await store.close();
  const sqlite = new Database(dbPath);
  seedClaims(sqlite, 100_000, 10_000);
  sqlite.close();
  return dbPath;
}

/**
 * Node starting and doing nothing, the floor under every command: on a busy machine it says how
 * busy. With `env`, in that environment instead of this process's.
 */
function timeNodeAlone(env: NodeJS.ProcessEnv = process.env): number[] {
  const run = () => {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return performance.now() - started;
  };
  run();
  return Array.from({ length: RUNS }, run);
}

export async function benchCli(): Promise<Record<string, number | string>> {
  const node = timeNodeAlone();
  // NODE_EXTRA_CA_CERTS makes node 20 read and parse that bundle of certificates before any
  // script runs (on the development machine about 60 ms of CPU, 417 M of node's 500 M
  // instructions): every command and serve pay it where it is set, and no code of ours can skip it.
  const { NODE_EXTRA_CA_CERTS: extraCaCerts, ...withoutExtraCaCerts } = process.env;
  const nodeWithoutCerts = extraCaCerts ? timeNodeAlone(withoutExtraCaCerts) : null;
  const version = timeCommand(['--version']);
  const dbPath = await databaseOf10000Articles();
  const list = timeCommand(['list', '--json', '--db', dbPath]);
  const runs = (values: number[]) => values.map((v) => Math.round(v)).join(' / ');
  return {
    'node -e 0, median of 3 (ms)': Math.round(median(node)),
    ...(nodeWithoutCerts ? { 'node -e 0 without this environment’s NODE_EXTRA_CA_CERTS, median of 3 (ms)': Math.round(median(nodeWithoutCerts)) } : {}),
    'claimdesk --version, median of 3 (ms)': Math.round(median(version)),
    'claimdesk --version, the 3 runs (ms)': runs(version),
    'claimdesk list --json, 10,000 articles, median of 3 (ms)': Math.round(median(list)),
    'claimdesk list --json, 10,000 articles, the 3 runs (ms)': runs(list),
  };
}

if (require.main === module) {
  void benchCli().then((r) => console.table(r));
}
