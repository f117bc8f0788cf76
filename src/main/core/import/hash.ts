// Content hash for duplicate detection: the same article imported twice (from a file and
// from its URL, or in another encoding) must hash the same, so we hash the normalised text.
import { createHash } from 'node:crypto';
import { normaliseText } from './normalise';

/**
 * SHA-256 (hex) of the normalised text. Normalising again is idempotent and costs microseconds,
 * so a caller passing not-quite-normalised text still gets the canonical hash.
 */
export function contentHash(normalisedText: string): string {
  return createHash('sha256').update(normaliseText(normalisedText), 'utf8').digest('hex');
}
