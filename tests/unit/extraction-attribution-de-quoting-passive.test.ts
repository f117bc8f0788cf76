// German "…, wird X zitiert." closing a sentence: the one quoted is the claimant (issue #10).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const opening = 'Die Messe öffnete am Montag. ';

describe('a passive of quoting that closes the sentence', () => {
  it('gives the sentence to the name after the auxiliary, past an apposition', () => {
    const c = claimWith(de(opening + 'Das sei ein großer Schritt für die Branche, wird Lea Fischer, Leiterin des Verbands, zitiert.'), 'Schritt');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Lea Fischer' });
  });

  it('reads a role after the auxiliary', () => {
    const c = claimWith(de(opening + 'Die Zahlen seien enttäuschend, wurde der Sprecher der Messe zitiert.'), 'Zahlen');
    expect(c).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Sprecher/) });
  });

  it('needs a comma before the auxiliary', () => {
    const c = claimWith(de(opening + 'Die Studie von Lea Fischer wird in vielen Fachzeitschriften zitiert.'), 'Fachzeitschriften');
    expect(c.claimant).not.toBe('Lea Fischer');
  });
});
