// German attribution, class "no claimant: a quotation introduced by the wording of a statement"
// (issue #10, session 19). "Die Kernaussage von X lautete dazu: „…“", "Das Fazit des Berichts
// lautete: „…“": the subject of "lauten" is a statement or finding, not a person; its owner after
// "von" or in the genitive speaks, and a document there makes the whole phrase the source. The
// quotation (also when it runs over sentences) was given to nobody. Sentences written for these
// tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('the wording of a statement introduces its owner’s quotation', () => {
  it('gives the quotation to the owner named after "von"', () => {
    const list = de('Die Rakete stürzte nach dem Start ab. Die Kernaussage von Jens Maler, dem Chef der Firma, lautete dazu: „Wir wären sehr überrascht, wenn wir einen größeren Fehler fänden.“');
    expect(claimWith(list, 'überrascht')).toMatchObject({ kind: 'quote', claimant: 'Jens Maler' });
  });

  it('gives a quotation over two sentences to the document whose finding it is', () => {
    const list = de('Die Wahl ist vorbei. Das Fazit des Berichts lautete: „Die Wahl war im Ganzen frei und fair. Die Behörden haben sich darum bemüht, alle Regeln einzuhalten.“ Der Streit geht weiter.');
    expect(claimWith(list, 'frei und fair').claimant).toBe('Fazit des Berichts');
    expect(claimWith(list, 'Regeln').claimant).toBe('Fazit des Berichts');
  });
});
