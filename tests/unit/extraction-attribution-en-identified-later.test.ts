// English attribution, session 22 (issue #20): a news lede often gives its speaker by a definite
// description alone ("The transport secretary has said …", "…, the country's farm minister said.")
// and names that person in the sentences after it. The first person the article names in full
// after the lede, within a few sentences, is the lede's speaker. An indefinite description ("a
// Ruritanian official") may stay anonymous; a person the lede itself names, or one known by another
// office, is someone else.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a lede speaker identified later', () => {
  it('gives the lede of a definite description to the person named right after it', () => {
    const list = claims('The farm secretary has said growers hit by the floods will be able to claim support this year.\n\nSpeaking in Veldon on Monday, Tamsin Hale told farmers the fund would open in May.', 'en');
    expect(claimWith(list, 'growers hit by the floods')).toMatchObject({ kind: 'reported', claimant: 'Tamsin Hale' });
  });

  it('reads a trailing description in the lede the same way', () => {
    const list = claims("Ruritania's grain exports fell for a third year, the country's farm minister said.\n\nFarm Minister Oskar Lind, who took office in March, blamed the drought.", 'en');
    expect(claimWith(list, 'grain exports fell').claimant).toBe('Oskar Lind');
  });

  it('leaves an indefinite description anonymous', () => {
    const list = claims('The rebels are still open to talks, a Ruritanian official close to the group said on Sunday.\n\nPrime Minister Ivo Brant rejected any talks on Monday.', 'en');
    expect(claimWith(list, 'open to talks').claimant).not.toBe('Ivo Brant');
  });

  it('does not take a person known by another office', () => {
    const list = claims('The deputy minister insisted on Monday that the reshuffle would go ahead. Opposition leader Kofi Brant claimed the vote was rigged.', 'en');
    expect(claimWith(list, 'reshuffle would go ahead').claimant).toBe('deputy minister');
  });

  it('does not take a person the lede itself names', () => {
    const list = claims('The shipping firm’s chief executive has told staff the company is not for sale despite a bid led by Marta Quist.\n\nThe board met on Tuesday to discuss the offer.', 'en');
    expect(claimWith(list, 'not for sale').claimant).not.toBe('Marta Quist');
  });
});
