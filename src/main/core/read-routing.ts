// Which contract methods a long-lived host answers from the store's read-only connection.
// better-sqlite3 is synchronous and Kysely gives one connection to one transaction at a time, so
// on the writer alone every call waited for a big import to commit (about a second for a
// 24,000-claim article). A READ method (src/shared/access.ts: write false) runs inside
// store.reading(): WAL lets it read beside the writer's open transaction, and it sees every
// committed one, so a read issued after a write was answered sees that write.
import { contract, type MethodName } from '../../shared/contract';
import type { Handlers } from './services/handlers';
import type { Store } from './store/database';

/**
 * Declared as reads (any account may call them) but they write all the same: they keep the
 * fact-check library's entries for the desk's reviews and the best match of a claim up to date,
 * or the reviewer's own place (workspace.remember). They stay on the writing connection.
 */
export const READS_THAT_WRITE: ReadonlySet<MethodName> = new Set<MethodName>(['factchecks.list', 'factchecks.match', 'workspace.remember']);

/** The methods answered from the read connection. */
export function readsOnReadConnection(): MethodName[] {
  return (Object.keys(contract) as MethodName[]).filter((name) => !contract[name].access.write && !READS_THAT_WRITE.has(name));
}

/** The handlers with every read method running inside store.reading() (a no-op where the store has no read connection). */
export function routeReads(handlers: Handlers, store: Store): Handlers {
  const routed: Record<string, (input: never) => Promise<unknown>> = { ...handlers };
  for (const name of readsOnReadConnection()) {
    const handler = handlers[name] as (input: never) => Promise<unknown>;
    routed[name] = (input) => store.reading(() => handler(input));
  }
  return routed as Handlers;
}
