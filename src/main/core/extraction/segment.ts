// Paragraphs and sentences. Intl.Segmenter is fast on short input but its cost grows with the
// length of the string it walks (a 1 MB paragraph takes seconds), so the text is cut into
// paragraphs and long paragraphs into chunks of at most CHUNK characters at a likely sentence
// end. The segmenter then over-splits German ordinals and abbreviations ("zum 47.
// Präsidenten", "z. B.", "Dr.") and English ones ("Mr.", "U.S.", "No. 10"): those breaks are
// merged back with a few bounded look-ups around each break, so the whole pass stays linear.
import type { Language } from '../../../shared/domain';
import type { Lexicon } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

const CHUNK = 2000;

/**
 * One sentence segmenter per language for the whole process. Making one costs about 2 ms (ICU
 * loads its break rules), more than extracting a short article; a segmenter keeps no state
 * between `segment` calls, so every extraction can share it.
 */
const segmenters = new Map<Language, Intl.Segmenter>();

export function sentenceSegmenter(language: Language): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 ||
    code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0x0a || code === 0x0d || code === 0x85 ||
    code === 0x2028 || code === 0x2029;
}

/** Trims a range to its first and last non-space character; empty when all space. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/g;

/** Lines of text (any line-break convention), trimmed; blank lines dropped. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const found = LINE_BREAK.test(text);
    const i = found ? LINE_BREAK.lastIndex - 1 : text.length;
    const span = trimSpan(text, lineStart, i);
    if (span.end > span.start) out.push(span);
    if (!found) break;
    lineStart = i + 1;
  }
  LINE_BREAK.lastIndex = 0;
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

const CLOSING_MARK_THEN_SPACE = /^["”’'»›]\s/u;
/** The marks CLOSING_MARK_THEN_SPACE and QUESTION_IN_QUOTE look for: checked first, without a slice. */
const CLOSING_MARKS = new Set(['"', '”', '’', "'", '»', '›']);
const QUESTION_IN_QUOTE = /[?!]["”’'»›]+$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * "“Did we leak?” Mr. Smith said, …": after a question or exclamation closing a quotation, the
 * capitalised speaker and a verb of saying within a few words go on with the sentence.
 */
function trailingSpeakerAfterQuestion(text: string, prev: Span, next: Span, lex: Lexicon): boolean {
  // QUESTION_IN_QUOTE ends in a closing mark: without one at prev's end, no slice and no regex.
  if (!CLOSING_MARKS.has(text[prev.end - 1] ?? '')) return false;
  if (!QUESTION_IN_QUOTE.test(text.slice(Math.max(prev.start, prev.end - 6), prev.end))) return false;
  // Read past next's end: an abbreviation ("Mr.") may have cut it short.
  const words = text.slice(next.start, next.start + 80).split(/\s+/u, 7);
  for (let k = 1; k < words.length; k++) {
    const raw = words[k] ?? '';
    if (!lex.speechVerbs.has(raw.replace(TRAILING_PUNCT, ''))) continue;
    // "Roe replied: “…”", "Roe said that …" open a sentence of their own; "… Roe said. “Next …”" ends with the verb.
    const after = words[k + 1] ?? '';
    if (raw.endsWith('.')) return words.slice(0, k).every((x) => CAPITALISED.test(x));
    if (raw.endsWith(':') || OPENING_PUNCT.test(after) || lex.complementizers.has(after)) return false;
    return words.slice(0, k).every((x) => CAPITALISED.test(x));
  }
  return false;
}

/**
 * s.toLowerCase(), without the call when s is plain lower-case ASCII (the same text then): a
 * slice of text with „…“ is a two-byte string, whose toLowerCase is a slow call into the runtime.
 */
function asciiLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return s.toLowerCase();
  }
  return s;
}

const endingsByLexicon = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Every ending of every listed abbreviation, the whole one included ("u.a." gives "u.a.", ".a.", "a.", "."). */
function abbreviationEndings(lex: Lexicon): ReadonlySet<string> {
  let endings = endingsByLexicon.get(lex);
  if (!endings) {
    const all = new Set<string>();
    for (const a of lex.abbreviations) for (let k = 0; k < a.length; k++) all.add(a.slice(k));
    endings = all;
    endingsByLexicon.set(lex, endings);
  }
  return endings;
}

/** Whether the break between `prev` and `next` is false and the two belong to one sentence. */
function shouldMerge(text: string, prev: Span, next: Span, lex: Lexicon): boolean {
  // A closing mark set off by a space ("…, 'How can it be?' " Smith said.") closes prev's quotation.
  if (CLOSING_MARKS.has(text[next.start] ?? '') && CLOSING_MARK_THEN_SPACE.test(text.slice(next.start, next.start + 2))) return true;
  if (trailingSpeakerAfterQuestion(text, prev, next, lex)) return true;
  const nextWord = text.slice(next.start, wordAfter(text, next.start, next.end).end);
  // A plain capital is neither a closing mark, nor lower case, nor a continuation mark.
  if (!isPlainUpper(text.charCodeAt(next.start))) {
    if (next.end - next.start <= 8 && ONLY_CLOSERS.test(text.slice(next.start, Math.min(next.end, next.start + 8)))) return true;
    if (LOWER_START.test(nextWord) || CONTINUATION_START.test(nextWord)) return true;
  }
  if (!terminalOf(text, prev)) return true; // a chunk cut, not a sentence end
  // `last` below, the word before prev's end, ends with prev's last character.
  if (text.charCodeAt(prev.end - 1) !== 0x2e) return false;
  const last = text.slice(wordBefore(text, prev.end, prev.start).start, prev.end);
  const lastLower = asciiLower(last.replace(OPENING_PUNCT, ''));
  if (lex.abbreviations.has(lastLower)) return true;
  // Two-part abbreviations are listed without their inner space: "u. a." → "u.a.". The pair ends
  // with `lastLower`, so it is read only when some abbreviation ends so (rarely: no slices then).
  if (abbreviationEndings(lex).has(lastLower)) {
    const before = wordBefore(text, Math.max(prev.start, prev.end - last.length - 1), prev.start);
    const pair = (text.slice(before.start, before.end) + lastLower).toLowerCase().replace(OPENING_PUNCT, '');
    if (lex.abbreviations.has(pair)) return true;
  }
  if (lex.numberAbbreviations.has(lastLower) && /^\p{N}/u.test(nextWord)) return true;
  if (lex.ordinalPeriods && ORDINAL.test(lastLower)) return true;
  if (!lex.ambiguousAbbreviations.has(lastLower) && !INITIALS.test(last)) return false;
  const nextBare = nextWord.replace(OPENING_PUNCT, '').replace(TRAILING_PUNCT, '').toLowerCase();
  const opener = lex.sentenceOpeners.has(nextBare) || OPENING_PUNCT.test(nextWord);
  return !opener;
}

/**
 * Per BMP code unit, whether Intl.Segmenter may end a sentence after it: 0 unknown, 1 no, 2 yes.
 * Sentence_Break STerm/ATerm is exactly Sentence_Terminal plus U+2024 (checked against ICU over
 * the whole BMP); paragraph separators and surrogates (terminals outside the BMP) count as yes,
 * so they always go to the segmenter.
 */
const MAY_END = new Uint8Array(0x10000);
const SENTENCE_TERMINAL = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;

function mayEnd(code: number): boolean {
  let f = MAY_END[code] ?? 0;
  if (f === 0) {
    const yes = (code >= 0xd800 && code <= 0xdfff) || code === 0x0a || code === 0x0d || code === 0x85 ||
      code === 0x2028 || code === 0x2029 || SENTENCE_TERMINAL.test(String.fromCharCode(code));
    f = yes ? 2 : 1;
    MAY_END[code] = f;
  }
  return f === 2;
}

/**
 * Where to look closer: '.', '!', '?', line breaks and everything from U+0370 on, which holds
 * every other terminal (the first is U+0589) but no Latin letter, so a scan stops rarely.
 */
const CANDIDATE = /[.!?\n\r\u0085\u0370-\uffff]/g;

/** Letters whose Sentence_Break class is Upper / Lower for sure (ASCII and Latin-1). */
function isPlainUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isPlainLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Closing quotes and brackets (Sentence_Break Close) that may follow a sentence end. */
function isPlainClose(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xab || c === 0xbb ||
    (c >= 0x2018 && c <= 0x201e && c !== 0x201b) || c === 0x2039 || c === 0x203a;
}

/** Opening quotes and brackets that may stand between a sentence end's spaces and the next word. */
function isPlainOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0xab || c === 0xbb ||
    (c >= 0x2018 && c <= 0x201e && c !== 0x201b) || c === 0x2039 || c === 0x203a;
}

/** readEnd's answers besides a break position. */
const NO_BREAK = -1;
const UNSURE = -2;

/**
 * What Intl.Segmenter (UAX #29 sentence rules) does after the '.', '!' or '?' at `i`, in the
 * plain cases that make up nearly all news copy: the position of the break (after the closing
 * marks and spaces, before a capital or an opening mark and a capital: SB11), NO_BREAK for a
 * period before a digit ("1.000": SB6) or before spaces and a lower-case letter ("z. b.": SB8,
 * not for '!' and '?'), or UNSURE, when the segmenter has to decide. Looks ahead a few
 * characters past the spaces only, and back one character (never before the chunk's `start`).
 */
function readEnd(text: string, i: number, start: number, end: number): number {
  const period = text.charCodeAt(i) === 0x2e;
  let k = i + 1;
  if (k >= end) return NO_BREAK;
  let c = text.charCodeAt(k);
  if (period && c >= 0x30 && c <= 0x39) return NO_BREAK;
  // A period right before a letter: "p.m" (lower case after it: SB8) and "U.S" (a capital after
  // it with a letter before it: SB7) hold no break.
  if (period && isAsciiLower(c)) return NO_BREAK;
  if (period && isAsciiUpper(c) && i > start && (isAsciiUpper(text.charCodeAt(i - 1)) || isAsciiLower(text.charCodeAt(i - 1)))) return NO_BREAK;
  while (isPlainClose(c) && k - i < 4) {
    if (++k >= end) return NO_BREAK;
    c = text.charCodeAt(k);
  }
  if (c !== 0x20) return UNSURE;
  while (c === 0x20) {
    if (++k >= end) return NO_BREAK; // only spaces up to the end: no break inside
    c = text.charCodeAt(k);
  }
  if (isPlainUpper(c)) return k;
  if (isPlainLower(c)) return period ? NO_BREAK : k;
  if (isPlainOpener(c) && k + 1 < end && isPlainUpper(text.charCodeAt(k + 1))) return k;
  // "No. 10 on …": after a period, digits and spaces before a lower-case letter hold no break (SB8).
  if (period && c >= 0x30 && c <= 0x39) {
    let n = k;
    while (n < end && n - k < 16) {
      const d = text.charCodeAt(n);
      if (!((d >= 0x30 && d <= 0x39) || d === 0x20)) break;
      n++;
    }
    if (n < end && isAsciiLower(text.charCodeAt(n))) return NO_BREAK;
  }
  return UNSURE;
}

function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) out.push(span);
}

/** The segmenter's sentences of text[start, end) as trimmed absolute spans. */
function segmentRange(text: string, start: number, end: number, segmenter: Intl.Segmenter, out: Span[]): void {
  const piece = text.slice(start, end);
  // Only the break positions are used (reading each segment's string would copy it).
  let from = -1;
  for (const s of segmenter.segment(piece)) {
    if (from >= 0) pushTrimmed(text, start + from, start + s.index, out);
    from = s.index;
  }
  if (from >= 0) pushTrimmed(text, start + from, end, out);
}

/**
 * Sentences of one chunk, as Intl.Segmenter finds them. The plain sentence ends are read here
 * (readEnd); the segmenter runs only on the stretches between two plain breaks that hold
 * anything else. A stretch is segmented exactly as in the whole chunk: the rules look back no
 * further than the terminal and closing marks and spaces before a break, and a plain break
 * stands before a capital (or an opening mark and a capital), where no rule looks across.
 */
function segmentChunk(text: string, start: number, end: number, segmenter: Intl.Segmenter, out: Span[]): void {
  const piece = text.slice(start, end);
  let from = start;
  let unsure = false;
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(piece)) {
    const i = start + CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    let at: number;
    if (c === 0x2e || c === 0x21 || c === 0x3f) at = readEnd(text, i, start, end);
    else if (mayEnd(c)) at = UNSURE;
    else continue;
    if (at === UNSURE) unsure = true;
    if (at < 0) continue;
    if (unsure) segmentRange(text, from, at, segmenter, out);
    else pushTrimmed(text, from, at, out);
    from = at;
    unsure = false;
    CANDIDATE.lastIndex = at - start;
  }
  CANDIDATE.lastIndex = 0;
  if (from >= end) return;
  if (unsure) segmentRange(text, from, end, segmenter, out);
  else pushTrimmed(text, from, end, out);
}

/** Sentences of one paragraph as trimmed absolute spans. */
export function segmentParagraph(text: string, para: Span, segmenter: Intl.Segmenter, lex: Lexicon): Span[] {
  const raw: Span[] = [];
  for (const chunk of chunks(text, para)) segmentChunk(text, chunk.start, chunk.end, segmenter, raw);
  const out: Span[] = [];
  for (const span of raw) {
    const prev = out[out.length - 1];
    if (prev && shouldMerge(text, prev, span, lex)) prev.end = span.end;
    else out.push(span);
  }
  return out;
}
