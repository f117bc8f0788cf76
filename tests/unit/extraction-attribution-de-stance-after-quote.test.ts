// German attribution, class "wrong speaker: a stance after a quotation" (issue #10, session 18):
// "„…“, zeigte sich X zufrieden." – the copula of stance with its reflexive right after a
// quotation names the quotation's speaker, not the person quoted or named before. Sentences
// written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('"„…“, zeigte sich X …" after a quotation', () => {
  it('gives the quotation to X', () => {
    const list = de('Der Schiedsrichter Paul Weber pfiff pünktlich ab. „Wir brauchen nur noch ein Unentschieden“, zeigte sich Trainer Milo Rakic nach dem Spiel zufrieden.');
    expect(claimWith(list, 'Unentschieden')).toMatchObject({ kind: 'quote', claimant: 'Milo Rakic' });
  });

  it('reads a name with its apposition the same way', () => {
    const list = de('Der Schiedsrichter Paul Weber pfiff pünktlich ab. „Das war ein Krimi“, zeigte sich Milo Rakic, der Trainer der Gäste, erleichtert.');
    expect(claimWith(list, 'Krimi')).toMatchObject({ kind: 'quote', claimant: 'Milo Rakic' });
  });
});
