// English attribution, session 18 (issue #20): "he" and "she" point back to one person, never to a
// group that spoke ("Employees say …"), and "employees" is such a group (a plural role). Sentences
// and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a singular pronoun is no group', () => {
  it('gives "she said" to the woman named before, not to the employees who spoke last', () => {
    const list = claims([
      'Kaya Adler, who works at the store, says the company brought in a new management team.',
      'Employees say store managers had been posting anti-union leaflets in the break room.',
      '"There were a lot of people on the fence. They were ready to vote," she said.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'ready to vote')).toMatchObject({ kind: 'quote', claimant: 'Kaya Adler' });
    expect(claimWith(list, 'Employees say').kind).toBe('reported');
  });
});
