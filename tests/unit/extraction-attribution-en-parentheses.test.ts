// English attribution, session 18 (issue #20): a short parenthesis inside a speaker's description
// ("Sally Roe, general secretary of the College Staff Union (CSU), said: …") no longer ends the
// description before its comma, which left the sentence and the quotation after it with nobody.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a parenthesis inside an apposition', () => {
  it('reads past an acronym in brackets to the verb of saying', () => {
    const list = claims([
      'Tuition fees will rise next year, the plan says.',
      'Sally Hinds, general secretary of the College Staff Union (CSU), said: "The government will have to work hard to convince anyone of this."',
      'Aaron Potts, president of the National Union of Pupils (NUP), said the plan was unfair.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'work hard to convince')).toMatchObject({ kind: 'quote', claimant: 'Sally Hinds' });
    expect(claimWith(list, 'the plan was unfair')).toMatchObject({ kind: 'reported', claimant: 'Aaron Potts' });
  });

  it('keeps a long parenthesis out of the description', () => {
    const list = claims('Tom Reyes, head of the Harbour Board (which runs the port and the ferries for the whole county), said prices would rise.', 'en');
    expect(claimWith(list, 'prices would rise').claimant).not.toBe('Harbour Board');
  });
});
