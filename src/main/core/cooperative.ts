// Long loops of database work that must not stall a host. better-sqlite3 answers synchronously,
// so a Kysely query resolves as a microtask and an async loop of queries never returns to the
// event loop: one flagging of a 1,000-claim article kept every other request of `serve` waiting
// for half a minute. A loop that may run long awaits `pause()` once per step; it returns to the
// event loop (setImmediate, after pending I/O) once a slice of work has run, so other calls are
// answered between slices while the loop still spends most of its time working.
//
// Background loops (the desk's catch-up sync, "checked before?" flagging) also give way to the
// calls a reviewer is waiting for: given the host's ForegroundCalls, pause() waits while one of
// them is running (at most FOREGROUND_WAIT_MS at a time, so a long import does not stop them
// for good), and the click's requests are answered without a background step between them.
//
// The same pauses are where such a loop stops when the app closes: given the app's closing
// signal, pause() throws the 'closing' AppError once it is aborted, so the loop ends before
// the database is closed under it (app.ts waits for the calls still running).
import { closingError } from './errors';

/** How long a slice of work may hold the event loop before other callers get their turn. */
export const SLICE_MS = 20;

/** The longest a background loop waits at one pause for foreground calls to end. */
export const FOREGROUND_WAIT_MS = 1000;

/** The calls a host is answering that someone waits for (all but the background methods). */
export interface ForegroundCalls {
  /** How many are running now. */
  running(): number;
  /** Resolves once none is running. */
  idle(): Promise<void>;
}

/** A counter of foreground calls: a host calls `begin()` when one starts and the returned function when it ends. */
export function foregroundCalls(): ForegroundCalls & { begin(): () => void } {
  let running = 0;
  let waiters: Array<() => void> = [];
  return {
    running: () => running,
    idle: () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    begin() {
      running++;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        running--;
        if (running === 0) {
          const wake = waiters;
          waiters = [];
          for (const resolve of wake) resolve();
        }
      };
    },
  };
}

export function cooperativeSlices(closing?: AbortSignal, sliceMs = SLICE_MS, foreground?: ForegroundCalls): { pause(): Promise<void> } {
  let sliceStart = performance.now();
  return {
    async pause() {
      if (closing?.aborted) throw closingError();
      const waiting = foreground !== undefined && foreground.running() > 0;
      if (!waiting && performance.now() - sliceStart < sliceMs) return;
      if (waiting) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([foreground.idle(), new Promise<void>((resolve) => (timer = setTimeout(resolve, FOREGROUND_WAIT_MS)))]);
        clearTimeout(timer);
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (closing?.aborted) throw closingError();
      sliceStart = performance.now();
    },
  };
}
