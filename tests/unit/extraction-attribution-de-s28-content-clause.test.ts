// German attribution, class "the subject of a content clause has a prepositional attribute"
// (issue #10, session 28). A content clause in the Konjunktiv after a verb or noun of stance is
// known by its finite verb right after its subject ("…, die Steuer sei zu hoch"); a subject with a
// prepositional phrase of its own ("die Politik in der Stadt", "der Lärm an der Straße") puts the
// verb further on, and the clause read as none, so the stance before it had no content and no
// speaker. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a Konjunktiv content clause whose subject has a prepositional attribute', () => {
  it('reads a share of those asked as the speaker', () => {
    const list = de('18 Prozent teilen die Meinung, die Verkehrspolitik in der Stadt sei gescheitert.');
    expect(claimWith(list, 'Verkehrspolitik').claimant).toBe('18 Prozent');
  });

  it('passes two prepositional phrases', () => {
    const list = de('40 Prozent der Befragten teilen die Ansicht, der Lärm an der Straße in der Nacht sei unerträglich.');
    expect(claimWith(list, 'Lärm').claimant).toBe('40 Prozent der Befragten');
  });

  it('does not take a prepositional phrase with no verb in the Konjunktiv after it', () => {
    const list = de('25 Prozent teilen die Meinung, die Verkehrspolitik in der Stadt ist gescheitert.');
    expect(claimWith(list, 'Verkehrspolitik').claimant).toBeNull();
  });
});
