// German attribution, class "subject not found" (issue #10, session 21): two adjectives joined by
// "und" before the noun ("Die örtlichen und ausländischen Helfer waren davon ausgegangen, …") are one
// phrase; and before a colon that introduces a quotation, a person named by a noun of agent with
// its article ("Der Ermittler, der …, will …: „…“", "Dann veröffentlichte der Verfasser …: „…“") is
// the speaker, though no role of the lexicon names them. Sentences written for these tests (none
// is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('coordinated adjectives in the subject', () => {
  it('keep the phrase whole, so the clause has its own subject', () => {
    const list = de('Die Sprecherin Ina Sell sagte, es gebe keine Verletzten. Die örtlichen und ausländischen Helfer waren davon ausgegangen, die Brücke sei längst gesperrt.');
    expect(claimWith(list, 'Brücke')).toMatchObject({ kind: 'reported', claimant: 'örtlichen und ausländischen Helfer' });
  });
});

describe('a noun of agent before a colon', () => {
  it('is the speaker of the quotation it introduces', () => {
    const list = de([
      'Der Gutachter, der den Damm seit Jahren prüft, will seine Arbeit nun beenden: „Mehr kann ich nicht tun.“',
      'Dann veröffentlichte der Verfasser folgenden Kommentar dazu: „Die Liste ist frei erfunden.“',
    ].join(' '));
    expect(claimWith(list, 'Mehr kann')).toMatchObject({ kind: 'quote', claimant: 'Gutachter' });
    expect(claimWith(list, 'Liste')).toMatchObject({ kind: 'quote', claimant: 'Verfasser' });
  });

  it('leaves a thing before a colon alone', () => {
    const list = de('Die Anlage zeigte folgende Meldung: „Druck im Kessel zu hoch.“');
    expect(claimWith(list, 'Druck').claimant).toBeNull();
  });
});
