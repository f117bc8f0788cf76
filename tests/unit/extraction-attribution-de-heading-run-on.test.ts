// German: a heading without a full stop runs into the next sentence ("Engagement Deutschlands
// Bereits im Dezember hatte …"); the heading is no speaker and a capitalised adverb no surname
// (issue #10). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a heading run into the sentence after it', () => {
  it('gives a colon introduction to the speaker after the verb, not to the heading', () => {
    const c = claimWith(de('Die Bewerbung läuft. Rolle der Stadt Bereits im Mai hatte Bürgermeisterin Eva Lorenz in einer Rede verkündet: „Wir wollen die Spiele.“'), 'Spiele');
    expect(c).toMatchObject({ kind: 'quote', claimant: 'Eva Lorenz' });
  });

  it('still reads a surname that is a word ("Anna Kurz sagte …")', () => {
    const c = claimWith(de('Die Bewerbung läuft. Anna Kurz sagte, sie sei zufrieden.'), 'zufrieden');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Anna Kurz' });
  });
});
