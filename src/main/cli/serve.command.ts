import fs from 'node:fs';
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

/** When the database is opened anyway if no browser has come for the page (ms). */
const NO_BROWSER_MS = 1000;
/** How long the first API call waits for the page's files still being sent (ms). */
const FILES_IN_FLIGHT_MS = 250;

/**
 * The files the page's HTML loads before its script can run (its scripts, module preloads and
 * style sheets), as paths the server is asked for ('/assets/index-….js'): serve opens its
 * database once all of them have gone out.
 */
export function pageFiles(html: string): string[] {
  const files = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\.?\/?(assets\/[^"?#]+)[^"]*"/g)) files.add(`/${m[1]}`);
  return [...files];
}

export interface OpenGate {
  /** A static file was asked for. */
  requested(pathname: string): void;
  /** A static file has gone out. */
  served(pathname: string): void;
  /** Before an API call: resolves once the opening has begun (begins it unless the page's files are still being sent). */
  beforeApi(): Promise<void>;
  /** Stops its timers without beginning (serve could not listen). */
  cancel(): void;
}

/**
 * When serve begins loading its application's modules and opening the database (`begin`, called
 * once), which holds its thread for a few hundred milliseconds: once every file the page's HTML
 * loads has gone out, or after `noBrowserMs` when no browser comes, or at the first API call.
 * An API call that comes while some of the page's files are asked for but not yet sent (the
 * entry script runs and asks for the first screen while the browser still fetches the 416 KB app
 * chunk) waits for them first, at most `inFlightMs`: loading the modules at once held those
 * files behind it (traced at load 4: the app chunk asked for 938 ms after spawning, sent at 1751,
 * behind 500 ms of module loading), and the page needs both the chunk and the answer.
 */
export function openGate(files: string[], begin: () => void, noBrowserMs = NO_BROWSER_MS, inFlightMs = FILES_IN_FLIGHT_MS): OpenGate {
  const waitingFor = new Set(files);
  const inFlight = new Set<string>();
  let begun = false;
  let inFlightWait: Promise<void> | undefined;
  let filesOut: (() => void) | undefined;
  const beginNow = () => {
    clearTimeout(noBrowser);
    clearTimeout(inFlightTimer);
    filesOut?.();
    if (!begun) {
      begun = true;
      begin();
    }
  };
  const noBrowser = setTimeout(beginNow, noBrowserMs);
  let inFlightTimer: NodeJS.Timeout | undefined;
  return {
    requested(pathname) {
      if (!begun && waitingFor.has(pathname)) inFlight.add(pathname);
    },
    served(pathname) {
      inFlight.delete(pathname);
      if (begun) return;
      if (inFlightWait && inFlight.size === 0) beginNow();
      else if (waitingFor.delete(pathname) && waitingFor.size === 0) beginNow();
    },
    beforeApi() {
      if (begun) return Promise.resolve();
      if (inFlight.size === 0) {
        beginNow();
        return Promise.resolve();
      }
      inFlightWait ??= new Promise<void>((resolve) => {
        filesOut = resolve;
        inFlightTimer = setTimeout(beginNow, inFlightMs);
      });
      return inFlightWait;
    },
    cancel() {
      clearTimeout(noBrowser);
      clearTimeout(inFlightTimer);
    },
  };
}

/** One turn of the event loop: requests that came meanwhile are read, files read meanwhile are sent. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The application's modules, loaded a part at a time with a turn of the event loop between the
 * parts, then openApp (which finds them loaded). Loaded in one go they held serve's thread for
 * 220 ms on a quiet machine and about a second at load 19 (traced: the page's scripts, asked
 * for meanwhile, went out only after it), so a file the page asked for waited for all of it;
 * now it waits for the part being loaded. Each part is a chunk of its own in the build; a part
 * another part loads is found loaded.
 */
export async function openAppInParts(dbPath: string): Promise<ClaimdeskApp> {
  await loadAppInParts();
  const { openApp } = await import('../core/app');
  return openApp(dbPath, { host: 'serve', loadModel: false });
}

/** The modules of openAppInParts, without opening anything. */
export async function loadAppInParts(): Promise<void> {
  const parts: Array<() => Promise<unknown>> = [
    () => import('../core/snapshots/snapshot-store'),
    () => import('../core/store/database'),
    () => import('../core/app'),
    () => import('../../shared/contract'),
    () => import('../core/services/article.service'),
    async () => (await import('../core/app')).preloadAppCalls(),
  ];
  for (const part of parts) {
    await part();
    await nextTurn();
  }
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
  let opening: Promise<ClaimdeskApp> | undefined;
  let begun!: () => void;
  const openingBegun = new Promise<void>((resolve) => (begun = resolve));
  const opened = () => {
    if (!opening) {
      opening = openAppInParts(dbPath);
      begun();
    }
    return opening;
  };
  const dispatch: Dispatch = async (method, input, caller) => {
    let app: ClaimdeskApp;
    try {
      await gate.beforeApi();
      app = await opened();
    } catch (error) {
      return { ok: false, error: { code: 'database', message: `The database could not be opened: ${(error as Error).message}` } };
    }
    return app.dispatch(method, input, caller);
  };
  // Loading the modules and opening the database hold the thread for a few hundred
  // milliseconds. Begun at once, or a moment after the HTML had gone out (session 11), they kept
  // the page's scripts waiting: the browser asks for them only after it has parsed the HTML,
  // which took it 50-250 ms. They begin once every file the HTML loads has gone out (the
  // browser then compiles and runs them, in its own process), at the first API call (once the
  // page's files it finds still being sent have gone out: openGate), or after a second when no
  // browser comes.
  const dir = rendererDir();
  let html = '';
  try {
    html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  } catch {
    // Not built: startServer says so.
  }
  const gate = openGate(pageFiles(html), () => setImmediate(() => void opened().catch(() => undefined)));
  const server = await startServer({ dispatch, rendererDir: dir, port, host: values.host ?? '127.0.0.1', onStaticRequested: gate.requested, onStaticServed: gate.served }).catch((error: unknown) => {
    gate.cancel();
    throw error;
  });
  io.stdout.write(`Claimdesk is serving at ${server.url}\n`);
  let app: ClaimdeskApp;
  try {
    await openingBegun;
    app = await opened();
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
