// Bytes → string, for text, Markdown and HTML. Decision order (mirrors the WHATWG encoding
// sniffing rules, plus one pragmatic exception):
//   1. A BOM wins (UTF-8, UTF-16 LE/BE).
//   2. A declared charset (Content-Type / <meta charset>) is respected, except that bytes which
//      are valid UTF-8 *with* multi-byte sequences are decoded as UTF-8 even when declared as a
//      legacy charset: mislabelled UTF-8 is common, while legacy text forming valid UTF-8 by
//      accident is practically impossible, and decoding it as declared would only yield "Ã¤".
//   3. Undeclared (or declared UTF-8): valid UTF-8 is UTF-8. Otherwise, if the bytes look like
//      UTF-8 with a few corrupt bytes, decode as UTF-8 and replace those with U+FFFD (warning);
//      if they look like an 8-bit legacy text, decode as windows-1252 (the German „“ only
//      exist there), unless chardet is confident it is another legacy charset.
// ISO-8859-1 is decoded as windows-1252, as browsers do: identical for all printable Latin-1
// characters, and real "Latin-1" files routinely contain windows-1252 quotes and dashes.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: string;
  warnings: string[];
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** WHATWG maps these labels to windows-1252. */
const WINDOWS_1252_LABELS = new Set([
  'ascii', 'us-ascii', 'ansi_x3.4-1968', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
  'windows-1252', 'x-cp1252',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
// Declaring UTF-16 in a document that has no BOM is almost always a lie (the declaration
// itself was readable as ASCII); WHATWG treats it as UTF-8 too.
const UTF16_LABELS = new Set(['utf-16', 'utf-16le', 'utf-16be', 'unicode', 'ucs-2', 'csunicode', 'iso-10646-ucs-2']);

// chardet is only consulted for texts where most letters are non-ASCII, i.e. a non-Latin
// script (Cyrillic, Greek, CJK, ...). For Latin-script text (German, English: a few percent
// non-ASCII bytes) its guesses between windows-1250/1252/1254/1257 and the ISO-8859 variants
// are unreliable and they differ only in rare letters, while „“ exist only in windows-1252.
// Skipping it there also keeps the legacy path fast (chardet costs ~1 ms per 3 KB).
const NON_LATIN_CHARSETS = new Set([
  'windows-1251', 'koi8-r', 'iso-8859-5', 'windows-1253', 'iso-8859-7', 'windows-1255', 'iso-8859-8',
  'windows-1256', 'iso-8859-6', 'windows-874', 'shift_jis', 'euc-jp', 'euc-kr', 'gb18030', 'big5',
]);
const CHARDET_MIN_CONFIDENCE = 50;
const CHARDET_SAMPLE_BYTES = 16 * 1024;

/** Canonical encoding name for a declared charset label, or null if unknown/unusable. */
export function canonicalCharset(label: string | undefined | null): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  if (UTF8_LABELS.has(l)) return 'utf-8';
  if (WINDOWS_1252_LABELS.has(l)) return 'windows-1252';
  if (UTF16_LABELS.has(l)) return 'utf-8';
  return iconv.encodingExists(l) ? l : null;
}

interface Utf8Scan {
  /** Well-formed multi-byte sequences. */
  multibyte: number;
  /** Maximal ill-formed subsequences (each becomes one U+FFFD when decoding leniently). */
  invalid: number;
  /** Literal U+FFFD already present in the input (EF BF BD). */
  literalReplacement: number;
}

/** Counts valid and invalid UTF-8 sequences; only called when the fast fatal decode failed. */
function scanUtf8(b: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let literalReplacement = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const d = b[i + j];
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (d === undefined || d < min || d > max) break;
    }
    if (j > need) {
      multibyte++;
      if (c === 0xef && b[i + 1] === 0xbf && b[i + 2] === 0xbd) literalReplacement++;
      i += need + 1;
    } else {
      invalid++;
      i += j; // skip the maximal ill-formed subpart, like TextDecoder does
    }
  }
  return { multibyte, invalid, literalReplacement };
}

function hasUtf8Bom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/** "utf-16le" / "utf-16be" if the bytes start with a UTF-16 BOM. */
export function utf16Bom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): string {
  let body = bytes.subarray(2);
  if (body.length % 2 === 1) {
    warnings.push('The UTF-16 file ends with an incomplete character; the last byte was dropped.');
    body = body.subarray(0, body.length - 1);
  }
  // TextDecoder replaces lone surrogates with U+FFFD; count them for the warning.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  const replaced = countChar(text, '\uFFFD');
  if (replaced > 0) warnings.push(`${plural(replaced, 'invalid UTF-16 sequence')} replaced with U+FFFD.`);
  return text;
}

function decodeUtf8Lenient(bytes: Uint8Array, scan: Utf8Scan, warnings: string[]): string {
  const text = utf8Lenient.decode(bytes);
  if (scan.invalid > 0) warnings.push(`${plural(scan.invalid, 'invalid UTF-8 byte sequence')} replaced with U+FFFD.`);
  return text;
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Share of high (>= 0x80) bytes among non-space bytes in a sample; ~0.03 for German. */
function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  let letters = 0;
  const n = Math.min(bytes.length, CHARDET_SAMPLE_BYTES);
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c >= 0x80) high++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
  }
  return high / Math.max(1, high + letters);
}

/** Picks the legacy 8-bit charset for bytes that are not UTF-8: windows-1252 unless clearly non-Latin. */
function guessLegacyCharset(bytes: Uint8Array): string {
  if (highByteShare(bytes) < 0.3) return 'windows-1252';
  const top = chardet.analyse(bytes.subarray(0, CHARDET_SAMPLE_BYTES))[0];
  const name = top && top.confidence >= CHARDET_MIN_CONFIDENCE ? top.name.toLowerCase() : null;
  return name && NON_LATIN_CHARSETS.has(name) ? name : 'windows-1252';
}

export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const warnings: string[] = [];

  // 1. BOMs.
  if (hasUtf8Bom(bytes)) {
    const body = bytes.subarray(3);
    try {
      return { text: utf8Fatal.decode(body), encoding: 'utf-8', warnings };
    } catch {
      return { text: decodeUtf8Lenient(body, scanUtf8(body), warnings), encoding: 'utf-8', warnings };
    }
  }
  const bom16 = utf16Bom(bytes);
  if (bom16) return { text: decodeUtf16(bytes, bom16, warnings), encoding: bom16, warnings };

  // Fast path: valid UTF-8 (including pure ASCII). simdutf-backed, ~µs for a 3 KB article.
  const declared = canonicalCharset(declaredCharset);
  if (declaredCharset && !declared) {
    warnings.push(`The declared character set "${declaredCharset.trim()}" is unknown and was ignored.`);
  }
  let valid: string | null = null;
  try {
    valid = utf8Fatal.decode(bytes);
  } catch {
    valid = null;
  }

  // 2. A declared legacy charset.
  if (declared && declared !== 'utf-8') {
    if (valid !== null) {
      // Pure ASCII decodes the same either way; non-ASCII valid UTF-8 is mislabelled UTF-8.
      if (/[^\x00-\x7F]/.test(valid)) {
        warnings.push(`The text was declared as ${declared} but is valid UTF-8; it was decoded as UTF-8.`);
        return { text: valid, encoding: 'utf-8', warnings };
      }
      return { text: valid, encoding: declared, warnings };
    }
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared), encoding: declared, warnings };
  }

  // 3. Undeclared or declared UTF-8.
  if (valid !== null) return { text: valid, encoding: 'utf-8', warnings };

  const scan = scanUtf8(bytes);
  // Mostly-valid UTF-8 with a few damaged bytes: keep UTF-8, mark the damage.
  if (scan.multibyte > 0 && scan.multibyte >= scan.invalid) {
    return { text: decodeUtf8Lenient(bytes, scan, warnings), encoding: 'utf-8', warnings };
  }
  const legacy = guessLegacyCharset(bytes);
  warnings.push(
    declared === 'utf-8'
      ? `The text was declared as UTF-8 but is not; it was decoded as ${legacy}.`
      : `The text is not UTF-8; it was decoded as ${legacy}.`,
  );
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), legacy), encoding: legacy, warnings };
}
