// The shortcuts taken for speed (session 12) answer exactly as the slower code they replace.
// Every example is written for this file.
import { describe, expect, it } from 'vitest';
import { adjectiveEnding } from '../../src/main/core/extraction/wordinfo';
import { claimWith, claims, none } from '../helpers/extraction';

describe('fast paths of extraction', () => {
  it('reads the German inflection endings as /(?:e|en|er|es|em)$/u does', () => {
    const words = ['', 'e', 'n', 'en', 'em', 'es', 'er', 'et', 'große', 'großen', 'großem', 'großes', 'großer', 'groß',
      'Ende', 'Stern', 'Hans', 'modern', 'denen', 'ehem', 'E', 'EN', 'kleinEN', 'café', 'neuē', 'ne'];
    for (const w of words) expect(adjectiveEnding(w), w).toBe(/(?:e|en|er|es|em)$/u.test(w));
  });

  it('still passes over a time stamp line and keeps a short line that only opens like one', () => {
    const text = 'Updated March 12, 2025, 6:40 p.m.\n\nUpdated figures show that the county paid $40 million for the new bridge.\n\n' +
      'Stand: 12.03.2025, 18:40 Uhr';
    const list = claims(text, 'en');
    none(list, 'Updated March');
    none(list, 'Stand:');
    expect(claimWith(list, '$40 million').text).toBe('Updated figures show that the county paid $40 million for the new bridge.');
  });

  it('gives every turn of a label that comes back its speaker, and a pronoun read in one turn does not carry over to the next', () => {
    const turn = (n: number): string => `Ann Roe (0${n}:00):\nThe county spent ${n}0 million dollars on roads in 2023.`;
    const text = [turn(1), 'Bob Lee (01:30):\nShe said the state paid 5 million dollars of it.', turn(2), turn(3), 'Bob Lee (03:30):\nWe paid 7 million dollars for the bridge in 2022.'].join('\n\n');
    const list = claims(text, 'en');
    for (const n of [1, 2, 3]) expect(claimWith(list, `${n}0 million`)).toMatchObject({ kind: 'quote', claimant: 'Ann Roe' });
    expect(claimWith(list, '5 million')).toMatchObject({ claimant: 'Bob Lee' });
    expect(claimWith(list, '7 million')).toMatchObject({ kind: 'quote', claimant: 'Bob Lee' });
    // The same text read again gives the same claims (the turns' mentions are copies, not shared).
    expect(claims(text, 'en')).toEqual(list);
  });
  it('answers the same for texts read one after another in either language (shared segmenters, the memo of clauses with no speaker)', () => {
    const de = 'Die Stadt plant neue Radwege. Der Bürgermeister Jan Holt sagte am Montag, die Arbeiten kosteten 3 Millionen Euro. ' +
      'Im Sommer sollen die ersten Strecken fertig sein.\n\nDas bestätigte der Sprecher der Stadt.';
    const en = 'The county opened two new bridges. Mayor Ann Roe said on Monday that the work cost $3 million. ' +
      'Traffic on the old road fell by a third, officials said.';
    const first = [claims(de, 'de'), claims(en, 'en')];
    // Interleaved and repeated: nothing one text leaves behind changes what the next one gets.
    for (let i = 0; i < 3; i++) {
      expect(claims(en, 'en')).toEqual(first[1]);
      expect(claims(de, 'de')).toEqual(first[0]);
    }
    expect(claimWith(first[0]!, '3 Millionen')).toMatchObject({ kind: 'reported', claimant: 'Jan Holt' });
    expect(claimWith(first[1]!, '$3 million')).toMatchObject({ kind: 'reported', claimant: 'Ann Roe' });
  });
});
