// Paragraphs and sentences. Intl.Segmenter is fast on short input but its cost grows with the
// length of the string it walks (a 1 MB paragraph takes seconds), so the text is cut into
// paragraphs and long paragraphs into chunks of at most CHUNK characters at a likely sentence
// end. The segmenter then over-splits German ordinals and abbreviations ("zum 47.
// Präsidenten", "z. B.", "Dr.") and English ones ("Mr.", "U.S.", "No. 10"): those breaks are
// merged back with a few bounded look-ups around each break, so the whole pass stays linear.
import type { Lexicon } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

const CHUNK = 2000;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 ||
    code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0x0a || code === 0x0d || code === 0x85 ||
    code === 0x2028 || code === 0x2029;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** Trims a range to its first and last non-space character; empty when all space. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Lines of text (any line-break convention), trimmed; blank lines dropped. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineBreak(text.charCodeAt(i))) continue;
    const span = trimSpan(text, lineStart, i);
    if (span.end > span.start) out.push(span);
    lineStart = i + 1;
  }
  return out;
}

const TERMINALS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।']);
const CLOSERS = new Set(['"', '\'', '“', '”', '„', '‘', '’', '»', '«', '›', '‹', ')', ']', '}', '*']);

/** The sentence-final character, looking past closing quotes and brackets; '' if none. */
export function terminalOf(text: string, span: Span): string {
  let e = span.end;
  let steps = 0;
  while (e > span.start && steps < 4 && CLOSERS.has(text[e - 1] ?? '')) {
    e--;
    steps++;
  }
  const c = text[e - 1] ?? '';
  return TERMINALS.has(c) ? c : '';
}

/** Cuts a long paragraph into pieces of at most CHUNK characters, preferring ". " boundaries. */
function chunks(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let pos = para.start;
  while (para.end - pos > CHUNK) {
    const limit = pos + CHUNK;
    let cut = -1;
    let lastSpace = -1;
    // Bounded backward search: at most CHUNK/2 characters per chunk.
    for (let i = limit; i > pos + CHUNK / 2; i--) {
      if (!isSpace(text.charCodeAt(i))) continue;
      if (lastSpace < 0) lastSpace = i;
      if (TERMINALS.has(text[i - 1] ?? '') || CLOSERS.has(text[i - 1] ?? '')) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = lastSpace > 0 ? lastSpace : limit;
    // Never split a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    out.push({ start: pos, end: cut });
    pos = cut;
  }
  out.push({ start: pos, end: para.end });
  return out;
}

/** The whitespace-delimited word ending at `end` (at most 24 characters back). */
function wordBefore(text: string, end: number, floor: number): Span {
  let s = end;
  while (s > floor && end - s < 24 && !isSpace(text.charCodeAt(s - 1))) s--;
  return { start: s, end };
}

function wordAfter(text: string, start: number, ceil: number): Span {
  let e = start;
  while (e < ceil && e - start < 24 && !isSpace(text.charCodeAt(e))) e++;
  return { start, end: e };
}

const LOWER_START = /^[\p{Ll}]/u;
const CONTINUATION_START = /^[,;:)\]\-–—]/u;
const ONLY_CLOSERS = /^["'“”„‘’»«›‹)\]}.!?…\s]*$/u;
const ORDINAL = /^\d{1,3}\.$/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const OPENING_PUNCT = /^["'“”„‘’»«›‹([]+/u;
const TRAILING_PUNCT = /[.,;:!?"'“”„‘’»«›‹)\]]+$/u;

/** Whether the break between `prev` and `next` is false and the two belong to one sentence. */
function shouldMerge(text: string, prev: Span, next: Span, lex: Lexicon): boolean {
  const nextWord = text.slice(next.start, wordAfter(text, next.start, next.end).end);
  if (ONLY_CLOSERS.test(text.slice(next.start, Math.min(next.end, next.start + 8))) && next.end - next.start <= 8) return true;
  if (LOWER_START.test(nextWord) || CONTINUATION_START.test(nextWord)) return true;
  if (!terminalOf(text, prev)) return true; // a chunk cut, not a sentence end
  const last = text.slice(wordBefore(text, prev.end, prev.start).start, prev.end);
  if (!last.endsWith('.')) return false;
  const lastLower = last.replace(OPENING_PUNCT, '').toLowerCase();
  const before = wordBefore(text, Math.max(prev.start, prev.end - last.length - 1), prev.start);
  // Two-part abbreviations are listed without their inner space: "u. a." → "u.a.".
  const pair = (text.slice(before.start, before.end) + lastLower).toLowerCase().replace(OPENING_PUNCT, '');
  if (lex.abbreviations.has(lastLower) || lex.abbreviations.has(pair)) return true;
  const nextStartsNumber = /^\p{N}/u.test(nextWord);
  if (lex.numberAbbreviations.has(lastLower) && nextStartsNumber) return true;
  if (lex.ordinalPeriods && ORDINAL.test(lastLower)) return true;
  const nextBare = nextWord.replace(OPENING_PUNCT, '').replace(TRAILING_PUNCT, '').toLowerCase();
  const opener = lex.sentenceOpeners.has(nextBare) || OPENING_PUNCT.test(nextWord);
  if ((lex.ambiguousAbbreviations.has(lastLower) || INITIALS.test(last)) && !opener) return true;
  return false;
}

/** Sentences of one paragraph as trimmed absolute spans. */
export function segmentParagraph(text: string, para: Span, segmenter: Intl.Segmenter, lex: Lexicon): Span[] {
  const raw: Span[] = [];
  for (const chunk of chunks(text, para)) {
    const piece = text.slice(chunk.start, chunk.end);
    // Only the break positions are used (reading each segment's string would copy it).
    let from = -1;
    for (const s of segmenter.segment(piece)) {
      if (from >= 0) {
        const span = trimSpan(text, chunk.start + from, chunk.start + s.index);
        if (span.end > span.start) raw.push(span);
      }
      from = s.index;
    }
    if (from >= 0) {
      const span = trimSpan(text, chunk.start + from, chunk.end);
      if (span.end > span.start) raw.push(span);
    }
  }
  const out: Span[] = [];
  for (const span of raw) {
    const prev = out[out.length - 1];
    if (prev && shouldMerge(text, prev, span, lex)) prev.end = span.end;
    else out.push(span);
  }
  return out;
}
