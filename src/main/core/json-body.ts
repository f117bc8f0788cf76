// The JSON of a request body sent as bytes (the serve host, small bodies on its thread and large
// ones in a worker). Bytes that are not UTF-8 are refused rather than decoded with U+FFFD: a
// replacement character stored in an article or a verdict note is text the sender never wrote.

/** The body's bytes are not UTF-8; the message says where. */
export class BodyEncodingError extends Error {
  override name = 'BodyEncodingError';
}

const strict = new TextDecoder('utf-8', { fatal: true });

export function parseJsonBytes(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    throw new BodyEncodingError(`The request body is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}): send JSON encoded as UTF-8.`);
  }
  return JSON.parse(text);
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // a surrogate
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // beyond U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
