// extraction's articleFullNames: the people an article's text names in full, whoever speaks (the
// claimant grouper asks it for a bare surname its claims do not name in full).
import { describe, expect, it } from 'vitest';
import { articleFullNames } from '../../src/main/core/extraction';

describe('articleFullNames', () => {
  it('lists the names of two words or more, in order, speakers or not', () => {
    const text = 'Park ranger Owen Whitcombe led the crews. The fire was reported by Ilse Marrow on Monday.\n\nWhitcombe said it was contained.';
    expect(articleFullNames(text, 'en')).toEqual(['Owen Whitcombe', 'Ilse Marrow']);
  });

  it('reads German text and names after a role', () => {
    expect(articleFullNames('Die Bürgermeisterin Halva Brennvik sagte am Montag, die Brücke werde repariert. Brennvik betonte, das koste wenig.', 'de')).toContain('Halva Brennvik');
  });

  it('gives nothing for an empty text or one without names', () => {
    expect(articleFullNames('', 'en')).toEqual([]);
    expect(articleFullNames('the river rose again overnight.', 'en')).toEqual([]);
  });
});
