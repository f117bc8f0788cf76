// English attribution, session 22 (issue #20): a headline in title case that credits its speaker
// after its last comma ("Lenders Brace For Slower Year, Central Banker Says") is that speaker's
// claim. Title case capitalises every word, so the verb cannot be told from the name by case: the
// credit is read by structure (comma, a few words, a present verb of saying closing the headline).
// A title-case headline with no such credit stays the article's title. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: title-case headline credits', () => {
  it('gives a title-case headline to the speaker it credits after its last comma', () => {
    const list = claims("Harbour Fees Will Rise Again Next Spring, Port's Ruiz Says\n\nAna Ruiz, who runs the Port of Veldon, spoke to shippers on Monday.", 'en');
    expect(claimWith(list, 'Harbour Fees')).toMatchObject({ kind: 'reported', claimant: 'Ana Ruiz' });
  });

  it('reads a plural credit with "Say"', () => {
    const list = claims('Flat Prices Are Here To Stay, Estate Agents Say\n\nThe market in Veldon was quiet in June.', 'en');
    expect(claimWith(list, 'Flat Prices').kind).toBe('reported');
  });

  it('leaves a title-case headline without a credit as the title', () => {
    const list = claims('Harbour Fees Will Rise Again Next Spring, Shippers Fear The Worst\n\nThe port raised its fees twice last year.', 'en');
    expect(list.some((c) => c.text.startsWith('Harbour Fees'))).toBe(false);
  });
});
