// stepCharacter: the span nudges' step over one character as a reader sees it.
import { describe, expect, it } from 'vitest';
import { stepCharacter } from '../../src/renderer/src/lib/characters';

describe('stepCharacter', () => {
  it('steps over a letter, an emoji, a flag and a letter with combining accents', () => {
    const text = 'ab🚢🇩🇪e\u0301\u0323z';
    expect(stepCharacter(text, 0, 1)).toBe(1);
    expect(stepCharacter(text, 2, 1)).toBe(4);
    expect(stepCharacter(text, 4, 1)).toBe(8);
    expect(stepCharacter(text, 8, 1)).toBe(11);
    expect(stepCharacter(text, 11, -1)).toBe(8);
    expect(stepCharacter(text, 8, -1)).toBe(4);
    expect(stepCharacter(text, 4, -1)).toBe(2);
    expect(stepCharacter(text, 5, 0)).toBe(5);
  });

  it('answers an offset outside the text past either end, as a step of one unit did', () => {
    expect(stepCharacter('ab', 0, -1)).toBe(-1);
    expect(stepCharacter('ab', 2, 1)).toBe(3);
    expect(stepCharacter('🚢', 2, 1)).toBe(3);
  });

  it('never lands between the halves of a surrogate pair, also inside a character longer than its window', () => {
    const zalgo = `x${'\u0301'.repeat(200)}🚢${'y'.repeat(10)}`;
    for (let offset = 0; offset <= zalgo.length; offset++) {
      for (const dir of [1, -1]) {
        const next = stepCharacter(zalgo, offset, dir);
        if (next <= 0 || next >= zalgo.length) continue;
        const low = zalgo.charCodeAt(next);
        expect(low >= 0xdc00 && low <= 0xdfff, `from ${offset} by ${dir}: ${next}`).toBe(false);
      }
    }
  });
});
