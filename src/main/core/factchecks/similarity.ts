// How alike two claims are: the share of their rare-word weight they have in common (a
// weighted Dice coefficient over stemmed terms, with compounds resolved against the other
// side), and a guard that keeps a changed number, a negation or an opposite direction of
// change from ranking as the same claim.
import type { Analysis } from './analyse';
import { splitCompound } from './compounds';

export type Conflict = 'number' | 'negation' | 'direction';

export interface Similarity {
  /** 0 (nothing in common) to 1 (the same terms). */
  similarity: number;
  /** Why two otherwise alike claims are not the same claim. */
  conflict: Conflict | null;
}

import { SAME_CLAIM_MIN } from './thresholds';

export { SAME_CLAIM_MIN, SHOWN_MIN } from './thresholds';
/** A conflicting claim is shown (it is related) but always below SAME_CLAIM_MIN. */
const CONFLICT_CAP = SAME_CLAIM_MIN - 0.05;

/** The number / negation / direction guard on its own. */
export function conflictBetween(a: Analysis, b: Analysis): Conflict | null {
  if (a.numbers.size && b.numbers.size) {
    const onlyA = [...a.numbers].some((n) => !b.numbers.has(n));
    const onlyB = [...b.numbers].some((n) => !a.numbers.has(n));
    if (onlyA && onlyB) return 'number';
  }
  // The same figure in another currency is another sum.
  if (a.currencies.size && b.currencies.size && ![...a.currencies].some((c) => b.currencies.has(c))) return 'number';
  if (a.negations % 2 !== b.negations % 2) return 'negation';
  const opposite = (x: Set<string>, y: Set<string>) => x.has('up') && !x.has('down') && y.has('down') && !y.has('up');
  if (opposite(a.directions, b.directions) || opposite(b.directions, a.directions)) return 'direction';
  return null;
}

/** The terms of one side, with its compounds replaced by their parts where the other side knows them. */
function atoms(side: Analysis, language: string, other: ReadonlySet<string>): Set<string> {
  const out = new Set(side.terms);
  if (language !== 'de') return out;
  for (const { word, stem } of side.words) {
    if (other.has(stem)) continue;
    const parts = splitCompound(word, (t) => other.has(t));
    if (!parts) continue;
    out.delete(stem);
    for (const p of parts) out.add(p);
  }
  return out;
}

export function compare(
  query: Analysis,
  queryLanguage: string,
  candidate: Analysis,
  candidateLanguage: string,
  weight: (term: string) => number,
): Similarity {
  const qTerms = new Set(query.terms);
  const cTerms = new Set(candidate.terms);
  const q = atoms(query, queryLanguage, cTerms);
  const c = atoms(candidate, candidateLanguage, qTerms);
  let shared = 0;
  let total = 0;
  for (const t of q) {
    const w = weight(t);
    total += w;
    if (c.has(t)) shared += 2 * w;
  }
  for (const t of c) total += weight(t);
  const dice = total > 0 ? shared / total : 0;
  const conflict = conflictBetween(query, candidate);
  const similarity = conflict ? Math.min(dice * 0.5, CONFLICT_CAP) : dice;
  return { similarity: Math.round(similarity * 1000) / 1000, conflict };
}

/** Inverse document frequency (BM25's form): rare terms weigh more, none weighs less than a little. */
export function idf(documentFrequency: number, documents: number): number {
  return Math.max(0.1, Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
