// Assembles the application for a host: store → services → handlers → dispatch.
import os from 'node:os';
import { createDispatch, type Dispatch } from './dispatch';
import { defaultScorer } from './extraction';
import { createContext, type HostKind, type ServiceContext } from './services/context';
import { createHandlers, type Handlers } from './services/handlers';
import { headlessPlatform, type Platform } from './services/platform';
import { purgeExpiredTrash } from './services/trash.service';
import { TRASH_DAYS } from '../../shared/contract';
import { openStore, type OpenOptions, type Store } from './store/database';
import { registerPresence } from './store/presence';
import { APP_VERSION } from './version';

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
  defaultActor?: string | null;
  now?: () => string;
  platform?: Platform;
}

function osUserName(): string | null {
  try {
    return os.userInfo().username || null;
  } catch {
    return null;
  }
}

export async function openApp(databasePath: string, options: OpenAppOptions): Promise<ClaimdeskApp> {
  // The check-worthiness model is loaded once and checked before anything else: a bad weights
  // file stops every host (window, serve, a CLI command that writes) here with a message that
  // says so.
  if (options.loadModel !== false) defaultScorer();
  // Marked before opening: opening can take seconds (checks, a backup, migrations) while the file is in use.
  const unregister = registerPresence(databasePath);
  let store: Store;
  try {
    store = await openStore(databasePath, options);
  } catch (error) {
    unregister();
    throw error;
  }
  const context = createContext(store, options.host, {
    appVersion: APP_VERSION,
    defaultActor: options.defaultActor === undefined ? osUserName() : options.defaultActor,
    now: options.now,
  });
  await purgeTrashAtStart(context);
  const handlers = createHandlers(context, options.platform ?? headlessPlatform);
  return { store, context, handlers, dispatch: createDispatch(handlers), close: async () => {
      unregister();
      await store.close();
    },
  };
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
