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
// Note: removing ZWJ splits emoji ZWJ sequences into their parts; acceptable for article text.
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
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
    s = s.replace(LINE_BREAKS, '\n').replace(NBSP, ' ').replace(INVISIBLE, '');
  }
  s = s.replace(TRAILING_WS, '').replace(BLANK_RUNS, '\n\n').trim();
  // normalize() is a near no-op for ASCII / already-NFC text.
  return s.normalize('NFC');
}
