// German subject noun phrases that were cut or refused (issue #10): a bare plural with a genitive
// of an abstract noun ("Fachleute der kritischen Öffentlichkeit"), a quantifier after the article
// ("die beiden Mitglieder"), an adverb before an adjective ("die staatlich kontrollierten Medien").
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const opening = 'Die Versammlung war am Freitag. ';

describe('the subject noun phrase of a verb of saying', () => {
  it('heads a bare plural by its first noun, not by the abstract noun of its genitive', () => {
    const c = claimWith(de(opening + 'Fachleute der unabhängigen Öffentlichkeit sagten, die Polizei sei sehr zurückhaltend gewesen.'), 'Polizei');
    expect(c).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/^Fachleute/) });
  });

  it('reads "die beiden Mitglieder Jan Adler und Paul Roth" after a quotation', () => {
    const c = claimWith(de(opening + '„Andere Punkte sind völlig ungenügend“, meinen die beiden Mitglieder Jan Adler und Paul Roth in einer Erklärung.'), 'ungenügend');
    expect(c).toMatchObject({ kind: 'quote', claimant: expect.stringMatching(/Jan Adler/) });
  });

  it('keeps an adverb before an inflected adjective inside the phrase', () => {
    const c = claimWith(de(opening + 'Die staatlich kontrollierten Zeitungen berichteten, die Lage sei ruhig.'), 'Lage');
    expect(c).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Zeitungen/) });
  });

  it('lets a document with its author speak ("Meldungen der Abendpost")', () => {
    const c = claimWith(de(opening + 'Das Ministerium hat Meldungen der Abendpost zurückgewiesen, wonach die Schule schließe.'), 'Schule');
    expect(c.kind).toBe('reported');
  });
});

describe('an adverb in -weise opening the sentence', () => {
  it('is no subject ("Überraschenderweise deuten die Daten darauf hin, dass …")', () => {
    const c = claimWith(de(opening + 'Erstaunlicherweise deuten die neuen Messwerte darauf hin, dass der See sauberer ist.'), 'See');
    expect(c.claimant ?? '').not.toMatch(/weise/);
  });
});
