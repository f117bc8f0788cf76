// Ids are opaque strings to every caller. Inside, they are UUIDv7-shaped: a millisecond
// timestamp first, so new rows land at the end of the primary-key index instead of at random
// places in it (bulk imports write tens of thousands of claims), then randomness.
import { randomFillSync } from 'node:crypto';

// Random bytes come from a pool refilled 4 KB at a time: a bulk import makes tens of
// thousands of ids, and one system call each was measurable.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
function randomHex8(): string {
  if (poolOffset + 8 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + 8);
  poolOffset += 8;
  return hex;
}

let lastMs = 0;
let sequence = 0;

export function newId(): string {
  const now = Date.now();
  if (now <= lastMs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMs++;
  } else {
    lastMs = now;
    sequence = 0;
  }
  const time = lastMs.toString(16).padStart(12, '0');
  const random = randomHex8();
  const variant = ((parseInt(random[0]!, 16) & 0x3) | 0x8).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence.toString(16).padStart(3, '0')}-${variant}${random.slice(1, 4)}-${random.slice(4, 16)}`;
}
