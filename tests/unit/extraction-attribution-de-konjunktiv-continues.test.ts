// German attribution, class "reported speech continuing in Konjunktiv I" (issue #10, session 19).
// After "X sagte, …" the next sentences often go on in the Konjunktiv I without naming X again.
// The lexicon lists common forms only ("sei", "habe", "plane"); the discourse strategy
// continuesInKonjunktiv reads the form of any verb (third person singular in -e, not -te) right
// after a singular subject, or after one connective before an inverted subject, and only right
// after a sentence of reported speech. Capitalised adjectives ("Weitere unsichere Punkte …") are
// no subject with a verb. Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('Konjunktiv I goes on in the voice of the speaker before', () => {
  it('reads an unlisted verb in the Konjunktiv I after a singular subject', () => {
    const list = de('Die Ministerin Anna Roth sagte am Montag, der Haushalt sei solide. Die Regierung stagniere nicht, sondern baue Schulen.');
    expect(claimWith(list, 'stagniere')).toMatchObject({ kind: 'reported', claimant: 'Anna Roth' });
  });

  it('reads a verb of stance in the Konjunktiv I, and one after a connective', () => {
    const list = de('Verbandschef Otto Brandt erklärte, die Lage sei ernst. Der Verband begrüße aber den Schritt der Regierung. Zudem verurteile der Verband die Pläne der Opposition.');
    expect(claimWith(list, 'begrüße')).toMatchObject({ kind: 'reported', claimant: 'Otto Brandt' });
    expect(claimWith(list, 'verurteile')).toMatchObject({ kind: 'reported', claimant: 'Otto Brandt' });
  });

  it('leaves capitalised adjectives and sentences after a statement alone', () => {
    const list = de('Verbandschef Otto Brandt erklärte, die Lage sei ernst. Weitere unsichere Punkte bildeten die Kosten. Die Brücke wurde gesperrt. Die Behörde prüfe den Fall.');
    expect(claimWith(list, 'unsichere').claimant).toBeNull();
    expect(claimWith(list, 'Behörde prüfe').claimant).toBeNull();
  });
});
