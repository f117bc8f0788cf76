// Several claims chosen at once in the article's claims list ("selected" to the reviewer; the
// one claim open in the panel is the current claim), for exporting exactly those. Pure set
// arithmetic over ids, kept apart from React so that it is tested alone.
import type { ClaimWithSources } from '../../../../shared/domain';

export const NO_MARKS: ReadonlySet<string> = new Set();

/** `id` chosen if it was not, let go if it was. */
export function toggleMark(marked: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(marked);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** Every claim of the list from `anchorId` to `toId` (either way round) chosen, besides those already chosen. */
export function markRange(marked: ReadonlySet<string>, list: readonly ClaimWithSources[], anchorId: string | null, toId: string): ReadonlySet<string> {
  const to = list.findIndex((c) => c.id === toId);
  if (to < 0) return marked;
  const found = anchorId ? list.findIndex((c) => c.id === anchorId) : -1;
  const from = found < 0 ? to : found;
  const next = new Set(marked);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(list[i]!.id);
  return next;
}

/** The chosen claims that still exist, in the list's order (what "Export selected" exports). */
export function markedInOrder(marked: ReadonlySet<string>, ordered: readonly ClaimWithSources[]): ClaimWithSources[] {
  return marked.size === 0 ? [] : ordered.filter((c) => marked.has(c.id));
}
