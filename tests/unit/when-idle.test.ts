// whenIdle (lib/rest.ts): one helper for "after the paint, once idle, at most N ms later", used
// with a 1 s cap by the workspace's deferred reads and a 3 s cap after the first screen by the
// views' prefetch (slots.tsx).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDLE_AT_MOST_MS, whenIdle } from '../../src/renderer/src/lib/rest';

type IdleCall = { id: number; run: () => void; timeout: number | undefined };
let idleCalls: IdleCall[];
let cancelled: number[];
const g = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  idleCalls = [];
  cancelled = [];
  g.requestIdleCallback = (run: () => void, options?: { timeout?: number }) => {
    const id = idleCalls.length + 1;
    idleCalls.push({ id, run, timeout: options?.timeout });
    return id;
  };
  g.cancelIdleCallback = (id: number) => cancelled.push(id);
});
afterEach(() => {
  delete g.requestIdleCallback;
  delete g.cancelIdleCallback;
});

/** A paint the test makes happen: its task runs when paint() is called. */
function controlledPaint() {
  let task: (() => void) | null = null;
  let paintCancelled = false;
  return {
    painted: (t: () => void) => {
      task = t;
      return () => (paintCancelled = true);
    },
    paint: () => task?.(),
    get cancelled() {
      return paintCancelled;
    },
  };
}

describe('whenIdle', () => {
  it('asks for idle time only after the paint, with the cap it is given', () => {
    const frame = controlledPaint();
    let ran = 0;
    whenIdle(() => ran++, 3000, frame.painted);
    expect(idleCalls).toHaveLength(0);
    frame.paint();
    expect(idleCalls.map((c) => c.timeout)).toEqual([3000]);
    idleCalls[0]!.run();
    expect(ran).toBe(1);
  });

  it('caps at one second when no cap is given', () => {
    const frame = controlledPaint();
    whenIdle(() => undefined, undefined, frame.painted);
    frame.paint();
    expect(idleCalls[0]!.timeout).toBe(IDLE_AT_MOST_MS);
    expect(IDLE_AT_MOST_MS).toBe(1000);
  });

  it('cancels before the paint (the paint) and after it (the idle callback)', () => {
    const before = controlledPaint();
    whenIdle(() => undefined, 1000, before.painted)();
    expect(before.cancelled).toBe(true);
    expect(idleCalls).toHaveLength(0);

    const after = controlledPaint();
    const cancel = whenIdle(() => undefined, 1000, after.painted);
    after.paint();
    cancel();
    expect(cancelled).toEqual([idleCalls[0]!.id]);
  });
});
