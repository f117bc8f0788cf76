// German attribution, class "construction not read: 'heißt es' / 'hieß es' with where it was said"
// (issue #10, session 21). "…, hieß es bei Radio Nord.", "…, heißt es dazu in einer Mitteilung des
// Vereins.", "…, heißt es auf der Webseite der Stiftung.": the outlet or the document after the
// impersonal "it is said", past adverbs, after "in", "auf", "bei" or "beim"; before, only "heißt"
// right before "in"/"im" was read, and the sentence kept the last speaker heard. Sentences written
// for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('"heißt es" and "hieß es" with where it was said', () => {
  it('reads the outlet after "bei" in the preterite', () => {
    const list = de('Der Bürgermeister Ole Brandt sagte, die Fähre fahre wieder. Die Helfer seien abgezogen worden, hieß es bei Radio Nord.');
    expect(claimWith(list, 'Helfer')).toMatchObject({ kind: 'reported', claimant: 'Radio Nord' });
  });

  it('reads the document after an adverb and "in"', () => {
    const list = de('Der Bürgermeister Ole Brandt sagte, die Fähre fahre wieder. „Die Lage ist ernst“, heißt es dazu in einer Mitteilung des Deichverbands.');
    expect(claimWith(list, 'Lage').claimant).toContain('Deichverband');
  });

  it('reads the page after "auf"', () => {
    const list = de('Geehrt werden Menschen, „die sich um den Deich verdient gemacht haben“, heißt es auf der Webseite der Küstenstiftung.');
    expect(claimWith(list, 'Deich').claimant).toContain('Küstenstiftung');
  });
});
