// Background snapshots: a source added in the app, over the API or from a fact-check is
// fetched and archived after its transaction has committed, a few at a time, without holding
// up the answer. The work itself (the fetcher, warcio, the parsers) loads on first use.
import { loadWhenNeeded } from '../lazy';
import type { CaptureOptions } from '../snapshots/capture';
import type { ServiceContext, SnapshotQueue } from './context';

const SNAPSHOT_SERVICE = './snapshot.service';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const snapshotService = loadWhenNeeded<typeof import('./snapshot.service')>(() => import('./snapshot.service'), () => require(SNAPSHOT_SERVICE));

const CONCURRENT = 4;

export function createSnapshotQueue(ctx: ServiceContext, fetchOptions: CaptureOptions = {}): SnapshotQueue {
  const waiting: string[] = [];
  const running = new Set<Promise<void>>();
  const stop = new AbortController();
  let idleWaiters: Array<() => void> = [];

  const settle = () => {
    if (waiting.length === 0 && running.size === 0) {
      for (const wake of idleWaiters) wake();
      idleWaiters = [];
    }
  };
  const pump = () => {
    while (!stop.signal.aborted && running.size < CONCURRENT && waiting.length > 0) {
      const sourceId = waiting.shift()!;
      const job = (async () => {
        try {
          await (await snapshotService()).takeSnapshot(ctx, sourceId, { ...fetchOptions, signal: stop.signal });
        } catch (error) {
          if (!stop.signal.aborted) console.warn(`[claimdesk] snapshot of source ${sourceId} failed: ${(error as Error).message}`);
        }
      })();
      running.add(job);
      void job.finally(() => {
        running.delete(job);
        pump();
        settle();
      });
    }
  };
  return {
    request(sourceIds) {
      if (stop.signal.aborted) return;
      for (const id of sourceIds) if (!waiting.includes(id)) waiting.push(id);
      pump();
    },
    idle() {
      if (waiting.length === 0 && running.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      stop.abort();
      waiting.length = 0;
      await Promise.allSettled([...running]);
      settle();
    },
  };
}
