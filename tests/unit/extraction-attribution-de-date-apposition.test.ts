// German attribution, class "clause order: a date apposition after a weekday" (issue #10, session
// 21). "am Donnerstag, den 7.10." and "am Dienstag, dem 28. Mai," put commas inside one clause;
// the clause readers stopped at them, so the verb of saying after the date lost its subject. And
// "dieser Art." ends a sentence: "Art." is an abbreviation only before a number ("Art. 5").
// Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a date apposition after a weekday', () => {
  it('keeps the subject before the date for the verb after it', () => {
    const list = de('Die Ministerin Petra Lind hatte am Donnerstag, den 7.10. in einem Interview gesagt, die Reform komme zu spät.');
    expect(claimWith(list, 'Reform')).toMatchObject({ kind: 'reported', claimant: 'Petra Lind' });
  });

  it('reads a date with a month name and a year between commas', () => {
    const list = de('Am Montag, dem 3. Mai 2021, erklärte der Verband, die Preise würden steigen.');
    expect(claimWith(list, 'Preise')).toMatchObject({ kind: 'reported', claimant: 'Verband' });
  });
});

describe('"Art." at a sentence end', () => {
  it('ends the sentence after "dieser Art." and still merges "Art. 5"', () => {
    const list = de('Der Fund ist der erste dieser Art. Offiziell geht die Behörde davon aus, dass weitere folgen. Das regelt Art. 5 des Gesetzes über die Bodendenkmäler.');
    expect(claimWith(list, 'Offiziell')).toMatchObject({ kind: 'reported', claimant: 'Behörde' });
    expect(claimWith(list, 'Offiziell').text.startsWith('Offiziell')).toBe(true);
    expect(claimWith(list, 'regelt').text).toContain('Art. 5 des Gesetzes');
  });
});
