// Subheads in capitals run into the prose. Text copied from a web page often loses the line
// break after a subhead ("… we need something better.” SEATTLE HOMICIDES ROSE IN 2020 AS
// LEADERS DEMANDED CUTS The strike would begin …, Matter said."), and a subhead ends with no
// period, so the segmenter joins it to the sentence after it: the subhead then takes that
// sentence's speaker, or its words are read as a name ("PRESIDENTIAL HOPEFULS SPEAK OUT On
// Sunday"). A run of words in capitals at a sentence's start, closed where a word in mixed case
// begins, is a sentence of its own, and one that says nothing anybody is quoted as saying.
// Clause structure, not a word list: datelines ("NEW YORK (AP) — …", "TEHRAN, Iran: …") hold a
// bracket, a dash or a word in mixed case before three capital words and stay as they are.
import type { Span } from './segment';

/** Words in capitals a subhead has at least (two of them of three letters or more). */
const MIN_WORDS = 3;

/** Whether `code` is an ASCII or Latin-1 capital letter (a cheap first test per sentence). */
function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

const CAPS_WORD = /^[\p{Lu}\p{N}][\p{Lu}\p{N}'’&.-]*[:,]?$/u;
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const MIXED_START = /^["“‘']?\p{Lu}[\p{L}'’.-]*\p{Ll}/u;

/**
 * Where the subhead at the start of `span` ends (the offset of the word in mixed case after it),
 * or -1 when the sentence does not open with one. Reads at most a few hundred characters.
 */
export function subheadEnd(text: string, span: Span): number {
  if (!isUpper(text.charCodeAt(span.start)) || !isUpper(text.charCodeAt(span.start + 1))) return -1;
  let pos = span.start;
  let words = 0;
  let long = 0;
  while (pos < span.end && pos - span.start < 300) {
    let end = pos;
    while (end < span.end && text.charCodeAt(end) !== 0x20) end++;
    const word = text.slice(pos, end);
    if (CAPS_WORD.test(word)) {
      if (HAS_LETTER.test(word)) {
        words++;
        if (word.replace(/[^\p{L}]/gu, '').length >= 3) long++;
      }
    } else {
      if (words < MIN_WORDS || long < 2 || !MIXED_START.test(word)) return -1;
      return pos;
    }
    pos = end;
    while (pos < span.end && text.charCodeAt(pos) === 0x20) pos++;
  }
  return -1;
}

/** Whether the sentence is a subhead in capitals (no lower-case letter, three capital words). */
export function isCapitalSubhead(text: string, span: Span): boolean {
  if (!isUpper(text.charCodeAt(span.start)) || !isUpper(text.charCodeAt(span.start + 1))) return false;
  const s = text.slice(span.start, span.end);
  if (HAS_LOWER.test(s) || /["“”„]/u.test(s)) return false;
  const words = s.split(/\s+/u).filter((w) => HAS_LETTER.test(w));
  return words.length >= MIN_WORDS && words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 3).length >= 2;
}

/**
 * The sentences with each subhead in capitals cut from the sentence it was run into. Returns
 * `sentences` itself when none opens with one (nearly always).
 */
export function splitSubheads(text: string, sentences: Span[]): Span[] {
  let out: Span[] | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const cut = subheadEnd(text, s);
    if (cut < 0) {
      out?.push(s);
      continue;
    }
    out ??= sentences.slice(0, i);
    let end = cut;
    while (end > s.start && text.charCodeAt(end - 1) === 0x20) end--;
    out.push({ start: s.start, end }, { start: cut, end: s.end });
  }
  return out ?? sentences;
}
