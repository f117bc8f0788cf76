// German attribution, session 27 (issue #10): documents and announcements. Sentences written for these tests.
//
// - "So wird in einer Stellungnahme des Verbands gefordert, dass …": the passive auxiliary stands
//   before the document (verb second after an adverb), so the document's owner was not read as
//   the source; "In einer Stellungnahme des Verbands wird gefordert" was.
// - "Forscher der Universität Kiel gaben diese Ergebnisse gestern bekannt": a demonstrative before a
//   noun of what was said or decided points back to it as "dies" does, so the sentence is reported.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a document in the middle field of a passive', () => {
  it('reads the owner when the auxiliary comes first', () => {
    const list = de('So wird in einer Stellungnahme des Mieterbundes gefordert, dass die Kommunen mehr Wohnungen bauen.');
    expect(claimWith(list, 'Kommunen')).toMatchObject({ claimant: 'Mieterbund', kind: 'reported' });
    const other = de('Dort wurde im Jahresbericht des Rechnungshofs festgestellt, dass die Kosten gestiegen seien.');
    expect(claimWith(other, 'Kosten').claimant).toBe('Rechnungshof');
  });

  it('reports nobody for a passive of an act', () => {
    const list = de('Gestern wurde in einem Interview mit dem Trainer über die Aufstellung gesprochen.');
    expect(claimWith(list, 'Aufstellung').claimant).toBeNull();
  });
});

describe('a demonstrative before what was announced', () => {
  it('makes the announcing sentence reported', () => {
    const list = de('Forscher der Universität Kiel gaben diese Ergebnisse gestern bekannt.');
    expect(claimWith(list, 'Ergebnisse')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Ergebnisse').claimant).toMatch(/Forscher der Universität Kiel/);
  });

  it('leaves a demonstrative before any other object alone', () => {
    expect(claimWith(de('Der Verein verkaufte diese Spieler im Sommer.'), 'Spieler').claimant).toBeNull();
  });
});
