// The host's event-loop delay while a part of a bench runs: the benches run the serve host in
// their own process, so a request that waits behind the host's background work (the desk's
// catch-up sync, "checked before?" flagging) shows here as a long delay.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface LoopDelay {
  p99Ms: number;
  maxMs: number;
}

/** Runs `work` and returns its result with the host thread's event-loop delay meanwhile (p99 and max). */
export async function withLoopDelay<T>(work: () => Promise<T>): Promise<{ value: T; delay: LoopDelay }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const value = await work();
    return { value, delay: { p99Ms: Math.round(histogram.percentile(99) / 1e5) / 10, maxMs: Math.round(histogram.max / 1e5) / 10 } };
  } finally {
    histogram.disable();
  }
}
