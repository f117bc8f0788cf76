// What every service needs: the store, who is acting, and the clock.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store } from '../store/database';
import { withoutBidiControls } from '../bidi';
import { readSettings } from '../store/settings.repository';
import type { ReviewerActivity } from '../background-pace';

export type HostKind = 'electron' | 'serve' | 'cli';

/** Snapshots taken in the background (see snapshot.scheduler.ts); absent where nothing may go online. */
export interface SnapshotQueue {
  /** Takes the snapshots of these sources soon; returns at once. */
  request(sourceIds: readonly string[]): void;
  /** Resolves when everything requested so far is done. */
  idle(): Promise<void>;
  /** Stops: running fetches are aborted (their sources stay pending and are taken at the next start). */
  close(): Promise<void>;
}

export interface ServiceContext {
  store: Store;
  snapshots?: SnapshotQueue;
  /** Fetch limits for snapshots and link checks (tests shorten the timeout); the fetcher's defaults otherwise. */
  snapshotFetchOptions?: { timeoutMs?: number; maxBytes?: number; maxRedirects?: number };
  host: HostKind;
  /**
   * Work that outlives the call that started it (the readable text of a snapshot, extracted after
   * the snapshot is archived): closing the app waits for it.
   */
  afterwards?: Set<Promise<unknown>>;
  /** Aborted when the app starts closing: long loops stop at their next pause (cooperative.ts). */
  closing?: AbortSignal;
  /** When the reviewer last called (app.ts marks it): background work waits while they act (background-pace.ts). */
  activity?: ReviewerActivity;
  /** How background work is paced (background-pace.ts's defaults otherwise); tests and benches change it. */
  pace?: { restShare?: number; quietMs?: number };
  appVersion: string;
  /** Used when no reviewer name is set (the OS user name, say). */
  defaultActor: string | null;
  now(): string;
}

export function createContext(store: Store, host: HostKind, options: { appVersion: string; defaultActor?: string | null; now?: () => string }): ServiceContext {
  return {
    store,
    host,
    afterwards: new Set(),
    activity: { lastCallAt: -Infinity },
    appVersion: options.appVersion,
    defaultActor: options.defaultActor ?? null,
    now: options.now ?? (() => new Date().toISOString()),
  };
}

/**
 * The account a team server is serving this call for (dispatch runs the handler inside it).
 * On a team server the reviewer in history is the account's name, never the free-text setting.
 */
export const actingAccount = new AsyncLocalStorage<{ name: string }>();

/** The reviewer named in history rows: the signed-in account, else the stored reviewer name, else the host's default. */
export async function currentActor(ctx: ServiceContext): Promise<string | null> {
  const account = actingAccount.getStore();
  if (account) return account.name;
  const settings = await readSettings(ctx.store.db);
  // A name an older version stored with bidi controls is written into history without them.
  return withoutBidiControls(settings.get('reviewerName') ?? null) ?? ctx.defaultActor;
}
