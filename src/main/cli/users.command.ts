// claimdesk users: the team server's accounts, on its database.
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { openApp } from '../core/app';
import { isRole } from '../../shared/access';
import { openTeam } from '../team';
import type { Team } from '../team/accounts';
import { parse, UsageError, type CliIo } from './common';

import { USERS_USAGE } from './users.usage';

export { USERS_USAGE };

/** The password: the first line of stdin when it is not a terminal, else asked for twice without echo. */
async function readPassword(io: CliIo): Promise<string> {
  const stdin = io.stdin ?? process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      let muted = false;
      const out = new Writable({
        write(chunk, _enc, done) {
          if (!muted) io.stderr.write(chunk as Buffer);
          done();
        },
      });
      const rl = readline.createInterface({ input: stdin, output: out, terminal: true });
      rl.question(prompt, (answer) => {
        rl.close();
        io.stderr.write('\n');
        resolve(answer);
      });
      muted = true;
    });
  const first = await ask('Password: ');
  const again = await ask('Again: ');
  if (first !== again) throw new UsageError('The two passwords differ.');
  return first;
}

async function withTeam<T>(database: string, work: (team: Team) => Promise<T>): Promise<T> {
  const app = await openApp(database, { host: 'cli', loadModel: false, snapshots: false });
  try {
    return await work(await openTeam(app.store.db));
  } finally {
    await app.close();
  }
}

export async function runUsers(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { database: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } });
  const [action, name] = positionals;
  const database = values.database ?? values.db;
  if (!database) throw new UsageError('Give the database: claimdesk users … --database PATH|postgres://…');
  const needName = () => {
    if (!name) throw new UsageError(`claimdesk users ${action} needs an account name.`);
    return name;
  };
  switch (action) {
    case 'add': {
      const account = needName();
      if (!isRole(values.role)) throw new UsageError('Give the role: --role reviewer|editor|admin.');
      const role = values.role;
      const password = await readPassword(io);
      const added = await withTeam(database, (team) => team.add(account, role, password));
      io.stdout.write(`Added ${added.name} (${added.role}).\n`);
      return 0;
    }
    case 'list': {
      const accounts = await withTeam(database, (team) => team.list());
      if (values.json) io.stdout.write(`${JSON.stringify({ accounts: accounts.map(({ name: n, role, disabled, locked, createdAt }) => ({ name: n, role, disabled, locked, createdAt })) })}\n`);
      else for (const a of accounts) io.stdout.write(`${a.name}\t${a.role}${a.disabled ? '\tdisabled' : ''}${a.locked ? '\tlocked' : ''}\n`);
      return 0;
    }
    case 'disable': {
      const account = needName();
      await withTeam(database, (team) => team.disable(account));
      io.stdout.write(`Disabled ${account}; its sessions have ended.\n`);
      return 0;
    }
    case 'enable': {
      const account = needName();
      await withTeam(database, (team) => team.enable(account));
      io.stdout.write(`Enabled ${account}.\n`);
      return 0;
    }
    case 'reset-password': {
      const account = needName();
      const password = await readPassword(io);
      await withTeam(database, (team) => team.resetPassword(account, password));
      io.stdout.write(`New password set for ${account}; it is unlocked and its sessions have ended.\n`);
      return 0;
    }
    case 'token': {
      const account = needName();
      const { token } = await withTeam(database, (team) => team.createToken(account));
      io.stdout.write(`${token}\n`);
      io.stderr.write(`A personal API token for ${account}: send it as "Authorization: Bearer <token>" on POST /api/<method>. It is shown only now.\n`);
      return 0;
    }
    default:
      throw new UsageError(`Usage:\n${USERS_USAGE}`);
  }
}
