// German attribution, session 28 (issue #10): an object in the Vorfeld of an inverted sentence is not
// its speaker. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a plural noun in "-en" before a singular finite verb is the object; the subject follows the verb', () => {
  it('gives the estimate to the office after the verb, not to "Kosten"', () => {
    expect(claimWith(de('Die Kosten schätzt das Amt auf rund zwei Millionen Euro, der Bau werde zwei Jahre dauern.'), 'Kosten')).toMatchObject({ claimant: 'Amt', kind: 'reported' });
    expect(claimWith(de('Die Kosten beziffert das Bauamt auf drei Millionen Euro.'), 'Kosten').claimant).toBe('Bauamt');
    expect(claimWith(de('Die Ermittlungen leitet die Staatsanwaltschaft, der Fall sei aber noch offen.'), 'Ermittlungen').claimant).not.toBe('Ermittlungen');
  });

  it('keeps a feminine singular before a singular verb as the subject', () => {
    expect(claimWith(de('Die Regierung schätzt die Kosten auf zwei Millionen Euro, der Bau werde zwei Jahre dauern.'), 'Kosten').claimant).toBe('Regierung');
    expect(claimWith(de('Die Kommission erklärte, der Bau werde zwei Jahre dauern.'), 'Bau').claimant).toBe('Kommission');
  });
});
