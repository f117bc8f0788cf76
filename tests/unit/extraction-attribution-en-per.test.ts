// English attribution, session 17 (issue #20): a source named by "per" closing the sentence ("…, per Refinitiv."),
// as the wire services write figures; "Per CNN, …" opening it was read before. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: ", per X." closing a sentence', () => {
  it('gives the figures to the source after "per"', () => {
    const list = claims('Earnings were 1.95 dollars per share against an estimate of 1.94 dollars per share, per Tallis Data.', 'en');
    expect(claimWith(list, 'Earnings were')).toMatchObject({ kind: 'reported', claimant: 'Tallis Data' });
  });

  it('reads "per share" and ", per person" as rates, not sources', () => {
    const list = claims('The ticket costs 20 dollars, per person, and profit rose to 3 dollars per share last year.', 'en');
    expect(claimWith(list, 'ticket costs').claimant).toBeNull();
  });
});
