// Text normalisation shared by every format. Goals: byte-identical output for texts that
// only differ invisibly (so contentHash finds duplicates and claim offsets are stable), and
// idempotence: normaliseText(normaliseText(x)) === normaliseText(x).
//
// Order matters for idempotence: invisible characters are removed *before* NFC, because
// removing e.g. a zero-width space between "e" and U+0301 creates a new composable pair.
// NFC never creates or removes whitespace, CR, or the invisible characters, so running it
// last cannot undo the earlier steps.

// CRLF, lone CR and the Unicode line/paragraph separators are all line breaks.
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
// No-break space, narrow no-break space (German "z. B." typesetting), figure space.
const NBSP = /[\u00A0\u202F\u2007]/g;
// Zero-width space / non-joiner / joiner, word joiner, BOM (also used as ZWNBSP), soft hyphen.
// A joiner that joins is kept (see joins()): removing it splits 👩‍💻 into 👩💻 and changes how a
// Persian word is written.
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
// ZWNJ / ZWJ between two letters of a script that joins or forms conjuncts with them: Arabic
// (Persian, Urdu, Kurdish …), Syriac, N'Ko, Mongolian, Adlam, Hanifi Rohingya, the Indic scripts.
const JOINING = String.raw`\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mong}\p{scx=Adlm}\p{scx=Rohg}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}`;
const JOINING_LETTER = new RegExp(String.raw`^(?=\p{L})[${JOINING}]$`, 'u');
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
// What may sit between a base and the joiner after it: combining marks (Arabic vowel signs, a
// virama), and in an emoji VS16 and the skin tones.
const MARK = /^\p{M}$/u;
const EMOJI_MODIFIER = /^[\uFE0F\u{1F3FB}-\u{1F3FF}]$/u;

/** The code point that ends before `at`, and where it starts. */
function codePointBefore(text: string, at: number): { char: string; at: number } | null {
  if (at <= 0) return null;
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return pair ? { char: text.slice(at - 2, at), at: at - 2 } : { char: text[at - 1]!, at: at - 1 };
}

/** The base character before `at`, past the marks (and emoji modifiers, for an emoji) that follow it. */
function baseBefore(text: string, at: number, skip: RegExp): string | null {
  for (let c = codePointBefore(text, at); c; c = codePointBefore(text, c.at)) {
    if (!skip.test(c.char)) return c.char;
  }
  return null;
}

/**
 * Whether the ZWJ / ZWNJ at `at` joins what is either side of it (as written in `text`, before
 * anything is removed): then it is part of the text, kept like a letter. Its neighbours are
 * looked at past marks to their base letters, which NFC (run after) does not change, and a
 * neighbour that is itself removed (another zero-width character) makes it join nothing: so a
 * second pass keeps and removes exactly what the first did.
 */
function joins(text: string, at: number): boolean {
  const after = text.codePointAt(at + 1);
  if (after === undefined) return false;
  const next = String.fromCodePoint(after);
  if (text[at] === '\u200D' && PICTOGRAPH.test(next)) {
    const base = baseBefore(text, at, EMOJI_MODIFIER);
    if (base !== null && PICTOGRAPH.test(base)) return true;
  }
  if (!JOINING_LETTER.test(next)) return false;
  const base = baseBefore(text, at, MARK);
  return base !== null && JOINING_LETTER.test(base);
}

const withoutInvisible = (text: string) =>
  text.replace(INVISIBLE, (c: string, at: number, whole: string) => ((c === '\u200C' || c === '\u200D') && joins(whole, at) ? c : ''));
// Whitespace other than "\n" at the end of a line.
const TRAILING_WS = /[^\S\n]+$/gm;
// Three or more line breaks (two or more blank lines) become one paragraph break.
const BLANK_RUNS = /\n{3,}/g;
// Cheap pre-check: pure printable ASCII plus \n and \t needs only the trailing-space and
// blank-line passes (the common case for the bulk text importer).
const NEEDS_FULL = /[^\x20-\x7E\n\t]/;

// A high surrogate not followed by a low one, or a low one not preceded by a high one; or NUL.
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/**
 * `text` with each lone UTF-16 surrogate (String.prototype.toWellFormed, ES2024) and each NUL
 * replaced by U+FFFD, one unit for one: SQLite would store a lone surrogate as U+FFFD anyway,
 * and PostgreSQL refuses a NUL in text, so the same input is stored alike on both.
 */
export function wellFormedText(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}

export function normaliseText(text: string): string {
  // Lone surrogates (from a DOCX entity like &#xD800;, or an API client) and NULs become U+FFFD
  // here, one unit for one, before hashing and extraction: SQLite would store a lone surrogate as
  // U+FFFD anyway, PostgreSQL refuses a NUL, and every claim offset after them must index the
  // text as stored.
  let s = wellFormedText(text);
  if (NEEDS_FULL.test(s)) {
    s = s.replace(LINE_BREAKS, '\n').replace(NBSP, ' ');
    s = withoutInvisible(s);
  }
  s = s.replace(TRAILING_WS, '').replace(BLANK_RUNS, '\n\n').trim();
  // normalize() is a near no-op for ASCII / already-NFC text.
  return s.normalize('NFC');
}
