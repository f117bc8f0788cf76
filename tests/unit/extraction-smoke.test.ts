import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/main/core/extraction';

describe('extractClaims', () => {
  it('returns no claims for whitespace', () => {
    expect(extractClaims('  \n\t ').claims).toEqual([]);
  });
});
