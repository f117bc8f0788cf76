// German attribution, class "speaker described by an extended attribute" (issue #10, session
// 18): a prepositional phrase between the article and the participle or adjective before the
// noun ("der für die Region zuständige Koordinator", "die seit Jahren amtierende Ministerin")
// belongs to the noun phrase, so the phrase is still the subject of the verb of saying and a name
// in apposition after it names the speaker. Sentences written for these tests (none is taken from
// a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('an extended attribute inside the speaker phrase', () => {
  it('reads the inverted subject with its apposition, not the body named before', () => {
    const list = de([
      'Das Rote Kreuz verteilte am Montag Decken und Wasser.',
      'So sagte der für die Küstenregion zuständige Leiter des Zivilschutzes, Omar Haddad, gegenüber dem Rundfunk, dass nur zwölf Boote im Einsatz seien.',
    ].join(' '));
    expect(claimWith(list, 'zwölf Boote')).toMatchObject({ kind: 'reported', claimant: 'Omar Haddad' });
  });

  it('reads a described subject before its verb', () => {
    const list = de('Der für die Finanzen zuständige Stadtrat erklärte, die Stadt habe keine Rücklagen mehr.');
    expect(claimWith(list, 'Rücklagen').kind).toBe('reported');
    expect(claimWith(list, 'Rücklagen').claimant).toContain('Stadtrat');
  });
});
