// German attribution, class "a source in the genitive named as written" (issue #10, session 22):
// "Nach Angaben des Landesrechnungshofs …" gave the claimant "Landesrechnungshofs". A phrase that
// opens with a genitive article ("des", "eines") and speaks on its own names its head noun in the
// nominative, by the form of its ending (-s, -es, -sses, -nisses); a genitive inside a longer
// phrase stays as German writes it ("Sprecher des Bauamts"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a source in the genitive is named in the nominative', () => {
  it('reads "nach Angaben des …" in -s and -es', () => {
    expect(claimWith(de('Nach Angaben des Landesrechnungshofs wurden beim Bau der Schleuse vier Millionen Euro verschwendet.'), 'Schleuse').claimant).toBe('Landesrechnungshof');
    expect(claimWith(de('Nach Angaben des Deichverbandes ist der Damm an drei Stellen gebrochen.'), 'Damm').claimant).toBe('Deichverband');
  });

  it('reads "laut eines …" and a noun in -sses', () => {
    expect(claimWith(de('Laut eines Gutachterausschusses sind die Mieten im Viertel stark gestiegen.'), 'Mieten').claimant).toBe('Gutachterausschuss');
  });

  it('keeps a name in apposition and adjectives before the head as they are', () => {
    expect(claimWith(de('Nach Angaben des Vereins Nordlicht wurden zwölf Familien abgeschoben.'), 'Familien').claimant).toBe('Verein Nordlicht');
  });

  it('keeps the genitive inside a longer phrase', () => {
    expect(claimWith(de('Die Baustelle ruhe bis zum Frühjahr, so ein Sprecher des Bauamts.'), 'Baustelle').claimant).toBe('Sprecher des Bauamts');
  });
});
