// German attribution, classes of miss fixed in session 11 (issue #10). Each class has sentences
// written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a content clause in the Konjunktiv of any verb, after a light-verb phrase', () => {
  it('reads the Konjunktiv by its form where the finite verb stands ("die Partei stagniere", "die Welt befände sich")', () => {
    const list = de([
      'Anna Kessler vertrat die These, die Kommune verschwende Geld.',
      'Der Landesverband zog die Schlussfolgerung, die Brücke befände sich in schlechtem Zustand.',
    ].join(' '));
    expect(claimWith(list, 'Kommune')).toMatchObject({ kind: 'reported', claimant: 'Anna Kessler' });
    expect(claimWith(list, 'Brücke')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Landesverband/) });
  });

  it('takes the subject of a perfect ("hatte … die These vertreten, …")', () => {
    const c = claimWith(de('Jonas Brandt hatte am Montag in einem Gespräch mit dem Stadtanzeiger die Position vertreten, der Verein brauche einen neuen Vorstand.'), 'Verein');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Jonas Brandt' });
  });

  it('leaves a relative clause and a preterite in -te alone', () => {
    expect(claimWith(de('Die Stadt kaufte eine Halle, die große Fenster hatte.'), 'Halle')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(de('Der Verein mietete einen Saal, der Wirt verlangte wenig.'), 'Saal')).toMatchObject({ kind: 'statement', claimant: null });
    // A copula is no finite verb of a view: "X ist die erste Aussage, …" names nobody.
    expect(claimWith(de('Die Zählung ist die erste dieser Art, dass sie online läuft.'), 'Zählung').claimant).toBeNull();
  });
});

describe('a verb of naming with its object before the quoted name', () => {
  it('reads "nannte den Plan eine „Luftnummer“" as a quote, and a quoted adjective as reported', () => {
    expect(claimWith(de('Die Stadträtin Eva Lorenz nannte den Haushaltsplan eine „Luftnummer“.'), 'Haushaltsplan')).toMatchObject({ kind: 'quote', claimant: 'Eva Lorenz' });
    expect(claimWith(de('Kurt Albers nannte die Entscheidung der Jury „einen Fehlgriff“.'), 'Jury')).toMatchObject({ kind: 'quote', claimant: 'Kurt Albers' });
    expect(claimWith(de('Kurt Albers nannte die Gebühr „deutlich zu hoch“.'), 'Gebühr')).toMatchObject({ kind: 'reported', claimant: 'Kurt Albers' });
  });
});

describe('a masculine noun in -ein after "der" is a subject, not a dative', () => {
  it('reads "Der Verein teilte mit, …" and "Der Sportverein erklärte, …" with their speaker', () => {
    const list = de('Der Verein teilte mit, dass die Halle im Mai schließt. Der Sportverein erklärte, die Saison sei beendet.');
    expect(claimWith(list, 'Halle')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Verein/) });
    expect(claimWith(list, 'Saison')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Sportverein/) });
  });
});
