// Scores a claim extraction against a gold file: the project's own scorer, with the measures of
// the team's reference scorer (score-claims.mjs), so that the repository needs nothing outside
// itself to hold its extraction figures.
//
// A gold unit with claim=true is found when one predicted claim covers at least 60% of it.
// A predicted claim is correct when at least 60% of it lies inside gold units whose claim is
// true or "optional", it touches at most 3 gold units, and it is no fragment: it covers at
// least 60% of the unit it overlaps most (so a sentence cut in two costs precision). Units with
// claim="optional" count neither way. Claimant and kind are judged on the found units, against
// the predicted claim that covers most of the unit. Average precision ranks the found claim
// units by the highest checkworthiness covering them (units not found rank last) against gold
// checkworthy=true.

export interface GoldUnit {
  id: number;
  start: number;
  end: number;
  text: string;
  claim: boolean | 'optional';
  checkworthy?: boolean;
  kind: string;
  /** Accepted claimants; null stands for the article's own voice. */
  claimant: (string | null)[];
}

export interface Gold {
  /** Each canonical claimant's accepted spellings. */
  claimants?: Record<string, string[]>;
  units: GoldUnit[];
}

export interface PredictedClaim {
  start: number;
  end: number;
  claimant?: string | null;
  kind?: string;
  checkworthiness?: number;
}

export interface ClaimScore {
  predicted: number;
  gold_claims: number;
  precision: number;
  recall: number;
  f1: number;
  claimant_accuracy: number;
  kind_accuracy: number;
  checkworthy_ap: number;
  misses: string[];
}

interface Span {
  start: number;
  end: number;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const length = (x: Span): number => x.end - x.start;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Lower case, NFC, one space between words: how claimant names are compared. */
export function normalName(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** `needle` occurs in `hay` as whole words (no letter on either side). */
export function wordIn(needle: string, hay: string): boolean {
  if (needle.length === 0) return false;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, 'u').test(hay);
}

/** Whether `got` names one of the accepted claimants (or, for null, names nobody). */
export function claimantMatches(accepted: readonly (string | null)[], got: string | null | undefined, aliasesOf: Record<string, string[]> = {}): boolean {
  const g = normalName(got);
  for (const want of accepted) {
    if (want === null) {
      if (g === '') return true;
      continue;
    }
    const aliases = [want, ...(aliasesOf[want] ?? [])].map(normalName);
    if (g && aliases.some((a) => wordIn(a, g) || (g.length >= 3 && wordIn(g, a)))) return true;
  }
  return false;
}

export function scoreClaims(gold: Gold, predicted: readonly PredictedClaim[]): ClaimScore {
  for (const [i, c] of predicted.entries()) {
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.end <= c.start) throw new Error(`claim ${i} has no valid integer start/end`);
  }
  const units = gold.units;
  const claimUnits = units.filter((u) => u.claim === true);
  const allowed = units.filter((u) => u.claim === true || u.claim === 'optional');

  let correct = 0;
  for (const c of predicted) {
    const inside = allowed.reduce((s, u) => s + overlap(c, u), 0);
    const touched = units.filter((u) => overlap(c, u) > 0);
    const main = touched.reduce<GoldUnit | undefined>((a, b) => (a === undefined || overlap(c, b) > overlap(c, a) ? b : a), undefined);
    const fragment = !main || overlap(c, main) < 0.6 * length(main);
    if (inside >= 0.6 * length(c) && touched.length <= 3 && !fragment) correct++;
  }

  let found = 0;
  let claimantOk = 0;
  let kindOk = 0;
  const ranked: { unit: GoldUnit; score: number }[] = [];
  const misses: string[] = [];
  for (const u of claimUnits) {
    const covering = predicted.filter((c) => overlap(c, u) >= 0.6 * length(u));
    if (covering.length === 0) {
      misses.push(`not found: #${u.id} ${u.text.slice(0, 60)}`);
      ranked.push({ unit: u, score: -Infinity });
      continue;
    }
    found++;
    const best = covering.reduce((a, b) => (overlap(b, u) > overlap(a, u) ? b : a));
    if (claimantMatches(u.claimant, best.claimant, gold.claimants)) claimantOk++;
    else misses.push(`claimant: #${u.id} got ${JSON.stringify(best.claimant ?? null)}, want ${JSON.stringify(u.claimant)}`);
    if (best.kind === u.kind) kindOk++;
    else misses.push(`kind: #${u.id} got ${best.kind}, want ${u.kind}`);
    ranked.push({ unit: u, score: Math.max(...covering.map((c) => Number(c.checkworthiness) || 0)) });
  }

  // A stable sort keeps gold order among ties, as the reference scorer does.
  ranked.sort((a, b) => b.score - a.score);
  let hits = 0;
  let apSum = 0;
  const positives = claimUnits.filter((u) => u.checkworthy).length;
  ranked.forEach((r, i) => {
    if (r.unit.checkworthy) {
      hits++;
      apSum += hits / (i + 1);
    }
  });

  const precision = predicted.length ? correct / predicted.length : 0;
  const recall = claimUnits.length ? found / claimUnits.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    predicted: predicted.length,
    gold_claims: claimUnits.length,
    precision: round3(precision),
    recall: round3(recall),
    f1: round3(f1),
    claimant_accuracy: round3(found ? claimantOk / found : 0),
    kind_accuracy: round3(found ? kindOk / found : 0),
    checkworthy_ap: round3(positives ? apSum / positives : 0),
    misses,
  };
}
