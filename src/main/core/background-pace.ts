// Background work that must not hog the machine: the "checked before?" matching and the desk
// sync that a long-lived host runs in its match worker after an article opens. On a desk of
// 75,000 reviewed look-alike claims that work took 25-124 s of one of two cores, and the page's
// renderer (and the reviewer's keys) shared the other with everything else.
//
// A paced loop works in slices (a worker job of about 50 ms), and after each slice rests at
// least as long as the slice took (a duty cycle of at most one half), and does not start a slice
// while the reviewer is acting: within QUIET_AFTER_CALL_MS of the last contract call that is
// not itself background work (see app.ts, which marks the calls). The desk sync only rests
// (a reviewer's call may be waiting for it). What a loop computes is unchanged: only when it runs.
import { closingError } from './errors';

/** When the reviewer last acted (a contract call from the UI), by performance.now(). */
export interface ReviewerActivity {
  lastCallAt: number;
}

/** Calls that the page makes by itself in the background: they do not count as the reviewer acting. */
export const BACKGROUND_CALLS: ReadonlySet<string> = new Set(['factchecks.flagClaims', 'factchecks.importStatus']);

/** How long after a reviewer's call background work waits before its next slice (ms). */
export const QUIET_AFTER_CALL_MS = 400;
/** Rest after a slice, as a share of the slice's own time: 1 = rest as long as it worked. */
export const REST_SHARE = 1;

export interface Pace {
  /** Rests after a slice of `workedMs`, then waits until the reviewer has been quiet for QUIET_AFTER_CALL_MS. */
  rest(workedMs: number): Promise<void>;
  /** Waits until the reviewer has been quiet (before a first slice). */
  quiet(): Promise<void>;
}

export function backgroundPace(
  options: { closing?: AbortSignal; activity?: ReviewerActivity },
  settings: { restShare?: number; quietMs?: number } = {},
): Pace {
  const restShare = settings.restShare ?? REST_SHARE;
  const quietMs = settings.quietMs ?? QUIET_AFTER_CALL_MS;
  const sleep = (ms: number) =>
    new Promise<void>((resolve, reject) => {
      const { closing } = options;
      if (closing?.aborted) return reject(closingError());
      const onAbort = () => {
        clearTimeout(timer);
        reject(closingError());
      };
      const timer = setTimeout(() => {
        closing?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      closing?.addEventListener('abort', onAbort, { once: true });
    });
  const quiet = async () => {
    for (;;) {
      if (options.closing?.aborted) throw closingError();
      const since = options.activity ? performance.now() - options.activity.lastCallAt : Infinity;
      if (since >= quietMs) return;
      await sleep(quietMs - since);
    }
  };
  return {
    quiet,
    async rest(workedMs) {
      if (restShare > 0 && workedMs > 0) await sleep(workedMs * restShare);
      await quiet();
    },
  };
}
