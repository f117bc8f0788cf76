// German attribution, class "verb form not read: a verb of demand or stance after its content"
// (issue #10, session 21). "…, fordern die Forscher.", "…, befürchtet der Verband.": after a clause
// in the Konjunktiv I, a verb of stance opening the last clause has its subject right after it;
// before, only verbs of saying ("…, sagte der Sprecher.") were read there. Sentences written for
// these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a verb of stance after its Konjunktiv content', () => {
  it('gives the sentence to the subject after the verb', () => {
    const list = de([
      'Die Schulen müssten mehr Geld für Lehrkräfte bekommen, fordern die Eltern.',
      'Der Plan sei längst gescheitert, befürchtet der Verband der Landwirte.',
    ].join(' '));
    expect(claimWith(list, 'Schulen')).toMatchObject({ kind: 'reported', claimant: 'Eltern' });
    expect(claimWith(list, 'Plan')).toMatchObject({ kind: 'reported', claimant: 'Verband der Landwirte' });
  });

  it('does not read an indicative clause before the verb as its content', () => {
    const list = de('Die Reform ist gescheitert, fordern die Lehrer nun mehr Geld.');
    expect(claimWith(list, 'Reform').claimant).toBeNull();
  });
});
