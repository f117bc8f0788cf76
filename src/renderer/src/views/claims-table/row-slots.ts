// Which DOM row shows which table row. A virtualised table that keys its rows by index
// unmounts every row scrolled out and mounts a new one for every row scrolled in: a jump of a
// screen removes and creates ~40 rows of ten elements each, in one frame. Keyed by slot, a row
// scrolled out hands its slot (its React fiber and DOM nodes) to a row scrolled in, which then
// only updates its text and attributes.

/**
 * Slots for the row indices on screen now, given the slots of the previous render. When at
 * least half the rows stay on screen (a scroll), a row still on screen keeps its slot and rows
 * newly on screen take the slots of rows gone (lowest first), then the lowest numbers no row
 * uses; after a longer jump the slots go in screen order (slotsInScreenOrder). The slots of
 * `indices` are distinct, and the same indices give the same slots again (so a second render of
 * the same window changes nothing).
 */
export function assignSlots(previous: ReadonlyMap<number, number>, indices: readonly number[]): Map<number, number> {
  let kept = 0;
  for (const index of indices) if (previous.has(index)) kept++;
  if (kept * 2 < indices.length) return slotsInScreenOrder(previous, indices);
  const next = new Map<number, number>();
  const wanted = new Set(indices);
  const freed: number[] = [];
  for (const [index, slot] of previous) {
    if (wanted.has(index)) next.set(index, slot);
    else freed.push(slot);
  }
  freed.sort((a, b) => b - a);
  // Every slot of the previous render counts as taken, so a fresh number never repeats a freed one.
  const fresh = freshSlots(new Set(previous.values()));
  for (const index of indices) {
    if (!next.has(index)) next.set(index, freed.pop() ?? fresh());
  }
  return next;
}

/**
 * A jump past more than half the rows on screen: the rows take the slots of the previous render
 * in screen order (the first row the first slot, …), so the slots keep their order in the DOM.
 * Keeping the slots of the few rows still on screen instead would rotate the slots (rows kept
 * first, rows scrolled in after them), and React keeps the DOM in screen order by moving every
 * row after the rotation: a removal and insertion each, whose style and layout are rebuilt from
 * nothing. Here every row only updates its text and attributes.
 */
function slotsInScreenOrder(previous: ReadonlyMap<number, number>, indices: readonly number[]): Map<number, number> {
  const inOrder = [...previous].sort((a, b) => a[0] - b[0]).map(([, slot]) => slot);
  const fresh = freshSlots(new Set(inOrder));
  const next = new Map<number, number>();
  indices.forEach((index, i) => next.set(index, inOrder[i] ?? fresh()));
  return next;
}

/** Hands out the lowest slot numbers not in `used`, one per call, each taken as it goes. */
function freshSlots(used: Set<number>): () => number {
  let candidate = 0;
  return () => {
    while (used.has(candidate)) candidate++;
    used.add(candidate);
    return candidate;
  };
}
