// German attribution, session 28: sources left unnamed ("Quellen zufolge"), then a named one in the
// same sentence ("laut „Kestrel Kurier“"): the named one is cited. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a named source after unnamed ones', () => {
  it('takes the medium named in quotation marks after "Quellen zufolge"', () => {
    expect(claimWith(de('Nicht näher genannten Quellen zufolge handelt es sich laut „Kestrel Kurier“ bei den Tätern um Jugendliche.'), 'Tätern')).toMatchObject({ claimant: 'Kestrel Kurier', kind: 'reported' });
  });

  it('keeps the first source when it has a name of its own', () => {
    expect(claimWith(de('Der Polizei zufolge handelt es sich laut „Kestrel Kurier“ bei den Tätern um Jugendliche.'), 'Tätern').claimant).toBe('Polizei');
  });
});
