// Minimal read-only ZIP access: list entry names and inflate one small entry. Used to tell a
// .docx from any other zip by its *contents* (word/document.xml) and to read docProps/core.xml
// metadata that mammoth does not expose. Not a general zip reader: no zip64, no encryption.
import { inflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

export function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** Central directory entries, or null if the archive is malformed. */
export function listZipEntries(b: Uint8Array): ZipEntry[] | null {
  const dv = view(b);
  // The end-of-central-directory record sits in the last 22 + up to 65535 (comment) bytes.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || dv.getUint32(p, true) !== CENTRAL_SIG) return null;
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    entries.push({
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
      name: names.decode(b.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Inflated bytes of a named entry (stored or deflated), or null if absent/unreadable/too big. */
export function readZipEntry(b: Uint8Array, name: string, maxBytes = 1024 * 1024): Uint8Array | null {
  const entry = listZipEntries(b)?.find((e) => e.name === name);
  if (!entry || entry.uncompressedSize > maxBytes) return null;
  const dv = view(b);
  const p = entry.localHeaderOffset;
  if (p + 30 > b.length || dv.getUint32(p, true) !== LOCAL_SIG) return null;
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const data = b.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return null;
  }
  return null;
}
