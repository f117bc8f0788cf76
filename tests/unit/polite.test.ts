// The politeness limit of link checks: requests to one host start at least the interval apart,
// measured from their real starts, even when the event loop is late (a busy machine); other
// hosts go on meanwhile.
import { describe, expect, it } from 'vitest';
import { runPolitely } from '../../src/main/core/snapshots/polite';

describe('runPolitely', () => {
  it('starts requests to one host at least the interval apart, even when timers fire late', async () => {
    const starts = new Map<string, number[]>();
    const urls = Array.from({ length: 24 }, (_, i) => `http://host-${i % 3}.example/${i}`);
    const results = await runPolitely(
      urls,
      (u) => u,
      async (u) => {
        const host = new URL(u).hostname;
        starts.set(host, [...(starts.get(host) ?? []), performance.now()]);
        // Block the event loop now and then, as a busy machine does: timers fire late.
        const until = performance.now() + (u.endsWith('0') ? 70 : 5);
        while (performance.now() < until);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return u;
      },
      { perHostIntervalMs: 100, concurrency: 8 },
    );
    expect(results).toEqual(urls);
    expect([...starts.keys()].sort()).toEqual(['host-0.example', 'host-1.example', 'host-2.example']);
    for (const list of starts.values()) {
      expect(list).toHaveLength(8);
      for (let i = 1; i < list.length; i++) expect(list[i]! - list[i - 1]!).toBeGreaterThanOrEqual(99.5);
    }
  });
});
