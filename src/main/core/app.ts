// Assembles the application for a host: store → services → handlers → dispatch.
import os from 'node:os';
import type { Dispatch } from './dispatch';
import { closingError } from './errors';
import { BACKGROUND_CALLS } from './background-pace';
import { loadExtraction } from './extraction/lazy';
import { createContext, type HostKind, type ServiceContext } from './services/context';
import type { Handlers } from './services/handlers';
import { headlessPlatform, type Platform } from './services/platform';
import { purgeExpiredTrash } from './services/trash.service';
import { createSnapshotQueue } from './services/snapshot.scheduler';
import type { CaptureOptions } from './snapshots/capture';
import { TRASH_DAYS } from '../../shared/constants';
import { openStore, type OpenOptions, type Store } from './store/database';
import { isDatabaseUrl } from './store/dialect';
import { otherProcessesUsing, registerPresence } from './store/presence';
import { APP_VERSION } from './version';
import { loadWhenNeeded } from './lazy';

// The require's path is in a variable so that the bundler does not make it a static import (see lazy.ts).
const APP_CALLS = './app-calls';
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const loadAppCalls = loadWhenNeeded<typeof import('./app-calls')>(() => import('./app-calls'), () => require(APP_CALLS));

/**
 * Loads what openApp adds to openAppCore (the handlers, the contract's schemas) ahead of it, so a
 * host can load it as a step of its own (serve loads its modules a part at a time: serve.command).
 */
export async function preloadAppCalls(): Promise<void> {
  await loadAppCalls();
}

export interface ClaimdeskApp {
  store: Store;
  context: ServiceContext;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export interface OpenAppOptions extends OpenOptions {
  host: HostKind;
  /**
   * Load and check the check-worthiness model before opening (default true). A command that
   * only reads (`claimdesk list`) scores nothing and skips it; extraction loads it on first use.
   */
  loadModel?: boolean;
  /**
   * Delete for good what has been in the trash TRASH_DAYS days (default true). A command that
   * only reads (`claimdesk list`, reports) writes nothing, so it leaves that to the next start
   * of a host or a command that writes.
   */
  purgeTrash?: boolean;
  defaultActor?: string | null;
  now?: () => string;
  platform?: Platform;
  /**
   * Snapshot sources in the background when they are added (default true). Tests shorten the
   * fetch timeout here; false means no source is fetched unless someone asks (sources.snapshot).
   */
  snapshots?: boolean | { fetch?: CaptureOptions };
}

function osUserName(): string | null {
  try {
    return os.userInfo().username || null;
  } catch {
    return null;
  }
}

/**
 * The store and the services' context as openApp opens them (model check, presence, checks,
 * snapshot queue, the trash emptied at start unless the command only reads), without the handlers and the dispatch: those
 * load the contract's schemas and every service, most of a short command's start-up. A
 * read-only command that runs one query (`claimdesk list`) opens this; everything else openApp.
 */
export interface AppCore {
  store: Store;
  context: ServiceContext;
  /** Aborted when the app closes: calls still running stop at their next pause. */
  closing: AbortController;
  close(): Promise<void>;
}

export async function openAppCore(databasePath: string, options: OpenAppOptions): Promise<AppCore> {
  // The check-worthiness model is loaded once and checked before anything else: a bad weights
  // file stops every host (window, serve, a CLI command that writes) here with a message that
  // says so.
  if (options.loadModel !== false) (await loadExtraction()).defaultScorer();
  // Marked before opening: opening can take seconds (checks, a backup, migrations) while the file is in use.
  // A PostgreSQL database is shared by design: no presence files beside it.
  const unregister = isDatabaseUrl(databasePath) ? () => undefined : registerPresence(databasePath);
  let store: Store;
  try {
    // A long-lived host reads beside its writer (read-routing.ts); a CLI command runs one call.
    store = await openStore(databasePath, { readConnection: options.host !== 'cli', ...options });
  } catch (error) {
    unregister();
    throw error;
  }
  const context = createContext(store, options.host, {
    appVersion: APP_VERSION,
    defaultActor: options.defaultActor === undefined ? osUserName() : options.defaultActor,
    now: options.now,
  });
  const closing = new AbortController();
  context.closing = closing.signal;
  // CLAIMDESK_SNAPSHOTS=off: a desk that must not go online by itself (sources.snapshot still works on demand).
  if (options.snapshots !== false && process.env.CLAIMDESK_SNAPSHOTS !== 'off') {
    const fetch = typeof options.snapshots === 'object' ? options.snapshots.fetch : undefined;
    context.snapshotFetchOptions = fetch;
    context.snapshots = createSnapshotQueue(context, fetch);
    if (options.host !== 'cli') await resumeSnapshots(context, databasePath);
  }
  if (options.purgeTrash !== false) await purgeTrashAtStart(context);
  return { store, context, closing, close: async () => {
      closing.abort();
      await context.snapshots?.close();
      while (context.afterwards?.size) await Promise.allSettled([...context.afterwards]);
      unregister();
      await store.close();
    },
  };
}

export async function openApp(databasePath: string, options: OpenAppOptions): Promise<ClaimdeskApp> {
  const core = await openAppCore(databasePath, options);
  const { store, context, closing } = core;
  let handlers: Handlers;
  let createDispatch: typeof import('./app-calls').createDispatch;
  try {
    const calls = await loadAppCalls();
    createDispatch = calls.createDispatch;
    handlers = calls.routeReads(calls.createHandlers(context, options.platform ?? headlessPlatform), store);
  } catch (error) {
    await core.close();
    throw error;
  }
  const { dispatch, running } = trackCalls(createDispatch(handlers), closing.signal, context);
  return { store, context, handlers, dispatch, close: async () => {
      // Calls still running end before the database closes under them: a long background call
      // (flagging a whole desk's claims) stops at its next pause (cooperative.ts), anything else
      // finishes; calls that come now are refused with 'closing'.
      closing.abort();
      // Running fetches are stopped first (a call may be waiting for one): their sources stay
      // pending for the next start.
      await context.snapshots?.close();
      while (running.size) await Promise.allSettled([...running]);
      // Text extraction of snapshots already archived is let finish (it has no network to wait for).
      await core.close();
    },
  };
}

/** The dispatch with the calls it is running, refusing new calls once the app is closing. */
function trackCalls(inner: Dispatch, closing: AbortSignal, context: ServiceContext): { dispatch: Dispatch; running: Set<Promise<unknown>> } {
  const running = new Set<Promise<unknown>>();
  const dispatch: Dispatch = (method, input, caller) => {
    if (closing.aborted) return Promise.resolve({ ok: false, error: { code: 'closing', message: closingError().message } });
    // The reviewer is acting: background matching waits (background-pace.ts).
    if (context.activity && !BACKGROUND_CALLS.has(method)) context.activity.lastCallAt = performance.now();
    const call = inner(method, input, caller);
    running.add(call);
    void call.finally(() => running.delete(call));
    return call;
  };
  return { dispatch, running };
}

/** Snapshots a stopped process left pending are taken again, unless another process may be taking them now. */
async function resumeSnapshots(context: ServiceContext, databasePath: string): Promise<void> {
  if (isDatabaseUrl(databasePath) || otherProcessesUsing(databasePath).length) return;
  try {
    const pending = await context.store.db.selectFrom('source_snapshots').select('source_id').where('status', '=', 'pending').execute();
    if (pending.length) context.snapshots?.request(pending.map((p) => p.source_id));
  } catch (error) {
    console.warn(`[claimdesk] could not resume pending snapshots: ${(error as Error).message}`);
  }
}

/** Empties what has been in the trash too long. A failure here must not keep the app from starting. */
async function purgeTrashAtStart(context: ServiceContext): Promise<void> {
  try {
    const removed = await purgeExpiredTrash(context);
    if (removed) console.warn(`[claimdesk] deleted ${removed} article(s) that had been in the trash for ${TRASH_DAYS} days`);
  } catch (error) {
    console.warn(`[claimdesk] could not empty the trash: ${(error as Error).message}`);
  }
}
