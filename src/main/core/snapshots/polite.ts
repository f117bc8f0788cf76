// Politeness for link checks: requests to one host start at least `perHostIntervalMs` apart
// (500 ms: at most 2 per second), while different hosts proceed side by side up to a global
// limit. Hosts are compared by name (127.0.0.2 and 127.0.0.3 are two hosts; two ports of one
// name are one).

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
  const interval = options.perHostIntervalMs ?? 500;
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const lanes = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = hostKey(urlOf(item));
    const lane = lanes.get(key) ?? [];
    lane.push(i);
    lanes.set(key, lane);
  });
  const results = new Array<R>(items.length);
  const nextStart = new Map<string, number>();
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
      // Claim this host's next slot before waiting, so two workers never share one.
      const now = Date.now();
      const slot = Math.max(now, nextStart.get(key) ?? 0);
      nextStart.set(key, slot + interval);
      if (slot > now) await sleep(slot - now);
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
