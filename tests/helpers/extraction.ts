// What the extraction tests ask of a list of claims.
import { expect } from 'vitest';
import { extractClaims, type ExtractedClaim } from '../../src/main/core/extraction';
import type { Language } from '../../src/shared/domain';

/** The claims of `text`; the language is detected when not given. */
export function claims(text: string, language?: Language): ExtractedClaim[] {
  return extractClaims(text, language ? { language } : {}).claims;
}

/** The claim whose text contains `needle`; fails with the list when there is none. */
export function claimWith(list: readonly ExtractedClaim[], needle: string): ExtractedClaim {
  const found = list.find((c) => c.text.includes(needle));
  if (!found) throw new Error(`no claim contains ${JSON.stringify(needle)}; got ${JSON.stringify(list.map((c) => c.text))}`);
  return found;
}

export function texts(list: readonly ExtractedClaim[]): string[] {
  return list.map((c) => c.text);
}

/** No claim contains `needle`. */
export function none(list: readonly ExtractedClaim[], needle: string): void {
  expect(list.filter((c) => c.text.includes(needle)).map((c) => c.text)).toEqual([]);
}
