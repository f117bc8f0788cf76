// Splits a sentence into word and punctuation tokens with absolute offsets, in one hand-written
// pass over the characters (a regex here cost a match array and two strings per token, and
// tokenising is the hottest loop of the module). A word is letters/digits/marks with inner
// joiners ("US-Präsidentschaft", "don't", "U.S", "1.000", "51,3"); every other non-space
// character (or surrogate pair) is a token of its own, lone surrogates included.
import type { Lexicon } from './lexicon';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Letters or digits (as opposed to punctuation). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Has at least two letters and no lower-case letter ("USA", "TRUMP"). */
  allCaps: boolean;
  hasDigit: boolean;
  /** Inside a quotation (direct speech): attribution rules look only at the frame around quotes. */
  quoted: boolean;
  /**
   * A word of a short quoted name kept in the frame ("die Zeitung „Bild“"): still a quotation for the rules that look for one.
   * tokenize sets it (false) on every token, so that frameOf's copies (true) keep the same shape: the rules
   * read tokens of one hidden class, not two.
   */
  fromQuote?: boolean;
  /** wordInfo flags of `lower` for `infoLex`, filled in on first use (see tokenInfo). */
  info: number;
  infoLex: Lexicon | null;
  /** The word's slot in the intern table (see intern), or -1: where tokenInfo keeps the word's flags between sentences. */
  slot: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER_CHAR = /\p{Ll}/u;
const DIGIT_CHAR = /\p{N}/u;
/** Per BMP code unit: 0 unknown, else 1 + flags (word 1, upper 2, lower 4, digit 8). */
const table = new Uint8Array(0x10000);

function classify(code: number): number {
  let f = table[code] ?? 0;
  if (f !== 0) return f - 1;
  const c = String.fromCharCode(code);
  f = 0;
  if (code < 0xd800 || code > 0xdfff) {
    if (WORD_CHAR.test(c)) f |= 1;
    if (UPPER.test(c)) f |= 2;
    if (LOWER_CHAR.test(c)) f |= 4;
    if (DIGIT_CHAR.test(c)) f |= 8;
  }
  table[code] = f + 1;
  return f;
}

/** Width (1 or 2 code units) of the character last classified by classifyAt. */
let width = 1;

/** Flags of the character at i; sets `width`. Allocation-free: this runs for every character. */
function classifyAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  width = 1;
  if (code < 0xd800 || code > 0xdbff || i + 1 >= end) return classify(code);
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return classify(code);
  width = 2;
  const pair = text.slice(i, i + 2);
  let f = 0;
  if (WORD_CHAR.test(pair)) f |= 1;
  if (UPPER.test(pair)) f |= 2;
  if (LOWER_CHAR.test(pair)) f |= 4;
  if (DIGIT_CHAR.test(pair)) f |= 8;
  return f;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "L′Équipe": a prime (U+2032) typed for an apostrophe joins a word as the apostrophe does. */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2032 || c === 0x2e || c === 0x26; // - ' ’ ′ . &
}

/**
 * Words are interned: every occurrence shares one string for its text and one for its lower case.
 * That spares a slice (and, for a word with a capital, a toLowerCase: slow on two-byte text, as
 * any text with „…“ is) per token, and set and map look-ups keyed by `lower` reuse the string's
 * hash (lower-case words were sliced afresh each time until 5 Dec: German 3% slower). The
 * table is bounded (cleared when half full) and holds private copies, never slices of a caller's
 * text, so it keeps no input alive.
 */
const INTERN_SIZE = 1 << 15;
const INTERN_MAX_LENGTH = 32;
/**
 * Slot i holds a word at 2i and its lower case at 2i + 1: a hit reads both from one cache line
 * (two tables of 32,768 cost a cache miss each per word; on a busy machine those misses were
 * most of this function's time).
 */
const internSlots: string[] = new Array<string>(2 * INTERN_SIZE).fill('');
let internCount = 0;
/** The lower case of the string the last call of `intern` returned. */
let internedLower = '';
/** The slot of the string the last call of `intern` returned (-1: too long to intern). */
let internedSlot = -1;
/**
 * Per slot, the word's wordInfo flags for one lexicon (see slotInfo): a token of a word seen before
 * starts with its flags, and the rules' first tokenInfo of it needs no look-up in the lexicon's
 * word cache (a Map keyed by string, asked for nearly every token of every sentence).
 */
const slotFlags = new Int32Array(INTERN_SIZE);
const slotLex: (Lexicon | null)[] = new Array<Lexicon | null>(INTERN_SIZE).fill(null);

/** A flat copy that does not keep a (possibly huge) parent string alive. */
function detached(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * text[s, e) as a shared string; sets `internedLower` to its lower case. `hash` is the polynomial
 * hash of its code units (h = h * 31 + unit from 0), which tokenize computes as it scans the word.
 */
function intern(text: string, s: number, e: number, hash: number): string {
  const len = e - s;
  if (len > INTERN_MAX_LENGTH) {
    const t = text.slice(s, e);
    internedLower = t.toLowerCase();
    internedSlot = -1;
    return t;
  }
  const h = (hash + Math.imul(len, 0x9e3779b1)) | 0;
  const mask = INTERN_SIZE - 1;
  let idx = (h ^ (h >>> 15)) & mask;
  for (;;) {
    const key = internSlots[2 * idx] ?? '';
    if (key === '') break;
    if (key.length === len) {
      let k = 0;
      while (k < len && key.charCodeAt(k) === text.charCodeAt(s + k)) k++;
      if (k === len) {
        internedLower = internSlots[2 * idx + 1] ?? key;
        internedSlot = idx;
        return key;
      }
    }
    idx = (idx + 1) & mask;
  }
  const t = detached(text.slice(s, e));
  const lower = t.toLowerCase();
  if (internCount >= INTERN_SIZE >> 1) {
    internSlots.fill('');
    slotLex.fill(null);
    internCount = 0;
    idx = (h ^ (h >>> 15)) & mask;
  }
  internSlots[2 * idx] = t;
  internSlots[2 * idx + 1] = lower;
  internCount++;
  internedLower = lower;
  internedSlot = idx;
  return t;
}

/**
 * Keeps a token's wordInfo flags (of its `lower`, for `lex`) in its word's slot, for the tokens
 * of the same word that come later. Only where the token's `lower` is the slot's lower case (a word
 * with no capital keeps its text as `lower`, which toLowerCase may still change: "ǅ").
 */
export function keepSlotInfo(t: Token, lex: Lexicon, flags: number): void {
  const slot = t.slot;
  if (slot < 0 || internSlots[2 * slot] !== t.text || internSlots[2 * slot + 1] !== t.lower) return;
  slotFlags[slot] = flags;
  slotLex[slot] = lex;
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || isSpaceCode(code)) {
      i++;
      continue;
    }
    let first: number;
    let w = 1;
    if (code < 0xd800 || code > 0xdbff) {
      const f = table[code] ?? 0;
      first = f !== 0 ? f - 1 : classify(code);
    } else {
      first = classifyAt(text, i, end);
      w = width;
    }
    if ((first & 1) === 0) {
      const t = text.slice(i, i + w);
      out.push({ start: i, end: i + w, text: t, lower: t, word: false, cap: false, allCaps: false, hasDigit: false, quoted: false, fromQuote: false, info: 0, infoLex: null, slot: -1 });
      i += w;
      continue;
    }
    const s = i;
    let upper = 0;
    let lower = 0;
    let digit = false;
    const cap = (first & 2) !== 0;
    let prevDigit = false;
    let hash = 0; // of the word's code units, for intern
    while (i < end) {
      const c = text.charCodeAt(i);
      let k: number;
      let cw = 1;
      if (c < 0xd800 || c > 0xdbff) {
        const f = table[c] ?? 0;
        k = f !== 0 ? f - 1 : classify(c);
      } else {
        k = classifyAt(text, i, end);
        cw = width;
      }
      if (k & 1) {
        if (k & 2) upper++;
        if (k & 4) lower++;
        prevDigit = (k & 8) !== 0;
        if (prevDigit) digit = true;
        hash = (Math.imul(hash, 31) + c) | 0;
        if (cw === 2) hash = (Math.imul(hash, 31) + text.charCodeAt(i + 1)) | 0;
        i += cw;
        continue;
      }
      // A joiner continues the word only when a word character follows ("US-Wahl", "51,3"); a
      // comma or colon between digits is part of the number or time ("51,3", "15:36"), and a
      // time's colon must not read as the colon that introduces what someone said.
      const betweenDigits = (c === 0x2c || c === 0x3a) && prevDigit;
      const joins = isJoiner(c) || betweenDigits;
      if (!joins || i + 1 >= end) break;
      const after = classifyAt(text, i + 1, end);
      if ((after & 1) === 0 || (betweenDigits && !isJoiner(c) && (after & 8) === 0)) break;
      hash = (Math.imul(hash, 31) + c) | 0;
      i++;
    }
    const t = intern(text, s, i, hash);
    const slot = internedSlot;
    // A word whose flags its slot keeps for some lexicon starts with them (see keepSlotInfo).
    const slotInfoLex = slot >= 0 ? slotLex[slot] ?? null : null;
    out.push({
      start: s,
      end: i,
      text: t,
      lower: upper > 0 ? internedLower : t,
      word: true,
      cap,
      allCaps: cap && lower === 0 && upper >= 2,
      hasDigit: digit,
      quoted: false,
      fromQuote: false,
      info: slotInfoLex ? slotFlags[slot] ?? 0 : 0,
      infoLex: slotInfoLex,
      slot,
    });
  }
  return out;
}

/** Marks the tokens that lie inside any of the (sorted, absolute) quote spans. */
export function markQuoted(tokens: Token[], spans: readonly { open: number; close: number }[]): void {
  let s = 0;
  for (const t of tokens) {
    while (s < spans.length && (spans[s]?.close ?? 0) < t.start) s++;
    const span = spans[s];
    if (span && t.start > span.open && t.end <= span.close) t.quoted = true;
  }
}
