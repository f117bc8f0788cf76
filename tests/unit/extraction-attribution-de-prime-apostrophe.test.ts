// German attribution, class "a prime typed for an apostrophe" (issue #10, session 27). A title
// written with a prime (U+2032) where an apostrophe belongs ("„L′Ovale“") split into "L", "′",
// "Ovale": the newspaper of "Wie die Sportzeitung „L′Ovale“ veröffentlichte, soll X gesagt haben"
// was no phrase and the speaker fell to the man named before. The prime now joins the word as
// the apostrophe does. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';
import { tokenize } from '../../src/main/core/extraction/tokens';

const SAMPLE = 'Die Zeitung L′Ovale schrieb.';

describe('a prime inside a word', () => {
  it('keeps the word whole', () => {
    expect(tokenize(SAMPLE, 0, SAMPLE.length).map((t) => t.text)).toContain('L′Ovale');
  });

  it('reads the newspaper of the wie-clause as the source of the hearsay', () => {
    const list = claims('Stürmer Paul Roth wurde am Freitag entlassen. Wie die Sportzeitung „L′Ovale“ veröffentlichte, soll Roth zu Berti gesagt haben: „Ich gehe nicht freiwillig.“', 'de');
    expect(claimWith(list, 'Sportzeitung').claimant).toBe('Sportzeitung L′Ovale');
  });
});
