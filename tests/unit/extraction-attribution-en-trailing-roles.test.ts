// English attribution, session 20 (issue #20): a speaker after the verb with a place or work and
// a role in lower case before the name ("…,” says Ohio farmer Dan Hale.", "said Kansas wheat
// grower Amy Cole, a board member …") is the named person, as before the verb ("Veteran
// broadcaster X said"); the capitalised word before the role was taken for the speaker.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a role before a name after the verb', () => {
  it('gives the quotation to the name after a place and a role', () => {
    const list = claims('The farm bill goes to the Senate on Wednesday.\n\n“We do not want the bill delayed again this year,” says Ohio farmer Dan Hale.', 'en');
    expect(claimWith(list, 'bill delayed again')).toMatchObject({ kind: 'quote', claimant: 'Dan Hale' });
  });

  it('gives the quotation to the name before an apposition', () => {
    const list = claims('The harvest started late.\n\n“We need rain before the end of the month,” said Kansas wheat grower Amy Cole, a board member of the growers group.', 'en');
    expect(claimWith(list, 'need rain').claimant).toBe('Amy Cole');
  });
});
