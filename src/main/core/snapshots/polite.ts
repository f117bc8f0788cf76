// Politeness for link checks: at most 2 requests per second to one host. Requests to one host
// run one at a time, and the next starts `perHostIntervalMs` (500 ms) after the previous one has
// finished. That holds by causality, whatever a busy machine does to timers and sockets: the
// host saw the previous request before its answer arrived here, and sees the next one only after
// it is sent, so any two requests reach the host more than 500 ms apart and no three fall within
// one second. (Spacing the starts instead is not enough: a request held up on its way out can
// reach the host right before the next one; the bench at load 16 saw 3 within a second.)
// Different hosts proceed side by side up to a global limit. Hosts are compared by name
// (127.0.0.2 and 127.0.0.3 are two hosts; two ports of one name are one).

/** At most 2 requests per second to one host (see above). */
export const DEFAULT_INTERVAL_MS = 500;

export interface PoliteOptions {
  perHostIntervalMs?: number;
  concurrency?: number;
}

export function hostKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

/** Runs task(item) for each item; returns the results in input order. */
export async function runPolitely<T, R>(items: readonly T[], urlOf: (item: T) => string, task: (item: T) => Promise<R>, options: PoliteOptions = {}): Promise<R[]> {
  const interval = options.perHostIntervalMs ?? DEFAULT_INTERVAL_MS;
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const lanes = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = hostKey(urlOf(item));
    const lane = lanes.get(key) ?? [];
    lane.push(i);
    lanes.set(key, lane);
  });
  const results = new Array<R>(items.length);
  /** When the last request to each host finished, and the turn of the next one (one at a time per host). */
  const lastEnd = new Map<string, number>();
  const turn = new Map<string, Promise<void>>();
  // Round-robin over hosts, so one host with many sources does not keep the others waiting.
  const order: Array<[string, number]> = [];
  const queues = [...lanes.entries()].map(([key, idx]) => ({ key, idx: [...idx] }));
  for (let round = 0; order.length < items.length; round++) {
    for (const q of queues) if (round < q.idx.length) order.push([q.key, q.idx[round]!]);
  }
  let cursor = 0;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const worker = async () => {
    for (;;) {
      const next = order[cursor++];
      if (!next) return;
      const [key, index] = next;
      // Queue behind the previous request to this host, then wait out the interval from its end.
      const previous = turn.get(key) ?? Promise.resolve();
      let finished!: () => void;
      turn.set(key, new Promise<void>((resolve) => (finished = resolve)));
      await previous;
      const wait = (lastEnd.get(key) ?? -Infinity) + interval - performance.now();
      if (wait > 0) await sleep(Math.ceil(wait));
      while ((lastEnd.get(key) ?? -Infinity) + interval > performance.now()) await sleep(1);
      try {
        results[index] = await task(items[index]!);
      } finally {
        lastEnd.set(key, performance.now());
        finished();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
