// claimdesk server: the app for a team, with accounts (claimdesk users), over the serve host.
import fs from 'node:fs';
import { startServer } from '../http/server';
import { openApp } from '../core/app';
import { createTeamGate, databaseLabel, isLoopbackHost, openTeam } from '../team';
import { parse, UsageError, type CliIo } from './common';
import { rendererDir } from './serve.command';

export async function runServer(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    database: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'insecure-http': { type: 'boolean' },
  });
  const database = values.database ?? values.db;
  if (!database) throw new UsageError('Give the database: claimdesk server --database PATH|postgres://…');
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.');
  const host = values.host ?? '127.0.0.1';
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) throw new UsageError('Give both --tls-cert and --tls-key.');
  const tls = values['tls-cert'] && values['tls-key'] ? { cert: fs.readFileSync(values['tls-cert']), key: fs.readFileSync(values['tls-key']) } : undefined;
  if (!tls && !isLoopbackHost(host)) {
    if (!values['insecure-http']) {
      io.stderr.write(
        `Refusing to listen on ${host} without TLS: passwords and session cookies would cross the network in clear text.\n` +
          `Give --tls-cert FILE --tls-key FILE, or --insecure-http if a TLS proxy in front of this server terminates HTTPS.\n`,
      );
      return 2;
    }
    io.stderr.write(`Warning: serving plain HTTP on ${host} (--insecure-http). Only do this behind a TLS proxy.\n`);
  }
  const app = await openApp(database, { host: 'serve', defaultActor: null });
  try {
    const team = await openTeam(app.store.db);
    if ((await team.count()) === 0) io.stderr.write('No accounts yet: add one with "claimdesk users add NAME --role admin --database …".\n');
    // Several servers on one PostgreSQL database hear each other's writes through LISTEN/NOTIFY.
    const relay = /^postgres(ql)?:\/\//iu.test(database)
      ? await (await import('../team/relay')).openPostgresEventRelay(database, (message) => io.stderr.write(`Warning: ${message}\n`))
      : null;
    const gate = createTeamGate({ team, secure: Boolean(tls), databaseLabel: databaseLabel(database), relay: relay ?? undefined });
    const server = await startServer({ dispatch: app.dispatch, rendererDir: rendererDir(), port, host, team: gate, tls });
    io.stdout.write(`Claimdesk team server at ${server.url}\n`);
    io.stderr.write(`Database: ${databaseLabel(database)}\nPress Ctrl+C to stop.\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await relay?.close();
  } finally {
    await app.close();
  }
  return 0;
}
