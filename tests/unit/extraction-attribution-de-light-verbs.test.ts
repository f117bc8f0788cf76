// German light-verb phrases of saying and stance (issue #10): a noun of stance with a light verb
// ("legte Wert darauf", "brachte die Sorge zum Ausdruck", "nahm Stellung", "ist der Ansicht",
// "spricht davon") before a content clause. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const opening = 'Die Sitzung begann am Morgen. ';

describe('a light verb whose stem is also a particle verb', () => {
  it('reads "machte zur Bedingung, dass" and "legten Wert darauf, dass" as said by their subject', () => {
    const list = de(opening + 'Lena Vogt machte außerdem zur Bedingung, dass die Streiks enden. Beide Verbände legten aber Wert darauf, dass auch andere Städte zahlen.');
    expect(claimWith(list, 'Streiks')).toMatchObject({ kind: 'reported', claimant: 'Lena Vogt' });
    expect(claimWith(list, 'Städte')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Verbände/) });
  });

  it('reads "brachten ihre Sorge zum Ausdruck, dass" with a genitive after the subject', () => {
    const c = claimWith(de(opening + 'Abgeordnete der Opposition brachten ihre Sorge zum Ausdruck, dass der Haushalt scheitern werde.'), 'Haushalt');
    expect(c).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Abgeordnete/) });
  });

  it('reads "nahm Stellung:" before a clause in the Konjunktiv', () => {
    const c = claimWith(de(opening + 'Der Mieterbund nahm am Montag Stellung: Die Vorwürfe seien haltlos.'), 'Vorwürfe');
    expect(c).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Mieterbund/) });
  });

  it('reads "ist der Ansicht, dass" but not a copula without a noun of stance', () => {
    const list = de(opening + 'Die Anlegervereinigung ist der Ansicht, dass die Regel den Aktionären schade. Das Ziel ist klar, dass alle mitmachen.');
    expect(claimWith(list, 'Aktionären')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Anlegervereinigung/) });
    expect(claimWith(list, 'mitmachen').claimant).toBeNull();
  });

  it('reads "spricht davon, dass" as a verb of saying that needs its content', () => {
    const list = de(opening + 'Clara Nowak spricht davon, dass die Gewalt ein Problem für die Region darstelle. Clara Nowak spricht heute in Bonn.');
    expect(claimWith(list, 'Gewalt')).toMatchObject({ kind: 'reported', claimant: 'Clara Nowak' });
    expect(claimWith(list, 'Bonn')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('leaves "übte Kritik an" without content to the article', () => {
    expect(claimWith(de(opening + 'Der Landesverband übte scharfe Kritik an den Plänen.'), 'Plänen').claimant).toBeNull();
  });
});
