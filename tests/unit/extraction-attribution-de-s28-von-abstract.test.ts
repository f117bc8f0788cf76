// German attribution, session 28: "sprach X von der Möglichkeit …": after a name, "von" and an abstract
// noun are what is spoken of, not a body the speaker belongs to. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('"von" and an abstract noun after a speaker\'s name', () => {
  it('leaves the abstract noun out of the claimant', () => {
    expect(claimWith(de('Im Interview sprach Ilse Brandt von der Notwendigkeit einer neuen Brücke.'), 'Brücke').claimant).toBe('Ilse Brandt');
    expect(claimWith(de('Am Abend sprach Otto Kessler von einer Verschwendung öffentlicher Mittel.'), 'Mittel').claimant).toBe('Otto Kessler');
  });

  it('keeps a body after "von" with the name', () => {
    expect(claimWith(de('„Wir sind unwillkommen“, sagte Ana Ruiz vom Sender Radio Nord.'), 'unwillkommen').claimant).toContain('Radio Nord');
  });
});
