// Encrypted PDFs (the PDF standard security handler, ISO 32000-2 §7.6.4). Many official PDFs are
// encrypted only to restrict copying or printing: their user password is empty, so every reader
// opens them without asking. Their streams are ciphertext, so before the file is parsed the
// inflation check (inflation.ts) decrypts each compressed stream with the key of the empty user
// password and measures it like any other. A PDF that needs a password to open is refused with
// that reason. No npm package decrypts PDF streams without pulling in a whole PDF toolkit;
// this is the handler's key derivation (RC4 40/128 bit, AES-128, AES-256) over node:crypto.
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';

/** The password padding string of the standard security handler. */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

type PdfValue = number | boolean | null | Buffer | { name: string } | { ref: [number, number] } | PdfValue[] | Map<string, PdfValue>;

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/** Reads one PDF object (dictionary, array, string, name, number, reference) at `at`. */
function parseObject(buf: Buffer, at: number, depth = 0): [PdfValue, number] {
  if (depth > 32) throw new Error('nested too deeply');
  let i = skipSpace(buf, at);
  const c = buf[i];
  if (c === 0x3c && buf[i + 1] === 0x3c) {
    const dict = new Map<string, PdfValue>();
    i += 2;
    for (;;) {
      i = skipSpace(buf, i);
      if (i >= buf.length) throw new Error('unterminated dictionary');
      if (buf[i] === 0x3e && buf[i + 1] === 0x3e) return [dict, i + 2];
      const [key, afterKey] = parseObject(buf, i, depth + 1);
      if (!key || typeof key !== 'object' || !('name' in key)) throw new Error('dictionary key is not a name');
      const [value, afterValue] = parseObject(buf, afterKey, depth + 1);
      dict.set(key.name, value);
      i = afterValue;
    }
  }
  if (c === 0x3c) {
    const end = buf.indexOf(0x3e, i);
    if (end < 0) throw new Error('unterminated hex string');
    let hex = buf.toString('latin1', i + 1, end).replace(/[^0-9a-fA-F]/g, '');
    if (hex.length % 2) hex += '0';
    return [Buffer.from(hex, 'hex'), end + 1];
  }
  if (c === 0x28) return parseLiteralString(buf, i + 1);
  if (c === 0x5b) {
    const list: PdfValue[] = [];
    i++;
    for (;;) {
      i = skipSpace(buf, i);
      if (i >= buf.length) throw new Error('unterminated array');
      if (buf[i] === 0x5d) return [list, i + 1];
      const [value, next] = parseObject(buf, i, depth + 1);
      list.push(value);
      i = next;
    }
  }
  if (c === 0x2f) {
    let end = i + 1;
    while (end < buf.length && !WHITESPACE.has(buf[end]!) && !DELIMITERS.has(buf[end]!)) end++;
    return [{ name: buf.toString('latin1', i + 1, end).replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) }, end];
  }
  const rest = buf.toString('latin1', i, Math.min(buf.length, i + 64));
  const ref = /^(\d+)\s+(\d+)\s+R(?![A-Za-z])/.exec(rest);
  if (ref) return [{ ref: [Number(ref[1]), Number(ref[2])] }, i + ref[0].length];
  const num = /^[+-]?(\d+\.?\d*|\.\d+)/.exec(rest);
  if (num) return [Number(num[0]), i + num[0].length];
  for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) if (rest.startsWith(word)) return [value, i + word.length];
  throw new Error(`unexpected token at ${i}`);
}

function skipSpace(buf: Buffer, at: number): number {
  let i = at;
  for (;;) {
    while (i < buf.length && WHITESPACE.has(buf[i]!)) i++;
    if (buf[i] !== 0x25) return i; // %: a comment to the end of the line
    while (i < buf.length && buf[i] !== 0x0a && buf[i] !== 0x0d) i++;
  }
}

function parseLiteralString(buf: Buffer, at: number): [Buffer, number] {
  const out: number[] = [];
  let depth = 1;
  let i = at;
  while (i < buf.length) {
    const c = buf[i++]!;
    if (c === 0x5c) {
      const e = buf[i++]!;
      const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
      if (e in simple) out.push(simple[e]!);
      else if (e >= 0x30 && e <= 0x37) {
        let octal = e - 0x30;
        for (let k = 0; k < 2 && buf[i]! >= 0x30 && buf[i]! <= 0x37; k++) octal = octal * 8 + (buf[i++]! - 0x30);
        out.push(octal & 0xff);
      } else if (e === 0x0d) {
        if (buf[i] === 0x0a) i++; // a line continuation
      } else if (e !== 0x0a) out.push(e);
      continue;
    }
    if (c === 0x28) depth++;
    if (c === 0x29 && --depth === 0) return [Buffer.from(out), i];
    out.push(c);
  }
  throw new Error('unterminated string');
}

/** The dictionary of indirect object `num gen obj` (the last definition: incremental updates win). */
function findObjectDict(buf: Buffer, num: number, gen: number): Map<string, PdfValue> | null {
  const pattern = new RegExp(`(?:^|[^0-9])${num}\\s+${gen}\\s+obj\\b`, 'g');
  const text = buf.toString('latin1');
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  if (!last) return null;
  const [value] = parseObject(buf, last.index + last[0].length);
  return value instanceof Map ? value : null;
}

function rc4(key: Buffer, data: Uint8Array): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();

/** Algorithm 2.B (revision 6): the iterated hash of a password with a salt. */
function hashR6(password: Buffer, salt: Buffer, userKey: Buffer): Buffer {
  let k = createHash('sha256').update(Buffer.concat([password, salt, userKey])).digest();
  for (let round = 0; ; round++) {
    const k1 = Buffer.concat(Array(64).fill(Buffer.concat([password, k, userKey])) as Buffer[]);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(e).digest();
    if (round >= 63 && e[e.length - 1]! <= round + 1 - 32) return k.subarray(0, 32);
  }
}

function aesDecrypt(algorithm: 'aes-128-cbc' | 'aes-256-cbc', key: Buffer, data: Uint8Array): Buffer {
  if (data.length < 32 || data.length % 16) return Buffer.alloc(0);
  const iv = data.subarray(0, 16);
  const body = data.subarray(16);
  try {
    const d = createDecipheriv(algorithm, key, iv);
    return Buffer.concat([d.update(body), d.final()]);
  } catch {
    // Bad padding: keep the blocks as they are (what a lenient reader does).
    const d = createDecipheriv(algorithm, key, iv).setAutoPadding(false);
    return Buffer.concat([d.update(body), d.final()]);
  }
}

export type PdfEncryption =
  /** Opens without a password: `decryptStream` turns object (num, gen)'s stream data into plain data. */
  | { kind: 'open'; decryptStream(num: number, gen: number, data: Uint8Array): Uint8Array }
  /** A password is needed to open it. */
  | { kind: 'password' }
  /** Encrypted in a way this handler does not read (a certificate, an unknown revision). */
  | { kind: 'unsupported'; detail: string };

const asBuffer = (v: PdfValue | undefined): Buffer => (Buffer.isBuffer(v) ? v : Buffer.alloc(0));
const asName = (v: PdfValue | undefined): string | null => (v && typeof v === 'object' && 'name' in v ? v.name : null);
const asDict = (buf: Buffer, v: PdfValue | undefined): Map<string, PdfValue> | null =>
  v instanceof Map ? v : v && typeof v === 'object' && 'ref' in v ? findObjectDict(buf, v.ref[0], v.ref[1]) : null;

/** What the file's /Encrypt dictionary says, with the key of the empty user password when it opens without one. */
export function readPdfEncryption(buf: Buffer): PdfEncryption | null {
  const text = buf.toString('latin1');
  const matches = [...text.matchAll(/\/Encrypt\s*(\d+\s+\d+\s+R|<<)/g)];
  const last = matches[matches.length - 1];
  if (!last) return null;
  let dict: Map<string, PdfValue> | null;
  try {
    const [value] = parseObject(buf, last.index + last[0].length - (last[1] === '<<' ? 2 : last[1]!.length));
    dict = asDict(buf, value);
  } catch (e) {
    return { kind: 'unsupported', detail: `its encryption dictionary cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!dict) return { kind: 'unsupported', detail: 'its encryption dictionary cannot be found' };
  const filter = asName(dict.get('Filter'));
  if (filter !== 'Standard') return { kind: 'unsupported', detail: `it is encrypted for certain recipients (${filter ?? 'unknown handler'})` };
  const v = Number(dict.get('V') ?? 0);
  const r = Number(dict.get('R') ?? 0);
  const o = asBuffer(dict.get('O'));
  const u = asBuffer(dict.get('U'));
  const p = Number(dict.get('P') ?? 0);
  const encryptMetadata = dict.get('EncryptMetadata') !== false;
  // The stream crypt filter (V 4 and 5): RC4 (V2), AES-128 (AESV2), AES-256 (AESV3) or none (Identity).
  let method: 'rc4' | 'aes128' | 'aes256' | 'none' = 'rc4';
  if (v >= 4) {
    const stmF = asName(dict.get('StmF')) ?? 'Identity';
    if (stmF === 'Identity') method = 'none';
    else {
      const cf = asDict(buf, asDict(buf, dict.get('CF'))?.get(stmF));
      const cfm = asName(cf?.get('CFM'));
      method = cfm === 'AESV2' ? 'aes128' : cfm === 'AESV3' ? 'aes256' : cfm === 'V2' ? 'rc4' : cfm === 'None' ? 'none' : 'rc4';
      if (cfm && !['AESV2', 'AESV3', 'V2', 'None'].includes(cfm)) return { kind: 'unsupported', detail: `it uses a cipher Claimdesk does not read (${cfm})` };
    }
  }
  const empty: Buffer = Buffer.alloc(0);
  if (r === 5 || r === 6) {
    if (u.length < 48) return { kind: 'unsupported', detail: 'its encryption dictionary is incomplete' };
    const hash = (salt: Buffer) => (r === 5 ? createHash('sha256').update(Buffer.concat([empty, salt])).digest() : hashR6(empty, salt, empty));
    if (!hash(u.subarray(32, 40)).equals(u.subarray(0, 32))) return { kind: 'password' };
    const ue = asBuffer(dict.get('UE'));
    if (ue.length < 32) return { kind: 'unsupported', detail: 'its encryption dictionary is incomplete' };
    const d = createDecipheriv('aes-256-cbc', hash(u.subarray(40, 48)), Buffer.alloc(16)).setAutoPadding(false);
    const key = Buffer.concat([d.update(ue.subarray(0, 32)), d.final()]);
    return opened(method === 'rc4' ? 'aes256' : method, key, key.length);
  }
  if (r < 2 || r > 4) return { kind: 'unsupported', detail: `it uses an encryption revision Claimdesk does not read (${r})` };
  const ids = [...text.matchAll(/\/ID\s*\[/g)];
  const lastId = ids[ids.length - 1];
  let id0: Buffer = empty;
  if (lastId) {
    try {
      const [list] = parseObject(buf, lastId.index + lastId[0].length - 1);
      if (Array.isArray(list)) id0 = asBuffer(list[0]);
    } catch {
      // No readable ID: the key below then fails the check, and the file is refused as needing a password.
    }
  }
  const length = r === 2 ? 5 : Math.min(16, Math.max(5, Number(dict.get('Length') ?? 40) / 8));
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p | 0);
  let key: Buffer = md5(PAD, o.subarray(0, 32), pBytes, id0, r >= 4 && !encryptMetadata ? Buffer.from([0xff, 0xff, 0xff, 0xff]) : empty);
  if (r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, length));
  key = key.subarray(0, length);
  let check: Buffer;
  if (r === 2) check = rc4(key, PAD);
  else {
    check = rc4(key, md5(PAD, id0));
    for (let i = 1; i <= 19; i++) check = rc4(Buffer.from(key.map((b) => b ^ i)), check);
  }
  const expected = r === 2 ? u.subarray(0, 32) : u.subarray(0, 16);
  if (!check.subarray(0, expected.length).equals(expected)) return { kind: 'password' };
  return opened(method, key, length);
}

function opened(method: 'rc4' | 'aes128' | 'aes256' | 'none', key: Buffer, length: number): PdfEncryption {
  return {
    kind: 'open',
    decryptStream(num, gen, data) {
      if (method === 'none') return data;
      if (method === 'aes256') return aesDecrypt('aes-256-cbc', key, data);
      const objectKey = md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]), method === 'aes128' ? Buffer.from('sAlT') : Buffer.alloc(0));
      const k = objectKey.subarray(0, Math.min(length + 5, 16));
      return method === 'aes128' ? aesDecrypt('aes-128-cbc', k, data) : rc4(k, data);
    },
  };
}
