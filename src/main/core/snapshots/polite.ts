// Politeness for link checks: requests to one host start at least `perHostIntervalMs` apart
// (520 ms: fewer than 2 in any second, with a margin for the jitter between when a request
// starts here and when it reaches the host), while different hosts proceed side by side up to a
// global limit. Hosts are compared by name (127.0.0.2 and 127.0.0.3 are two hosts; two ports of
// one name are one). The gap is measured from when the previous request to the host really
// started, not from when it was due: a late timer on a busy machine only widens it.

/** Fewer than 2 requests per second to one host, with a margin (see above). */
export const DEFAULT_INTERVAL_MS = 520;

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
  /** When the last request to each host started, and the turn of the next one (one waits at a time per host). */
  const lastStart = new Map<string, number>();
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
      // Queue behind the previous request to this host, then wait out the interval from its real start.
      const previous = turn.get(key) ?? Promise.resolve();
      let started!: () => void;
      turn.set(key, new Promise<void>((resolve) => (started = resolve)));
      await previous;
      const wait = (lastStart.get(key) ?? -Infinity) + interval - performance.now();
      if (wait > 0) await sleep(Math.ceil(wait));
      while ((lastStart.get(key) ?? -Infinity) + interval > performance.now()) await sleep(1);
      lastStart.set(key, performance.now());
      started();
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
