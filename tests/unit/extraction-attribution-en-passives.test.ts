// English attribution, session 19 (issue #20): a verb of saying in the passive ("have been
// confirmed with", "was revealed to be") makes its subject no speaker: it was spoken of. A
// false attribution costs more than a miss. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a passive verb of saying', () => {
  it('gives no speaker to a subject confirmed with an illness', () => {
    const list = claims('The schools reopened on Monday.\n\nTwelve students in three schools in Elm Falls have been confirmed with the infection.', 'en');
    expect(claimWith(list, 'confirmed with the infection')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('gives no speaker to a person revealed to be someone', () => {
    const list = claims('The bridge will cost two million pounds.\n\nAt a meeting in April, the applicant, Colin Marsh, was revealed to be the anonymous donor who had paid for the new bridge.', 'en');
    expect(claimWith(list, 'anonymous donor')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('still gives the sentence to a subject that says something in the active', () => {
    const list = claims('The schools reopened on Monday.\n\nHealth officials in two districts of Elm Falls confirmed that eleven pupils had caught the infection.', 'en');
    expect(claimWith(list, 'eleven pupils').kind).toBe('reported');
  });
});
