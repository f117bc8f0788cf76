// German attribution, class "a 'wie' clause whose verb is not in the lexicon" (issue #10, session 20).
// "Wie die Zeitung X veröffentlichte, soll …": a clause of "wie" opening the sentence, its subject
// after the conjunction and a finite verb closing it, reports whatever the verb (the lexicon of
// speech verbs need not list it). Not a clause of manner with an object ("Wie die Polizei den Täter
// fasste, ist unklar") nor one before a copula. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a "wie" clause reports whatever its verb', () => {
  it('gives the sentence to the subject of the clause', () => {
    const list = de('Wie die Sportzeitung „Le Ballon“ veröffentlichte, soll der Trainer entlassen werden.');
    expect(claimWith(list, 'Trainer')).toMatchObject({ kind: 'reported', claimant: 'Sportzeitung Le Ballon' });
    const other = de('Wie die Zeitung Nordkurier am Montag veröffentlichte, soll der Bürgermeister zurücktreten.');
    expect(claimWith(other, 'Bürgermeister').claimant).toMatch(/Nordkurier/);
  });

  it('leaves a clause of manner and one before a copula alone', () => {
    expect(claimWith(de('Wie die Polizei den Täter fasste, ist bisher unklar geblieben.'), 'Täter').claimant).toBeNull();
    expect(claimWith(de('Wie die Firma damals entstand, ist bis heute unklar.'), 'Firma').claimant).toBeNull();
  });
});
