// English attribution, session 21 (issue #20): a day of the week is when something happened,
// never who said it ("… was robbed before dawn Sunday, a block from the station, Chief Ana Ruiz
// said." gave the claimant "Sunday"). A body named with the day after it keeps its name
// ("wrote the Foreign Ministry of Ruritania this Monday"). Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: days of the week are no speakers', () => {
  it('gives the sentence to the speaker after the day, not to the day', () => {
    const list = claims('Two shops were hit this weekend.\n\nThe first store, a small pharmacy, was robbed before dawn Sunday, a block from the station, Police Chief Ana Ruiz said.', 'en');
    expect(claimWith(list, 'robbed before dawn')).toMatchObject({ kind: 'reported', claimant: 'Ana Ruiz' });
  });

  it('keeps a body named with the day after it', () => {
    const list = claims('The note was delivered to the ambassador.\n\n“The ministry conveys an energetic protest against the statements,” wrote the Foreign Ministry of Ruritania this Monday on Twitter.', 'en');
    expect(claimWith(list, 'energetic protest').claimant).toContain('Ruritania');
  });
});
