// Background work's pace: after a slice it rests at least as long as the slice took, and it
// starts no slice while the reviewer is acting (a call within the quiet time). Real timers.
import { describe, expect, it } from 'vitest';
import { backgroundPace, BACKGROUND_CALLS } from '../../src/main/core/background-pace';

const elapsed = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

describe('backgroundPace', () => {
  it('rests at least as long as the slice worked, scaled by the rest share', async () => {
    expect(await elapsed(() => backgroundPace({}).rest(60))).toBeGreaterThanOrEqual(58);
    expect(await elapsed(() => backgroundPace({}, { restShare: 2 }).rest(40))).toBeGreaterThanOrEqual(78);
    expect(await elapsed(() => backgroundPace({}, { restShare: 0 }).rest(200))).toBeLessThan(150);
  });

  it('waits until the reviewer has been quiet for the quiet time, also when they act again meanwhile', async () => {
    const activity = { lastCallAt: performance.now() };
    const pace = backgroundPace({ activity }, { quietMs: 120, restShare: 0 });
    const acting = setTimeout(() => (activity.lastCallAt = performance.now()), 80);
    const waited = await elapsed(() => pace.quiet());
    clearTimeout(acting);
    // Quiet from the second call at about 80 ms: not before about 200 ms.
    expect(waited).toBeGreaterThanOrEqual(195);
    // Nobody acting for long: no wait.
    activity.lastCallAt = performance.now() - 1000;
    expect(await elapsed(() => pace.quiet())).toBeLessThan(50);
    expect(await elapsed(() => backgroundPace({}).quiet())).toBeLessThan(50);
  });

  it('stops resting when the app closes', async () => {
    const closing = new AbortController();
    const pace = backgroundPace({ closing: closing.signal });
    setTimeout(() => closing.abort(), 20);
    const t0 = performance.now();
    await expect(pace.rest(5000)).rejects.toMatchObject({ code: 'closing' });
    expect(performance.now() - t0).toBeLessThan(1000);
    await expect(pace.quiet()).rejects.toMatchObject({ code: 'closing' });
  });

  it("counts the page's own background calls as no reviewer action", () => {
    expect(BACKGROUND_CALLS.has('factchecks.flagClaims')).toBe(true);
    expect(BACKGROUND_CALLS.has('claims.setVerdict')).toBe(false);
  });
});
