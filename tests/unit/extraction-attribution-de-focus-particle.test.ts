// German attribution, class "a focus particle or an intensifier beside the subject" (issue #10,
// session 20). "Selbst die Zeitung X hatte kritisiert, dass …": "selbst" before the subject is a
// focus particle (a function word, like "sogar"), not the subject; "Roth selbst schrieb, …": after
// the subject it stresses it and the finite verb follows. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('"selbst" before and after the subject', () => {
  it('reads the subject after the focus particle', () => {
    const list = de('Selbst die Wochenzeitung Blaue Welt hatte im Mai kritisiert, dass der Verband zu nachsichtig sei.');
    expect(claimWith(list, 'nachsichtig')).toMatchObject({ kind: 'reported', claimant: 'Wochenzeitung Blaue Welt' });
  });

  it('reads the verb after the intensifier', () => {
    const list = de('Die Abgeordnete Maria Roth sprach am Montag im Landtag. Roth selbst schrieb in einer Erklärung, sie wolle zurücktreten.');
    expect(claimWith(list, 'zurücktreten')).toMatchObject({ kind: 'reported', claimant: 'Maria Roth' });
    const other = de('Die Kampagne selber warf dem Gegner vor, er habe gelogen.');
    expect(claimWith(other, 'gelogen').claimant).toBe('Kampagne');
  });
});
