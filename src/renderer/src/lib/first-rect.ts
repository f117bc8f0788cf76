// The size a virtualised list assumes before it has measured its scroll element: the window's
// height. Without it the list assumed 0 × 0 and rendered no rows, then measured the element in
// its layout effect (a layout forced in the middle of the commit) and rendered again with its
// rows, and the page laid out a second time before its first paint. With the window's height
// the first render already has the rows in view (a few more for a list shorter than the window),
// and when the measured height gives the same rows, as it does for a short list, nothing renders
// again.
import type { Rect } from '@tanstack/react-virtual';

export function firstRect(): Rect {
  return { width: typeof window === 'undefined' ? 0 : window.innerWidth, height: typeof window === 'undefined' ? 0 : window.innerHeight };
}
