// English attribution, session 17 (issue #20): a headline that names its speaker. Counted on the two studied
// development sets: headlines were 16 of 134 claimant misses (dev5 8, dev6 8), each read as a title and no claim.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

const body = 'The ministry published its figures on Monday. Officials said the count would take a week.';

describe('English attribution: a headline that names its speaker', () => {
  it('reads "X says …" in a sentence-case headline as X’s reported claim', () => {
    const list = claims(`Dorvan says he will not raise the fuel tax before the election\n\n${body}`, 'en');
    expect(claimWith(list, 'raise the fuel tax')).toMatchObject({ kind: 'reported', claimant: 'Dorvan' });
  });

  it('reads a trailing "…, central bank head says"', () => {
    const list = claims(`The rate rise shows price pressures have eased, central bank head says\n\n${body}`, 'en');
    expect(claimWith(list, 'price pressures')).toMatchObject({ kind: 'reported', claimant: 'central bank head' });
  });

  it('reads a credit after a colon or a dash ("…: Home minister", "… – Presidency")', () => {
    const colon = claims(`There was no failure of the border police: Home minister\n\n${body}`, 'en');
    expect(claimWith(colon, 'border police')).toMatchObject({ kind: 'reported', claimant: 'Home minister' });
    const dash = claims(`Why Osteria sells power to its neighbours – Presidency\n\n${body}`, 'en');
    expect(claimWith(dash, 'sells power')).toMatchObject({ kind: 'reported', claimant: 'Presidency' });
  });

  it('gives the credit to the person the body names in that role', () => {
    const list = claims(`Reports on the cabinet meeting are false – Cabinet Secretary\n\nCabinet Secretary Lena Vosk said the reports were false.`, 'en');
    expect(claimWith(list, 'Reports on the cabinet').claimant).toBe('Lena Vosk');
  });

  it('keeps a headline whose verb has a bare object (an act, not a claim) and a photo credit out of the claims', () => {
    const act = claims(`Football crisis: Eurosport urges postponement of the vote, 11 officials banned\n\n${body}`, 'en');
    expect(act.find((c) => c.text.includes('urges postponement'))).toBeUndefined();
    const warns = claims(`Baroness Helt warns broadcaster over licence fee\n\n${body}`, 'en');
    expect(warns.find((c) => c.text.includes('licence fee'))).toBeUndefined();
    const credit = claims(`Minister Lena Vosk has not resigned after a row in the committee - Credit: PA\n\n${body}`, 'en');
    expect(credit.find((c) => c.claimant === 'PA')).toBeUndefined();
    const that = claims(`Baroness Helt warns that the licence fee cannot last\n\n${body}`, 'en');
    expect(claimWith(that, 'licence fee cannot last')).toMatchObject({ kind: 'reported', claimant: 'Baroness Helt' });
  });

  it('keeps a headline that names nobody, a passive one and one in title case out of the claims', () => {
    const plain = claims(`Senate inches toward a vote on the budget\n\n${body}`, 'en');
    expect(plain.find((c) => c.text.includes('inches toward'))).toBeUndefined();
    const passive = claims(`Rail strikes: Passengers told not to travel during walkouts\n\n${body}`, 'en');
    expect(passive.find((c) => c.text.includes('Passengers told'))).toBeUndefined();
    const titled = claims(`Dorvan Says Fuel Tax Will Stay\n\n${body}`, 'en');
    expect(titled.find((c) => c.text.includes('Fuel Tax'))).toBeUndefined();
  });
});

describe('English attribution: a quotation paragraph that lost its full stop is no headline', () => {
  it('reads "“… . … ,” he said" without a period as the speaker’s quotation, every sentence of it', () => {
    const list = claims('Space agency chief Ravi Menon spoke after the launch.\n\n' +
      '“We have many more missions ahead. In the next eight months we will fly nine of them. The largest is a lander,” he said', 'en');
    expect(claimWith(list, 'nine of them')).toMatchObject({ kind: 'quote', claimant: 'Ravi Menon' });
    expect(claimWith(list, 'largest is a lander')).toMatchObject({ kind: 'quote', claimant: 'Ravi Menon' });
  });
});
