// English attribution, session 18 (issue #20): roles before names. Any noun right before a name
// that speaks is the name's role, whether or not a list knows the noun ("Fast bowler Aqib Roe
// remarked", "Veteran broadcaster Tom Hill said"); two roles joined by "and" before a name are
// one person's ("COO and CFO Blake Roe said"). Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: roles before names', () => {
  it('reads an unlisted noun before a speaking name as its role', () => {
    const list = claims([
      'Former national team fast bowler Wally Prentice remarked that visiting players had always praised the security.',
      'Veteran broadcaster Tom Hillary said the channel would close in May.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'Wally Prentice remarked')).toMatchObject({ kind: 'reported', claimant: 'Wally Prentice' });
    expect(claimWith(list, 'Tom Hillary said')).toMatchObject({ kind: 'reported', claimant: 'Tom Hillary' });
  });

  it('gives two roles joined by "and" to the name after them', () => {
    const list = claims([
      'In a statement, COO and CFO Blake Varga said the game had remained popular.',
      'The CEO and founder Jane Dorn said sales would rise next year.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'Blake Varga said').claimant).toBe('Blake Varga');
    expect(claimWith(list, 'Jane Dorn said').claimant).toBe('Jane Dorn');
  });

  it('reads "and" inside the body of a role\'s tail, and no other minister for it', () => {
    const list = claims([
      'Minister of Foreign Affairs Sergio Lantz said the talks would resume.',
      'Minister of Information and Culture Lai Obuya claimed the opposition was crying wolf.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'crying wolf')).toMatchObject({ kind: 'reported', claimant: 'Lai Obuya' });
    expect(claimWith(list, 'talks would resume').claimant).toBe('Sergio Lantz');
  });

  it('takes no acronym or role for a name ("The former Tory MP also said")', () => {
    const list = claims('Baroness Nell Harlow spoke on the radio.\n\nThe former Tory MP also said she would step down next month.', 'en');
    expect(claimWith(list, 'former Tory MP').claimant).not.toBe('Tory MP');
  });

  it('reads no participle as a role ("Lawmakers including Jane Dorn said")', () => {
    const list = claims('Lawmakers including Jane Dorn said the bill would fail.', 'en');
    expect(claimWith(list, 'Lawmakers including').claimant).not.toBe('Jane Dorn');
  });
});
