// Splits an article's text into runs at every paragraph break and claim boundary, once per
// article load. Each segment knows which claims cover it, so overlapping claims (manual ones
// may overlap) become a run per overlap region instead of nested markup.

export interface SpanLike {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  /** Offset of the first character in article.text (JS string index). */
  start: number;
  end: number;
  /** Ids of the claims covering this run, innermost (shortest) first. Empty for plain text. */
  claimIds: string[];
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** Paragraphs (split at '\n', which is not rendered) with their runs. O((n + c) log c). */
export function segmentArticle(text: string, claims: readonly SpanLike[]): Paragraph[] {
  const valid = claims.filter((c) => c.end > c.start && c.start >= 0 && c.end <= text.length);
  const boundaries = new Set<number>();
  for (const c of valid) {
    boundaries.add(c.start);
    boundaries.add(c.end);
  }
  const sortedBounds = [...boundaries].sort((a, b) => a - b);
  // Claims sorted by start; an active set swept along the boundaries.
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs: Paragraph[] = [];
  let paraStart = 0;
  let bi = 0;
  let ci = 0;
  let active: SpanLike[] = [];
  const lines = text.split('\n');
  for (const line of lines) {
    const paraEnd = paraStart + line.length;
    const segments: Segment[] = [];
    let pos = paraStart;
    while (pos < paraEnd) {
      while (ci < byStart.length && byStart[ci]!.start <= pos) active.push(byStart[ci++]!);
      if (active.length) active = active.filter((c) => c.end > pos);
      while (bi < sortedBounds.length && sortedBounds[bi]! <= pos) bi++;
      const next = Math.min(paraEnd, bi < sortedBounds.length ? sortedBounds[bi]! : paraEnd);
      const ids = active.length === 0 ? EMPTY : active.length === 1 ? [active[0]!.id] : [...active].sort((a, b) => a.end - a.start - (b.end - b.start)).map((c) => c.id);
      segments.push({ start: pos, end: next, claimIds: ids });
      pos = next;
    }
    paragraphs.push({ start: paraStart, end: paraEnd, segments });
    paraStart = paraEnd + 1;
  }
  return paragraphs;
}

const EMPTY: string[] = [];

/**
 * Maps a DOM position inside the article text to an offset in article.text. Every run is a
 * span with data-start holding one text node; a position in a paragraph element itself
 * (data-para-start) maps to that paragraph's start or end.
 */
export function domPointToOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const parent = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!parent) return null;
    return Number(parent.dataset.start) + offset;
  }
  if (node instanceof HTMLElement) {
    if (node.dataset.start !== undefined) {
      return Number(node.dataset.start) + (offset > 0 ? (node.textContent?.length ?? 0) : 0);
    }
    const child = node.childNodes[offset] as Node | undefined;
    if (child instanceof HTMLElement && child.dataset.start !== undefined) return Number(child.dataset.start);
    if (child instanceof HTMLElement && child.dataset.paraStart !== undefined) return Number(child.dataset.paraStart);
    const before = node.childNodes[offset - 1] as Node | undefined;
    if (before instanceof HTMLElement && before.dataset.start !== undefined) return Number(before.dataset.start) + (before.textContent?.length ?? 0);
    if (before instanceof HTMLElement && before.dataset.paraEnd !== undefined) return Number(before.dataset.paraEnd);
    if (node.dataset.paraStart !== undefined) return offset === 0 ? Number(node.dataset.paraStart) : Number(node.dataset.paraEnd);
  }
  return null;
}

/** The current selection as [start, end) offsets into article.text, if it lies inside root. */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = domPointToOffset(range.startContainer, range.startOffset);
  const end = domPointToOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
