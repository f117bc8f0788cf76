// German poll findings: a share of those asked as the subject of a verb of stance ("80 Prozent
// befürworteten, dass …", "37 Prozent der Befragten sind der Auffassung, dass …") (issue #10).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const opening = 'Die Umfrage lief im Mai. ';

describe('a share of respondents as the speaker', () => {
  it('reads "N Prozent" before a verb of stance and a dass clause', () => {
    const c = claimWith(de(opening + '64 Prozent befürworteten, dass die Stadt mehr Radwege baut.'), 'Radwege');
    expect(c).toMatchObject({ kind: 'reported', claimant: '64 Prozent' });
  });

  it('reads "N Prozent der Befragten sind der Auffassung, dass"', () => {
    const c = claimWith(de(opening + '41 Prozent der Befragten sind jedoch der Auffassung, dass die Busse zu teuer seien.'), 'Busse');
    expect(c).toMatchObject({ kind: 'reported', claimant: '41 Prozent der Befragten' });
  });

  it('needs a noun of stance after "sind"', () => {
    expect(claimWith(de(opening + '30 Prozent sind so verteilt, dass jeder Bezirk etwas erhält.'), 'Bezirk').claimant).toBeNull();
  });
});
