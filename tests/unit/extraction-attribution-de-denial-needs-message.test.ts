// German attribution, class "false attribution: a denial of a thing named" (issue #10, session 21).
// "Die Firma dementierte den Bericht.": "dementieren" with only a noun for its object states an act,
// as "bestätigen" does ("bestätigte den Unfall"); it reports speech only with its message (a clause,
// a quotation, a Konjunktiv) or as the source of the sentence before ("Das dementierte die Firma.").
// Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('"dementieren" needs its message', () => {
  it('makes no attribution of a denial with a noun object', () => {
    const list = de('Die Reederei dementierte den Bericht über den Verkauf ihrer Fähren. Der Hafen hat am Freitag, dem 3. Mai 2024, ebenfalls dementiert.');
    expect(claimWith(list, 'Fähren')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'Hafen')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('still reads a denial with its message', () => {
    const list = de([
      'Der Sprecher dementierte, dass es Gespräche mit dem Käufer gegeben habe.',
      'Die Ministerin dementierte: „Das ist frei erfunden.“',
    ].join(' '));
    expect(claimWith(list, 'Käufer')).toMatchObject({ kind: 'reported', claimant: 'Sprecher' });
    expect(claimWith(list, 'erfunden')).toMatchObject({ kind: 'quote', claimant: 'Ministerin' });
  });

  it('still gives the sentence before to a denial that points back to it', () => {
    const list = de('Die Werft werde noch im Sommer verkauft. Das dementierte die Reederei am Montag.');
    expect(claimWith(list, 'Sommer')).toMatchObject({ kind: 'reported', claimant: 'Reederei' });
  });
});
