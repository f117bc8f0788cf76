// German attribution, session 28: a definite description headed by a noun the lexicon does not know
// as a role, with a person's full name in apposition, is that person. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a full name in apposition to a description with an unknown head noun', () => {
  it('gives the sentence, and a pronoun after it, to the named person, not to the one named before', () => {
    const text = 'Der Minister Karl Weber sagte, man werde kämpfen. Der langjährige Weggefährte Webers, Bruno Falk, wandte sich am Dienstag an die Presse, um sich zu verteidigen; er habe die Partei nicht verraten.';
    expect(claimWith(de(text), 'verraten').claimant).toBe('Bruno Falk');
  });

  it('keeps the role and the name apart', () => {
    const c = claimWith(de('Die frühere Mitstreiterin der Bürgermeisterin, Ilse Brandt, erklärte, der Haushalt sei nicht gedeckt.'), 'Haushalt');
    expect(c.claimant).toBe('Ilse Brandt');
  });
});
