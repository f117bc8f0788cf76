// Decompression bombs: a 1 MB Word document can inflate to 1 GB, a 0.5 MB PDF stream to 500 MB.
// Before a file is parsed, what its parser will inflate is measured here against caps: inflated
// as a stream in zlib's thread pool (this thread stays free), counted chunk by chunk and thrown
// away, stopped as soon as the cap is passed. A bomb costs a fraction of a second and about a
// megabyte of memory. A lying size in a zip header does not help: the real size is counted.
import { constants, createInflate, createInflateRaw } from 'node:zlib';
import { ImportError, formatBytes } from './errors';
import { readPdfEncryption } from './pdf-crypt';
import { listZipEntries } from './zip';

/**
 * The XML parts of a Word document (what mammoth reads; images are skipped) may inflate to at
 * most this much together: a thousand pages of text is about 50 MB of WordprocessingML.
 */
export const MAX_DOCX_XML_BYTES = 128 * 1024 * 1024;
/**
 * The compressed streams of a PDF (page content, fonts, object streams and images) may inflate
 * to at most this much together.
 */
export const MAX_PDF_INFLATED_BYTES = 128 * 1024 * 1024;

/** Inflated size of `data`, counted as a stream; stops just past `limit`. Null if it is not valid deflate data. */
export function inflatedSize(data: Uint8Array, raw: boolean, limit: number): Promise<number | null> {
  return new Promise((resolve) => {
    // Z_SYNC_FLUSH: a truncated stream counts what it has rather than failing.
    const options = { finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1024 * 1024 };
    const inflate = raw ? createInflateRaw(options) : createInflate(options);
    let size = 0;
    let done = false;
    const finish = (value: number | null) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(size);
    });
    inflate.on('end', () => finish(size));
    inflate.on('error', () => finish(null));
    inflate.end(data);
  });
}

function bomb(what: string, limit: number): ImportError {
  return new ImportError(
    'too_large',
    `${what} would unpack to more than ${formatBytes(limit)}, more than any article needs; it was not opened (it may be a decompression bomb).`,
  );
}

/** Refuses a Word document whose XML parts inflate (really, not as their headers claim) beyond MAX_DOCX_XML_BYTES. */
export async function checkDocxInflation(bytes: Uint8Array): Promise<void> {
  const entries = listZipEntries(bytes);
  if (!entries) return; // not a readable zip: mammoth says so
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = MAX_DOCX_XML_BYTES;
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    if (entry.uncompressedSize > budget) throw bomb('This Word document', MAX_DOCX_XML_BYTES);
    const p = entry.localHeaderOffset;
    if (p + 30 > bytes.length) continue;
    const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const size = entry.method === 8 ? await inflatedSize(data, true, budget) : entry.method === 0 ? data.length : null;
    if (size === null) continue;
    if (size > budget) throw bomb('This Word document', MAX_DOCX_XML_BYTES);
    budget -= size;
  }
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

// PDF stream filters by what they do to the size of the data (abbreviations are those of inline images).
/** Output never larger than input. */
const SHRINKING = new Set(['ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85']);
/** Output may be far larger than input: measured. */
const EXPANDING = new Set(['FlateDecode', 'Fl', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL']);
/** Image codecs: bounded by the image's size, and text extraction never decodes them. */
const IMAGE_CODECS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'CCITTFaxDecode', 'CCF', 'JBIG2Decode']);

/** The stream's filters in the order they apply, [] for none, or null when they cannot be read here (an indirect reference). */
export function pdfStreamFilters(dict: string): string[] | null {
  const m = /\/Filter\s*(\/[A-Za-z0-9]+|\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict);
  if (!m) return [];
  if (/R$/.test(m[1]!)) return null;
  return [...m[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((n) => n[1]!);
}

/** A PDF that needs a password to open: said plainly, with what to do instead. */
export function passwordProtected(): ImportError {
  return new ImportError(
    'password_protected',
    'This PDF needs a password to open, so Claimdesk cannot read it. Open it with its password and save or print an unprotected copy, then import that.',
  );
}

function unbounded(reason: string): ImportError {
  return new ImportError('unsupported', `This PDF ${reason}, so how far it would unpack cannot be checked before opening it; it was not opened. Save or print it as a plain PDF and import that.`);
}

/**
 * Refuses a PDF whose compressed streams (Flate, LZW, run-length, alone or chained with each
 * other and with ASCII encodings; content, fonts and object streams) inflate beyond
 * MAX_PDF_INFLATED_BYTES together, an image that inflates beyond its own pixels, and one whose streams cannot be measured (encrypted
 * with a password or a certificate, an unknown filter, filters given by reference): what cannot be bounded is not opened.
 * A PDF encrypted with an empty user password (it opens without asking) is decrypted and measured.
 */
export async function checkPdfInflation(bytes: Uint8Array): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // An encrypted file's streams are ciphertext: one that opens without a password (protected
  // only against copying or changes) is decrypted stream by stream here and measured like any
  // other; one that needs a password is refused with that reason. (The trailer, or the
  // dictionary of a cross-reference stream, names the encryption; both are never compressed.)
  const encryption = buf.indexOf('/Encrypt') >= 0 ? readPdfEncryption(buf) : null;
  if (encryption?.kind === 'password') throw passwordProtected();
  if (encryption?.kind === 'unsupported') throw unbounded(`is encrypted and ${encryption.detail}`);
  const decrypt = encryption?.kind === 'open' ? encryption.decryptStream : null;
  let budget = MAX_PDF_INFLATED_BYTES;
  let at = 0;
  for (;;) {
    const keyword = buf.indexOf(STREAM, at);
    if (keyword < 0) return;
    at = keyword + STREAM.length;
    if (keyword >= 3 && buf.toString('latin1', keyword - 3, keyword) === 'end') continue;
    // The stream's dictionary: the few KB before the keyword, from the last "obj".
    const head = buf.toString('latin1', Math.max(0, keyword - 4096), keyword);
    const dict = head.slice(head.lastIndexOf('obj') + 1);
    let start = at;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf(ENDSTREAM, start);
    if (end < 0) return;
    at = end + ENDSTREAM.length;
    const filters = pdfStreamFilters(dict);
    if (filters === null) throw unbounded('names the compression of a stream by reference');
    if (!filters.some((f) => EXPANDING.has(f))) continue; // stored, ASCII-encoded or an image codec: no larger than the file
    // Encrypted: the stream of object "num gen obj" (a cross-reference stream never is).
    let data: Uint8Array = buf.subarray(start, end);
    if (decrypt && !/\/Type\s*\/XRef\b/.test(dict)) {
      const owner = /(\d+)\s+(\d+)\s+obj\s*$/.exec(head.slice(0, head.lastIndexOf('obj') + 3));
      if (!owner) throw unbounded('is encrypted and a stream of it cannot be told apart from its neighbours');
      data = decrypt(Number(owner[1]), Number(owner[2]), data);
    }
    const unknown = filters.find((f) => !EXPANDING.has(f) && !SHRINKING.has(f) && !IMAGE_CODECS.has(f));
    if (unknown) throw unbounded(`uses a compression (${unknown}) Claimdesk cannot check`);
    // An image may be large, but no larger than its pixels: one that inflates beyond them is a
    // bomb in disguise (pdf.js decodes a stream as page content whatever its dictionary says).
    const pixels = /\/Subtype\s*\/Image\b/.test(dict) ? declaredImageBytes(dict) : null;
    if (pixels !== null) {
      if ((await decodedSize(data, filters, pixels)) > pixels) throw bomb('This PDF', MAX_PDF_INFLATED_BYTES);
      continue;
    }
    const size = await decodedSize(data, filters, budget);
    if (size > budget) throw bomb('This PDF', MAX_PDF_INFLATED_BYTES);
    budget -= size;
  }
}

/** The most an image's samples can take (4 components of 16 bits, with PNG predictor bytes), from its literal /Width and /Height; null when not given as numbers. */
function declaredImageBytes(dict: string): number | null {
  const width = /\/Width\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const height = /\/Height\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (!width || !height) return null;
  return (Number(width[1]) * 8 + 1) * Number(height[1]) + 4096;
}

/**
 * What `data` decodes to through `filters`, stopping just past `limit`. Shrinking filters are
 * applied (their output is no larger than their input); an expanding filter is counted without
 * keeping its output when it is the last one that expands, else decoded (at most `limit`
 * bytes, then it is over anyway) for the next. An image codec ends the chain: text extraction
 * does not decode it, and what came before it was counted.
 */
async function decodedSize(data: Uint8Array, filters: string[], limit: number): Promise<number> {
  let current: Uint8Array = data;
  for (let i = 0; i < filters.length; i++) {
    const filter = filters[i]!;
    if (IMAGE_CODECS.has(filter)) return current.length;
    if (SHRINKING.has(filter)) {
      current = filter === 'ASCIIHexDecode' || filter === 'AHx' ? asciiHexDecode(current) : ascii85Decode(current);
      continue;
    }
    const lastExpanding = !filters.slice(i + 1).some((f) => EXPANDING.has(f));
    if (filter === 'FlateDecode' || filter === 'Fl') {
      if (lastExpanding) return (await inflatedSize(current, false, limit)) ?? 0;
      const out = await inflateUpTo(current, limit);
      if (out === null) return limit + 1;
      current = out;
    } else if (filter === 'LZWDecode' || filter === 'LZW') {
      const size = lzwDecodedSize(current, limit);
      if (lastExpanding || size > limit) return size;
      return limit + 1; // LZW feeding another expanding filter: no real file does this; refuse rather than decode
    } else {
      const size = runLengthDecodedSize(current);
      if (lastExpanding || size > limit) return size;
      return limit + 1;
    }
  }
  return current.length;
}

/** Inflates `data` into memory while it stays within `limit`; null past it. Damaged data yields what came before the damage. */
function inflateUpTo(data: Uint8Array, limit: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1024 * 1024 });
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Buffer | null) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(null);
      chunks.push(chunk);
    });
    inflate.on('end', () => finish(Buffer.concat(chunks)));
    inflate.on('error', () => finish(Buffer.concat(chunks)));
    inflate.end(data);
  });
}

/** Output length of PDF LZW data (codes of 9 to 12 bits, early change), counted without producing it. */
export function lzwDecodedSize(data: Uint8Array, limit: number): number {
  const lengths = new Int32Array(4096).fill(1);
  let next = 258;
  let codeLength = 9;
  let previousLength = -1;
  let total = 0;
  let bits = 0;
  let bitCount = 0;
  for (let i = 0; ; ) {
    while (bitCount < codeLength && i < data.length) {
      bits = ((bits << 8) | data[i++]!) >>> 0;
      bitCount += 8;
    }
    if (bitCount < codeLength) return total;
    const code = (bits >>> (bitCount - codeLength)) & ((1 << codeLength) - 1);
    bitCount -= codeLength;
    bits &= (1 << bitCount) - 1;
    if (code === 256) {
      next = 258;
      codeLength = 9;
      previousLength = -1;
      continue;
    }
    if (code === 257) return total;
    let length: number;
    if (code < 256) length = 1;
    else if (code < next) length = lengths[code]!;
    else if (code === next && previousLength >= 0) length = previousLength + 1;
    else return total; // not valid LZW: the decoder stops here too
    total += length;
    if (total > limit) return total;
    if (previousLength >= 0 && next < 4096) lengths[next++] = previousLength + 1;
    previousLength = length;
    const coming = next + 1; // EarlyChange 1, the default
    codeLength = coming >= 2048 ? 12 : coming >= 1024 ? 11 : coming >= 512 ? 10 : 9;
  }
}

/** Output length of RunLengthDecode data (at most 128 times its input), counted without producing it. */
export function runLengthDecodedSize(data: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < data.length; ) {
    const n = data[i]!;
    if (n === 128) break;
    if (n < 128) {
      total += n + 1;
      i += n + 2;
    } else {
      total += 257 - n;
      i += 2;
    }
  }
  return total;
}

function asciiHexDecode(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1');
  const end = text.indexOf('>');
  const hex = (end < 0 ? text : text.slice(0, end)).replace(/[^0-9a-fA-F]/g, '');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

function ascii85Decode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  for (const byte of data) {
    if (byte === 0x7e) break; // ~> ends the data
    if (byte === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue;
    group.push(byte - 33);
    if (group.length === 5) {
      const value = group.reduce((v, d) => v * 85 + d, 0);
      out.push((value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
      group = [];
    }
  }
  if (group.length > 1) {
    const n = group.length;
    while (group.length < 5) group.push(84);
    const value = group.reduce((v, d) => v * 85 + d, 0);
    out.push(...[(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].slice(0, n - 1));
  }
  return Uint8Array.from(out);
}
