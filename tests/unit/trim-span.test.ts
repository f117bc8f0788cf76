// trimSpan: a selection's span without white space at its ends, as the server trims "Add as claim".
import { describe, expect, it } from 'vitest';
import { trimSpan } from '../../src/renderer/src/lib/segments';

describe('trimSpan', () => {
  const text = 'First line.\n\n  The mayor said so. \n\nLast.';
  it('drops a paragraph break and spaces at either end, and nothing inside', () => {
    const start = text.indexOf('\n\n');
    const end = text.indexOf('Last');
    expect(trimSpan(text, { start, end })).toEqual({ start: text.indexOf('The'), end: text.indexOf('so.') + 3 });
    expect(trimSpan(text, { start: 0, end: text.length })).toEqual({ start: 0, end: text.length });
  });
  it('leaves a span that starts and ends on text as it is, and gives null for white space only', () => {
    expect(trimSpan(text, { start: 0, end: 5 })).toEqual({ start: 0, end: 5 });
    expect(trimSpan(text, { start: 0, end: 6 })).toEqual({ start: 0, end: 5 });
    expect(trimSpan(text, { start: 11, end: 15 })).toBeNull();
  });
});
