// What every service needs: the store, who is acting, and the clock.
import type { Store } from '../store/database';
import { readSettings } from '../store/settings.repository';

export type HostKind = 'electron' | 'serve' | 'cli';

export interface ServiceContext {
  store: Store;
  host: HostKind;
  appVersion: string;
  /** Used when no reviewer name is set (the OS user name, say). */
  defaultActor: string | null;
  now(): string;
}

export function createContext(store: Store, host: HostKind, options: { appVersion: string; defaultActor?: string | null; now?: () => string }): ServiceContext {
  return {
    store,
    host,
    appVersion: options.appVersion,
    defaultActor: options.defaultActor ?? null,
    now: options.now ?? (() => new Date().toISOString()),
  };
}

/** The reviewer named in history rows: the stored reviewer name, else the host's default. */
export async function currentActor(ctx: ServiceContext): Promise<string | null> {
  const settings = await readSettings(ctx.store.db);
  return settings.get('reviewerName') ?? ctx.defaultActor;
}
