// German attribution, class "a time adverbial taken for the subject" (issue #10, session 20).
// "Ende Mai verkündete der Verband, …": a noun of a point in time ("Ende", "Anfang", "Mitte",
// "Beginn"; lex.timePointNouns) before a month, a year or a time noun is an adverbial in the
// Vorfeld, never a speaker; the subject follows the finite verb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a point in time is no speaker', () => {
  it('reads the subject after the verb when a point in time opens the sentence', () => {
    expect(claimWith(de('Ende Mai verkündete der Deutsche Skiverband dann offiziell, dass man sich bewerben werde.'), 'Skiverband').claimant).toBe('Deutsche Skiverband');
    expect(claimWith(de('Anfang 2006 erklärte die Stadt Bonn, dass man sich bewerben werde.'), 'Bonn').claimant).toMatch(/Bonn/);
    expect(claimWith(de('Mitte der Woche teilte die Bahn mit, dass der Streik ende.'), 'Bahn').claimant).toMatch(/Bahn/);
  });

  it('still reads a person whose name begins like a noun of time', () => {
    expect(claimWith(de('Ende Hansen sagte am Montag, dass der Streik ende.'), 'Hansen').claimant).toMatch(/Hansen/);
  });
});
