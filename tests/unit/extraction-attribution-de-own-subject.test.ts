// German attribution, class "carried speaker instead of the clause's own subject" (issue #10,
// session 22). A sentence in the Konjunktiv after a clause with a subject of its own
// ("…, sieht X einen Verstoß, die Satzung sei nichtig") took the speaker of the sentence before
// when the reading of that clause gave up: on a verb of saying or stance as the finite verb after
// a long adverbial, on a short quotation inside the clause, on a negation. The subject is read by
// clause structure (the finite verb in second place, adjectives inside the first phrase passed
// over), and a negated verb of saying names nobody rather than the speaker before. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const lead = 'Der Landrat Ole Brandt sagte, die Fähre fahre wieder. ';

describe('the subject of the reporting clause, not the speaker before', () => {
  it('reads the subject after a long adverbial and a verb of stance', () => {
    const c = claimWith(de(`${lead}Im Streit um die Gebühren vor dem Verwaltungsgericht in Oldenburg sieht Meike Albers einen Verstoß, die Satzung sei nichtig.`), 'Satzung');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Meike Albers' });
  });

  it('reads past a short quotation inside the clause', () => {
    const c = claimWith(de(`${lead}In der Anhörung sieht die Kammer einen „klaren Bruch des Vertrags“, das Urteil sei aufzuheben.`), 'Urteil');
    expect(c.claimant).toBe('Kammer');
  });

  it('keeps the subject when the negation belongs to the object', () => {
    expect(claimWith(de(`${lead}Der Fährverband sieht darin keinen Fehler, die Fähre sei pünktlich gewesen.`), 'pünktlich').claimant).toBe('Fährverband');
  });

  it('names nobody, not the speaker before, after a negated verb', () => {
    const c = claimWith(de(`${lead}Der Fährverband sieht darin nicht die Ursache, die Fähre sei zu schnell gewesen.`), 'schnell');
    expect(c.kind).toBe('reported');
    expect(c.claimant).toBeNull();
  });
});
