// English attribution, session 18 (issue #20): a dateline that ends with its agency in parentheses
// and no dash ("PORTVILLE, Ruritania (AP) Ruritania's opposition said …") is no speaker: the
// subject after it is; nor is the place of any dateline. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a dateline closed by its agency', () => {
  it('reads the subject after "PLACE, Country (AP)", not the place', () => {
    const list = claims("PORTVILLE, Ruritania (AP) Ruritania's opposition said Monday that fraud during the elections had spoiled the vote.", 'en');
    expect(claimWith(list, 'spoiled the vote')).toMatchObject({ kind: 'reported', claimant: "Ruritania's opposition" });
  });

  it('never gives a sentence to the place of its dateline ("PLACE, Country -- …")', () => {
    const list = claims('PORTVILLE, Ruritania -- Countries moved closer to what critics called a weak deal on Monday.', 'en');
    expect(claimWith(list, 'weak deal').claimant).toBeNull();
  });

  it('leaves a parenthesis after a name in ordinary text alone', () => {
    const list = claims('Senator Ann Lowe (D-Ore.) said the bill would pass.', 'en');
    expect(claimWith(list, 'bill would pass').claimant).toBe('Ann Lowe');
  });
});
