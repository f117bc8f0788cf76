// German attribution: a definite document ("der Bericht", "die Studie") speaks for the owner the
// article gave a document of that noun, else for itself, never for whoever spoke last (session
// 23, issue #10). Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a definite document after another speaker', () => {
  it('goes to the owner named with a document of that noun ("laut einem Bericht des Umweltamtes" … "Der Bericht stellt fest")', () => {
    const list = de([
      'Laut einem Bericht des Umweltamtes steigt die Zahl der belasteten Seen.',
      'Die Ministerin Anna Berg sagte, man werde rasch handeln.',
      'Der Bericht stellt außerdem fest, dass die Flüsse stärker verschmutzt seien als vor zehn Jahren.',
    ].join(' '));
    expect(claimWith(list, 'Seen')).toMatchObject({ kind: 'reported', claimant: 'Umweltamt' });
    expect(claimWith(list, 'handeln')).toMatchObject({ kind: 'reported', claimant: 'Anna Berg' });
    expect(claimWith(list, 'Flüsse')).toMatchObject({ kind: 'reported', claimant: 'Umweltamt' });
  });

  it('names a compound of the noun by its owner too ("Jahresbericht der Stiftung" … "der Bericht")', () => {
    const list = de([
      'Nach dem Jahresbericht der Stiftung Lesewelt lesen Kinder weniger Bücher als früher.',
      'Der Bürgermeister Tom Reiter erklärte, die Bibliothek bleibe geöffnet.',
      'Der Bericht führt aus, dass vor allem Jungen kaum noch lesen würden.',
    ].join(' '));
    expect(claimWith(list, 'Jungen')).toMatchObject({ kind: 'reported', claimant: 'Stiftung Lesewelt' });
  });

  it('is the document itself when no owner was named ("…, so die Studie")', () => {
    const list = de([
      'Der Arzt Paul Kern sagte, viele Patienten seien verunsichert.',
      'Manche Salben könnten die Haut sogar schädigen, so die Studie.',
    ].join(' '));
    expect(claimWith(list, 'verunsichert')).toMatchObject({ kind: 'reported', claimant: 'Paul Kern' });
    expect(claimWith(list, 'Salben')).toMatchObject({ kind: 'reported', claimant: 'Studie' });
  });

  it('leaves a view or an account with its holder ("Seiner Darstellung zufolge") and "demnach" with the last speaker', () => {
    const list = de([
      'Max Huber sagte, er habe den Wagen gesehen.',
      'Seiner Darstellung zufolge fuhr der Wagen ohne Licht.',
      'Laut einem Bericht der Polizei war die Straße gesperrt.',
      'Demnach hätte niemand dort fahren dürfen.',
    ].join(' '));
    expect(claimWith(list, 'ohne Licht')).toMatchObject({ kind: 'reported', claimant: 'Max Huber' });
    expect(claimWith(list, 'niemand')).toMatchObject({ kind: 'reported', claimant: 'Polizei' });
  });
});
