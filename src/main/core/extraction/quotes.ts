// Quotation spans in one paragraph. Real copy mixes conventions („…“, “…”, "…", «…», »…«,
// ‚…‘) and mismatches them („…" or "…“), so a mark's role is read from its context rather
// than from the mark itself: a mark after a space or at the start opens, a mark after a
// letter or punctuation and before a space or punctuation closes. Double and single marks
// pair separately; a single mark between letters is an apostrophe. A quotation still open at
// the paragraph's end runs to it (the convention for quotes that go on in the next paragraph).
import type { Span } from './segment';

export interface QuoteSpan {
  /** Index of the opening mark (or the paragraph start when the opening is missing). */
  open: number;
  /** Index of the closing mark (or the paragraph end when it never closes). */
  close: number;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟', '＂']);
const SINGLE = new Set(['‚', '‘', '’', '‹', '›']);
const ALWAYS_OPEN = new Set(['„', '‚']);
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '\u00a0']);
const WORDLIKE = /[\p{L}\p{M}\p{N}]/u;
/** '"', '«', '»', U+2018–U+203A, U+FF02: where every quotation mark is. */
function maybeQuote(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x203a) || code === 0xff02;
}

function isSpaceChar(c: string): boolean {
  return c === '' || c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f' || c === '\u2009';
}

function role(prev: string, next: string, mark: string): 'open' | 'close' | 'either' | 'none' {
  if (ALWAYS_OPEN.has(mark)) return 'open';
  const leftFree = isSpaceChar(prev) || OPENING_CONTEXT.has(prev) || DOUBLE.has(prev) || SINGLE.has(prev);
  const rightFree = isSpaceChar(next) || !WORDLIKE.test(next);
  if (leftFree && !rightFree) return 'open';
  if (rightFree && !leftFree) return 'close';
  if (!leftFree && !rightFree) return SINGLE.has(mark) ? 'none' : 'either'; // "don’t" / "sagte"Hallo"
  return 'none'; // a mark standing alone between spaces
}

/** Whether the mark at `i` stands where speech opens: the paragraph's start, or after a colon or comma. */
function opensSpeech(text: string, i: number, start: number): boolean {
  let k = i - 1;
  while (k >= start && isSpaceChar(text[k] ?? '')) k--;
  return k < start || text[k] === ':' || text[k] === ',';
}

/** Past this length a paragraph is prose run together (no line breaks), not one speaker's turn. */
const LONG_PARAGRAPH = 1500;
const SENTENCE_REACH = 2000;

/**
 * Where a quotation that never closes ends: at the paragraph's end (the convention for quotes
 * that go on in the next paragraph), but in a long paragraph (text without line breaks) at the
 * end of the sentence it opened in, so one missing mark does not make the rest of an article a quote.
 */
function unclosedEnd(text: string, open: number, para: Span): number {
  if (para.end - para.start <= LONG_PARAGRAPH) return para.end;
  return sentenceEnd(text, open, para.end);
}

/**
 * The end of the sentence that contains `from` (a period, ! or ? before a space and a capital),
 * or `limit`. Looks at most SENTENCE_REACH characters ahead, so many broken quotations in one
 * paragraph stay linear.
 */
function sentenceEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + SENTENCE_REACH);
  for (let k = from; k < stop - 2; k++) {
    const c = text.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue; // . ! ? …
    if (!/\s/u.test(text[k + 1] ?? '')) continue;
    if (/\p{Lu}/u.test(text[k + 2] ?? '')) return k + 1;
  }
  return limit;
}

export function findQuotes(text: string, para: Span): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openDouble = -1;
  let openSingle = -1;
  // Fast skip: every quotation mark is '"', '«', '»' or in U+2018–U+203A (and U+FF02). A
  // char-code loop over the paragraph (no copy of it, no regex call per mark).
  for (let i = para.start; i < para.end; i++) {
    const code = text.charCodeAt(i);
    if (!maybeQuote(code)) continue;
    const c = text.charAt(i);
    const isDouble = DOUBLE.has(c);
    if (!isDouble && !SINGLE.has(c)) continue;
    const prev = i > para.start ? (text[i - 1] ?? '') : '';
    const next = i + 1 < para.end ? (text[i + 1] ?? '') : '';
    let r = role(prev, next, c);
    // A straight double mark alone between spaces while a quotation is open closes it:
    // "… 'How can it be?' " she said. (A typographic one set apart is a typing slip, left alone.)
    if (r === 'none' && c === '"' && openDouble >= 0 && isSpaceChar(prev) && isSpaceChar(next)) r = 'close';
    if (r === 'none') continue;
    if (isDouble) {
      if (openDouble < 0 && (r === 'open' || r === 'either')) {
        openDouble = i;
        openSingle = -1; // a single mark inside is nested, not a quotation of its own
      } else if (openDouble >= 0 && r === 'open') {
        // A new opening mark while one is open: the earlier quotation lost its closing mark.
        // It ends with its sentence (or here), and the new one opens.
        // A new opening mark that opens a sentence goes on the same speech, as the next paragraph
        // would (“… on strike. They want a settlement. “They are …): a text run together without its
        // line breaks; the earlier quotation runs to the sentence before the mark.
        let k = i - 1;
        while (k > openDouble && isSpaceChar(text[k] ?? '')) k--;
        // (Only a quotation that opened where speech opens: "Die Sprechchöre „Tod dem …" names a chant, and its lost mark ends it at its sentence.)
        const goesOn = k < i - 1 && (text[k] === '.' || text[k] === '!' || text[k] === '?') && opensSpeech(text, openDouble, para.start);
        spans.push({ open: openDouble, close: goesOn ? k : Math.min(sentenceEnd(text, openDouble, i), i - 1) });
        openDouble = i;
      } else if (openDouble >= 0 && (r === 'close' || r === 'either')) {
        spans.push({ open: openDouble, close: i });
        openDouble = -1;
      } else if (openDouble < 0 && r === 'close' && spans.length === 0) {
        // Closing mark with no opening: the quotation began with the paragraph.
        spans.push({ open: para.start, close: i });
      }
    } else if (openDouble < 0) {
      // Single marks matter only outside double quotes (British style ‘…’, German ‚…‘).
      if (openSingle < 0 && r === 'open') openSingle = i;
      else if (openSingle >= 0 && r === 'close') {
        spans.push({ open: openSingle, close: i });
        openSingle = -1;
      }
    }
  }
  if (openDouble >= 0) spans.push({ open: openDouble, close: unclosedEnd(text, openDouble, para) });
  // British style: "X said: ‘Again today, we’ve had to …" going on in the next paragraph. A single
  // opening mark left open counts only where a quotation opens (the paragraph's start, after a
  // colon or comma): ’ is an apostrophe too, so a lone ‘ elsewhere may be one ("the ‘90s").
  else if (openSingle >= 0 && text[openSingle] === '‘' && opensSpeech(text, openSingle, para.start)) spans.push({ open: openSingle, close: unclosedEnd(text, openSingle, para) });
  spans.sort((a, b) => a.open - b.open);
  return spans;
}

/** Characters of `s` covered by quotation content. */
export function quotedLength(spans: readonly QuoteSpan[], s: Span): number {
  let n = 0;
  for (const q of spans) {
    const a = Math.max(q.open, s.start);
    const b = Math.min(q.close + 1, s.end);
    if (b > a) n += b - a;
  }
  return n;
}

/** Past this many paragraphs without a mark, a quotation left open is taken to have lost its closing mark. */
const RUN_REACH = 3;

/**
 * Whether a paragraph with no quotation mark of its own goes on a quotation left open at the end
 * of the paragraph before ("Here is the rest of what X said: / “This is not … / This is why … /
 * … as well.”"): publishers drop the opening mark of a middle paragraph now and then, and the
 * quotation is still open when a later paragraph closes it with a mark that opens nothing. Reads
 * the paragraphs after `at` (up to RUN_REACH of them) for the first with any mark; true when that
 * mark closes a quotation begun before its paragraph. `openBefore`: the paragraph before ended
 * inside a quotation.
 */
export function quotationGoesOn(text: string, paragraphs: readonly (Span | undefined)[], at: number, openBefore: boolean): boolean {
  if (!openBefore) return false;
  const para = paragraphs[at];
  if (!para || hasMark(text, para)) return false;
  for (let k = at + 1; k < paragraphs.length && k <= at + RUN_REACH; k++) {
    const next = paragraphs[k];
    if (!next || !hasMark(text, next)) continue;
    const first = findQuotes(text, next)[0];
    return !!first && first.open === next.start && !DOUBLE.has(text[next.start] ?? '') && !SINGLE.has(text[next.start] ?? '');
  }
  return false;
}

function hasMark(text: string, para: Span): boolean {
  for (let i = para.start; i < para.end; i++) {
    const code = text.charCodeAt(i);
    if (maybeQuote(code) && DOUBLE.has(text.charAt(i))) return true;
  }
  return false;
}
