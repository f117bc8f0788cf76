// English attribution, session 27 (issue #20): a lede that describes a body instead of naming it ("a public spending
// watchdog has warned …") and names it in the sentences after ("The Harbour Audit Office said …"), as the
// "identified later" strategy does for people. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

const after = (lede: string, next: string) => claimWith(claims(`${lede}\n\n${next}`, 'en'), lede.slice(0, 20));

describe('English attribution: a body described in the lede, named later', () => {
  it('gives an indefinite description the first body named after the lede', () => {
    const claim = after('The ferry contract will cost twice its budget, a public spending watchdog has warned.',
      'The Harbour Audit Office said the ministry had ignored its advice for three years.');
    expect(claim).toMatchObject({ kind: 'reported', claimant: 'Harbour Audit Office' });
  });

  it('reads a definite or possessive description the same way', () => {
    expect(after('The consumer watchdog has said that ferry fares rose faster than wages.',
      'In its yearly report, the Harbour Fares Authority found that prices doubled.').claimant).toBe('Harbour Fares Authority');
    expect(after("Ferry fares rose faster than wages, the island's consumer watchdog said on Monday.",
      'The Harbour Fares Authority has asked the operator to explain the rise.').claimant).toBe('Harbour Fares Authority');
  });

  it('does not take an outlet, nor a body named far after the lede', () => {
    expect(after('The ferry contract will cost twice its budget, a public spending watchdog has warned.',
      'The Harbour Post reported last week that the ministry had been warned.').claimant).toBe('public spending watchdog');
    const filler = 'The ferry sails twice a day from the northern quay and carries cars, bikes and foot passengers. '.repeat(9);
    expect(after('The ferry contract will cost twice its budget, a public spending watchdog has warned.',
      `${filler}\n\nThe Harbour Audit Office runs 40 reviews a year.`).claimant).toBe('public spending watchdog');
  });
});
