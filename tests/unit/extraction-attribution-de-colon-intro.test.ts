// German attribution across sentences, class "colon-introduced statement" (issue #10, session
// 17): a lead-in ending in a colon whose subject is a surname alone, the person named in full
// earlier, speaks the quotation in the next paragraph. Strategy in discourse.ts
// (knownSurnameOpening). Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a lead-in with a surname named before introduces the quotation after it', () => {
  it('gives the quotation, and the sentences it runs on into, to the person named in full earlier', () => {
    const list = de([
      'Der Preis ging in diesem Jahr an die Autorin Marta Kessler.',
      'Kessler bekannte sich in ihrer Dankesrede zu einem offenen Streit der Meinungen:',
      '',
      '„Ich halte nichts davon, Konflikte zu verschweigen. Jede Debatte braucht aber Regeln.“',
    ].join('\n'));
    expect(claimWith(list, 'verschweigen')).toMatchObject({ kind: 'quote', claimant: 'Marta Kessler' });
    expect(claimWith(list, 'Regeln')).toMatchObject({ kind: 'quote', claimant: 'Marta Kessler' });
  });

  it('leaves a lone capitalised word the article never named as a person alone', () => {
    const list = de([
      'Der Preis ging in diesem Jahr an die Autorin Marta Kessler.',
      'Brüssel reagierte am Abend mit einer knappen Erklärung:',
      '',
      '„Wir prüfen den Vorgang sorgfältig und äußern uns später.“',
    ].join('\n'));
    expect(claimWith(list, 'sorgfältig').claimant).not.toBe('Marta Kessler');
  });
});
