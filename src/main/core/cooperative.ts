// Long loops of database work that must not stall a host. better-sqlite3 answers synchronously,
// so a Kysely query resolves as a microtask and an async loop of queries never returns to the
// event loop: one flagging of a 1,000-claim article kept every other request of `serve` waiting
// for half a minute. A loop that may run long awaits `pause()` once per step; it returns to the
// event loop (setImmediate, after pending I/O) once a slice of work has run, so other calls are
// answered between slices while the loop still spends most of its time working.
//
// The same pauses are where such a loop stops when the app closes: given the app's closing
// signal, pause() throws the 'closing' AppError once it is aborted, so the loop ends before
// the database is closed under it (app.ts waits for the calls still running).
import { closingError } from './errors';

/** How long a slice of work may hold the event loop before other callers get their turn. */
export const SLICE_MS = 20;

export function cooperativeSlices(closing?: AbortSignal, sliceMs = SLICE_MS): { pause(): Promise<void> } {
  let sliceStart = performance.now();
  return {
    async pause() {
      if (closing?.aborted) throw closingError();
      if (performance.now() - sliceStart < sliceMs) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (closing?.aborted) throw closingError();
      sliceStart = performance.now();
    },
  };
}
