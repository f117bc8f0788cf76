// When the workspace asks the server for what a key does not need at once. A key's own work
// (the selection, the verdict) is what the reviewer waits for; details that need a request
// (the claim's history, its earlier fact-checks, which claims were checked before) follow once
// the selection has rested, so holding j asks nothing for the claims it passes, a key's frame
// is not spent issuing requests, and the server answers the next key first.

/** The selected claim's details load once it has been selected this long (ms). */
export const DETAILS_AFTER_MS = 120;

/** After reviews, "checked before" marks are asked again once the reviewer pauses this long (ms). */
export const REVIEWS_SETTLE_MS = 1000;

/** Runs `load` after `ms` (at once when 0); the returned function cancels it (an effect's clean-up). */
export function after(ms: number, load: () => void): () => void {
  if (ms <= 0) {
    load();
    return () => undefined;
  }
  const timer = window.setTimeout(load, ms);
  return () => window.clearTimeout(timer);
}

/**
 * Runs `task` once the next frame has painted (the frame after the one being rendered now); the
 * returned function cancels it.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** How long a request put off until the page is idle waits at most for it (ms). */
export const IDLE_AT_MOST_MS = 1000;

/**
 * Runs `load` once the page has painted and is idle, at most `atMostMs` after the paint; the
 * returned function cancels it. For what the reviewer does not wait for while an article's
 * claims paint: asked at once, it and its answer's render shared the page's thread and the
 * host's with that paint. `painted` says when the paint is (the next frame by default; the views'
 * prefetch waits for the first screen's frame, see slots.tsx). Where the browser has no
 * requestIdleCallback, `load` runs in the task after the paint.
 */
export function whenIdle(load: () => void, atMostMs: number = IDLE_AT_MOST_MS, painted: (task: () => void) => () => void = afterPaint): () => void {
  let idle: number | undefined;
  const cancelPaint = painted(() => {
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: atMostMs }) : window.setTimeout(load, 0);
  });
  return () => {
    cancelPaint();
    if (idle !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : window.clearTimeout)(idle);
  };
}
