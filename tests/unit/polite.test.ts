// The politeness limit of link checks: requests to one host run one at a time, each starting at
// least the interval after the previous one finished, even when the event loop is late (a busy
// machine); other hosts go on meanwhile.
import { describe, expect, it } from 'vitest';
import { runPolitely } from '../../src/main/core/snapshots/polite';

describe('runPolitely', () => {
  it('starts a request to a host at least the interval after the previous one to it finished, even when timers fire late', async () => {
    const starts = new Map<string, number[]>();
    const ends = new Map<string, number[]>();
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
        ends.set(host, [...(ends.get(host) ?? []), performance.now()]);
        return u;
      },
      { perHostIntervalMs: 100, concurrency: 8 },
    );
    expect(results).toEqual(urls);
    expect([...starts.keys()].sort()).toEqual(['host-0.example', 'host-1.example', 'host-2.example']);
    for (const [host, list] of starts) {
      expect(list).toHaveLength(8);
      const done = ends.get(host)!;
      for (let i = 1; i < list.length; i++) expect(list[i]! - done[i - 1]!).toBeGreaterThanOrEqual(99.5);
    }
  });
});
