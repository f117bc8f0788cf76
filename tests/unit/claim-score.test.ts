// The project's own claim scorer: the rules the extraction figures are held by.
import { describe, expect, it } from 'vitest';
import { claimantMatches, scoreClaims, type Gold } from '../helpers/claim-score';

const gold: Gold = {
  claimants: { 'Konrad Freiberg': ['Freiberg'] },
  units: [
    { id: 1, start: 0, end: 100, text: 'a', claim: true, checkworthy: true, kind: 'reported', claimant: ['Konrad Freiberg'] },
    { id: 2, start: 101, end: 200, text: 'b', claim: 'optional', kind: 'statement', claimant: [null] },
    { id: 3, start: 201, end: 300, text: 'c', claim: true, checkworthy: false, kind: 'statement', claimant: [null] },
    { id: 4, start: 301, end: 400, text: 'd', claim: false, kind: 'statement', claimant: [null] },
  ],
};

describe('claim scorer', () => {
  it('counts found units, correct claims, claimant by alias and kind', () => {
    const s = scoreClaims(gold, [
      { start: 0, end: 100, claimant: 'Freiberg', kind: 'reported', checkworthiness: 0.9 },
      { start: 101, end: 200, claimant: null, kind: 'statement', checkworthiness: 0.1 },
      { start: 301, end: 400, claimant: null, kind: 'statement', checkworthiness: 0.5 },
    ]);
    expect(s).toMatchObject({ predicted: 3, gold_claims: 2, precision: 0.667, recall: 0.5, claimant_accuracy: 1, kind_accuracy: 1, checkworthy_ap: 1 });
    expect(s.misses).toEqual(['not found: #3 c']);
  });

  it('a fragment (under 60% of its unit) is neither found nor correct', () => {
    const s = scoreClaims(gold, [{ start: 0, end: 50, claimant: 'Konrad Freiberg', kind: 'reported' }]);
    expect(s).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('claimants match as whole words either way; null wants nobody', () => {
    expect(claimantMatches(['Konrad Freiberg'], 'GdP-Chef Konrad Freiberg')).toBe(true);
    expect(claimantMatches(['Konrad Freiberg'], 'Freibergs')).toBe(false);
    expect(claimantMatches([null], '')).toBe(true);
    expect(claimantMatches([null], 'Putin')).toBe(false);
    expect(() => scoreClaims(gold, [{ start: 5, end: 5 }])).toThrow(/no valid integer/);
  });
});
