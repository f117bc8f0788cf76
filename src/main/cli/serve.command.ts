import path from 'node:path';
import type { ClaimdeskApp } from '../core/app';
import type { Dispatch } from '../core/dispatch';
import { resolveDatabasePath } from '../core/paths';
import { isDatabaseUrl } from '../core/store/dialect';
import { registerPresence } from '../core/store/presence';
import { startServer } from '../http/server';
import { parse, UsageError, type CliIo } from './args';

/**
 * The built renderer, out/renderer: beside this file's folder when it runs built (out/cli),
 * three levels up when it runs from the sources (src/main/cli, through tsx).
 */
export function rendererDir(): string {
  const fromSources = __filename.endsWith('.ts');
  return fromSources ? path.resolve(__dirname, '..', '..', '..', 'out', 'renderer') : path.resolve(__dirname, '..', 'renderer');
}

/**
 * The application's modules, loaded one part at a time from the moment serve listens, each part
 * at most a few tens of milliseconds of its thread (zod with the domain's schemas; the contract's;
 * kysely, better-sqlite3 and the store; the services; the rest of the app), with a turn of the
 * event loop between them: the page's HTML and scripts, asked for meanwhile, go out between two
 * parts instead of after all of them, and the loading runs while the browser parses and
 * compiles the page, not after the page has asked for its first screen. (zod is not a step of
 * its own: imported by name it is bundled whole, 658 KB instead of the 190 KB used.)
 */
const LOAD_STEPS: ReadonlyArray<() => Promise<unknown>> = [
  () => import('../../shared/domain'),
  () => import('../../shared/contract'),
  () => import('../core/store/database'),
  () => import('../core/services/handlers'),
];

/** One turn of the event loop: requests that came meanwhile are read and answered. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Loads the app a part at a time (LOAD_STEPS), then opens the database. */
async function loadAndOpen(dbPath: string): Promise<ClaimdeskApp> {
  for (const step of LOAD_STEPS) {
    await step();
    await nextTurn();
  }
  const { openApp } = await import('../core/app');
  await nextTurn();
  return openApp(dbPath, { host: 'serve', loadModel: false });
}

export async function runServe(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { port: { type: 'string' }, host: { type: 'string' } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.');
  if (values.host && values.host !== '127.0.0.1' && values.host !== 'localhost') {
    io.stderr.write(`Warning: serving on ${values.host} makes Claimdesk reachable from other machines on that network. Anyone with the token can read and change your database.\n`);
  }
  const dbPath = resolveDatabasePath(values.db);
  // Listening comes first, and the address is printed at once: the browser fetches and runs the
  // page (static files, no database) while the application's modules load and the database
  // opens (checks, migrations), instead of after. API calls that come before it is open wait
  // for it. The database is marked as in use before the address is printed, as before (restore
  // and repair refuse a database another process has open).
  const unregister = isDatabaseUrl(dbPath) ? () => undefined : registerPresence(dbPath);
  // The check-worthiness model (about 110 ms to check and compile) is loaded on first use, by the
  // first extraction, not before listening: the first page needs no model. It is bundled with
  // the build, so a bad one is a build error, and defaultScorer() still checks it when it loads.
  let listening!: () => void;
  const opening = new Promise<void>((resolve) => (listening = resolve)).then(() => loadAndOpen(dbPath));
  const dispatch: Dispatch = async (method, input, caller) => {
    let app: ClaimdeskApp;
    try {
      app = await opening;
    } catch (error) {
      return { ok: false, error: { code: 'database', message: `The database could not be opened: ${(error as Error).message}` } };
    }
    return app.dispatch(method, input, caller);
  };
  const server = await startServer({ dispatch, rendererDir: rendererDir(), port, host: values.host ?? '127.0.0.1' });
  // Begun as soon as serve listens, a part at a time (loadAndOpen), so the page's files are not
  // held behind it: API calls that come before it is done wait for it.
  listening();
  io.stdout.write(`Claimdesk is serving at ${server.url}\n`);
  let app: ClaimdeskApp;
  try {
    app = await opening;
  } catch (error) {
    // A database that cannot be opened (damaged, from a newer Claimdesk) stops serve with the reason.
    await server.close();
    unregister();
    throw error;
  }
  io.stderr.write(`Database: ${dbPath}\nPress Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  // The daily backup, taken on the way out like the desktop app does on quit.
  const { backupIfDue } = await import('../core/store/maintenance');
  await backupIfDue(app.store.sqlite, dbPath).catch((error: unknown) => io.stderr.write(`Backup skipped: ${(error as Error).message}\n`));
  await app.close();
  unregister();
  return 0;
}
