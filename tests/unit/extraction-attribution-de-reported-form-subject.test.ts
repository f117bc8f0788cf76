// German attribution, class "no claimant: reported speech by its form, speaker not read" (issue #10,
// session 19). A sentence the rules read as reported speech by its form (a verb of stance, a
// reflexive or an idiom with what was said after it in a "dass" clause, an infinitive clause or
// the Konjunktiv) but whose verb no reader knows had nobody as its claimant. The subject of its
// first clause speaks: before the finite verb, right after it when something else stands first,
// or right after the conjunction of a subordinate clause that opens the sentence. Hearsay ("soll",
// "angeblich"), a negated or subjunctive main clause and "als" opening a phrase name nobody.
// Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('reported by form: the subject of the first clause speaks', () => {
  it('reads the subject after the finite verb when a phrase stands first', () => {
    const list = de('Die Lage blieb ruhig. Im zweiten Absatz beruft sich die Stadtverwaltung darauf, dass die Gebühren rechtmäßig seien.');
    expect(claimWith(list, 'Gebühren')).toMatchObject({ kind: 'reported', claimant: 'Stadtverwaltung' });
  });

  it('reads the subject of a subordinate clause opening the sentence', () => {
    const list = de('Der Zug hielt an. Da die Schaffner befürchteten, der Wagen sei beschädigt, stiegen alle Reisenden aus.');
    expect(claimWith(list, 'Schaffner')).toMatchObject({ kind: 'reported', claimant: 'Schaffner' });
    const two = de('Der Streit geht weiter. Während Bürgermeisterin Greta Salm ankündigte, den Plan prüfen zu lassen, lehnte der Rat ihn ab.');
    expect(claimWith(two, 'Salm').claimant).toBe('Greta Salm');
  });

  it('names nobody for hearsay, a negation or "als" opening a phrase', () => {
    const list = de([
      'Die Bande soll geplant haben, die Kasse der Bank zu leeren.',
      'Ein Sprecher der Feuerwehr wollte nicht bestätigen, dass das Feuer gelegt wurde.',
      'Als Fazit der Umfrage darf festgehalten werden, dass viele Pendler unzufrieden sind.',
    ].join(' '));
    expect(claimWith(list, 'Bande').claimant).not.toBe('Bande');
    expect(claimWith(list, 'Feuer').claimant).toBeNull();
    expect(claimWith(list, 'Pendler').claimant).toBeNull();
  });
});
