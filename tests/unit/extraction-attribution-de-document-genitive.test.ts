// German attribution, class "no claimant: a document with its genitive" (issue #10, session 19).
// A noun of a document or finding ("Ergebnis", "Bericht", "Studie") heads a phrase whose genitive
// names whose it is ("das Ergebnis einer Studie der Stiftung X"); the head in -nis read as an
// abstract noun, so the phrase was no speaker and "…, so das Ergebnis …" named nobody. Such a
// phrase speaks as a document does. Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a document with its genitive is a source', () => {
  it('names the finding of a study after "so"', () => {
    const list = de('Die Preise sind gestiegen. Zwei Drittel der Tarife sind zu teuer, so das Ergebnis einer Studie der Stiftung Verbraucherschutz.');
    const claim = claimWith(list, 'Tarife');
    expect(claim.kind).toBe('reported');
    expect(claim.claimant).toContain('Stiftung Verbraucherschutz');
  });
});
