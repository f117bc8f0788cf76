// English attribution, session 22 (issue #20): "a fan called Ann Roe said" — a description that a
// naming participle ("called", "named") and a name follow is that person, also when the noun is one
// no list knows as a person's ("fan"); then a verb of saying right after the name must show it is
// a speaker ("a ship called Ever Bright" stays a ship). The speaker closing a quotation over several
// sentences takes all of them. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: descriptions named by "called" and "named"', () => {
  it('gives every sentence of a quotation to the fan named at its end', () => {
    const list = claims('Dana Holt, the club chair, opened the meeting on Monday.\n\n“The queues were far too long. Nobody told us anything at the gate,” a fan called Mia Cole said.', 'en');
    expect(claimWith(list, 'queues were far too long')).toMatchObject({ kind: 'quote', claimant: 'Mia Cole' });
    expect(claimWith(list, 'Nobody told us')).toMatchObject({ kind: 'quote', claimant: 'Mia Cole' });
  });

  it('keeps a role named after "named" with its name', () => {
    const list = claims('The ward was closed on Friday.\n\n“We waited all night,” said a nurse named Theo Baines, 44, who works on the ward.', 'en');
    expect(claimWith(list, 'waited all night').claimant).toBe('Theo Baines');
  });

  it('does not make a named thing a speaker', () => {
    const list = claims('Dana Holt, the club chair, opened the meeting on Monday.\n\nA ferry called Ever Bright blocked the harbour for a day.', 'en');
    expect(claimWith(list, 'blocked the harbour')).toMatchObject({ kind: 'statement', claimant: null });
  });
});
