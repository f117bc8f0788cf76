// Moving an offset into the article text by one character as a reader sees it (a grapheme
// cluster: an emoji, a flag, a letter with its combining accents), never into the middle of one.
// Offsets count UTF-16 units, as claim spans do; claims.update refuses an end between the two
// halves of a surrogate pair.

/** How far either side of the offset is segmented: far more than any real character's length. */
const WINDOW = 64;

let segmenter: Intl.Segmenter | null = null;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True if `offset` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) => offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));

/**
 * The offset one character after (direction 1) or before (-1) `offset` in `text`; `offset`
 * itself for direction 0. Only a window around the offset is segmented, so a long article costs
 * no more than a short one. Past either end of the text it answers an offset outside it, which the
 * caller refuses as it did a step of one unit.
 */
export function stepCharacter(text: string, offset: number, direction: number): number {
  if (direction === 0) return offset;
  const dir = direction > 0 ? 1 : -1;
  if (offset + dir < 0 || offset + dir > text.length) return offset + dir;
  let from = Math.max(0, offset - WINDOW);
  let to = Math.min(text.length, offset + WINDOW);
  if (splitsPair(text, from)) from--;
  if (splitsPair(text, to)) to++;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let before = -1;
  for (const { index } of segmenter.segment(text.slice(from, to))) {
    const boundary = from + index;
    if (dir < 0 && boundary < offset) before = boundary;
    if (dir > 0 && boundary > offset) return boundary;
  }
  if (dir > 0) return to > offset ? to : offset + 1;
  if (before >= 0) return before;
  // A character longer than the window: at least never between the halves of a pair.
  const step = offset - 1;
  return splitsPair(text, step) ? step - 1 : step;
}
