// Decompression bombs: a 1 MB Word document can inflate to 1 GB, a 0.5 MB PDF stream to 500 MB.
// Before a file is parsed, what its parser will inflate is measured here against caps: inflated
// as a stream in zlib's thread pool (this thread stays free), counted chunk by chunk and thrown
// away, stopped as soon as the cap is passed. A bomb costs a fraction of a second and about a
// megabyte of memory. A lying size in a zip header does not help: the real size is counted.
import { constants, createInflate, createInflateRaw } from 'node:zlib';
import { ImportError, formatBytes } from './errors';
import { listZipEntries } from './zip';

/**
 * The XML parts of a Word document (what mammoth reads; images are skipped) may inflate to at
 * most this much together: a thousand pages of text is about 50 MB of WordprocessingML.
 */
export const MAX_DOCX_XML_BYTES = 128 * 1024 * 1024;
/**
 * The compressed streams of a PDF that text extraction reads (page content, fonts, object
 * streams; not images) may inflate to at most this much together.
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

/** Refuses a PDF whose Flate streams (except images) inflate beyond MAX_PDF_INFLATED_BYTES together. */
export async function checkPdfInflation(bytes: Uint8Array): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
    if (!/\/FlateDecode\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    const size = await inflatedSize(buf.subarray(start, end), false, budget);
    if (size === null) continue; // damaged or not plain Flate: pdf.js decides
    if (size > budget) throw bomb('This PDF', MAX_PDF_INFLATED_BYTES);
    budget -= size;
  }
}
