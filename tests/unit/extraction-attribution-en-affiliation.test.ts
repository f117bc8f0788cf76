// English attribution, session 18 (issue #20): "with" gives a speaker's affiliation as "of" and
// "at" do ("Judy Roe with the Public Utilities Commission says …:"), so the lead-in names its
// speaker and the quotation paragraph after its colon is hers. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: an affiliation after "with"', () => {
  it('names the person before "with the …" as the speaker of the quotation after the colon', () => {
    const list = claims([
      'Aaron Potts, a union organiser, said the plan was unfair.',
      'Judy Parnell with the Public Utilities Commission says rates will go down again once the plants close:',
      '"That is something customers are paying for, and the rates will be reduced next year."',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'customers are paying for')).toMatchObject({ kind: 'quote', claimant: 'Judy Parnell' });
  });

  it('reads "with" after a name in the middle of a sentence as company, not as a speaker', () => {
    const list = claims('The mayor met Judy Parnell with the commission on Monday to discuss the plan.', 'en');
    expect(claimWith(list, 'The mayor met').claimant).toBeNull();
  });
});
