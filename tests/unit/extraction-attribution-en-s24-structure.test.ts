// English attribution, session 24 (issue #20): the structure between a speaker and its verb.
// A plural owner's possessive ("the dockers’ union said"), an affiliation to a body named in lower
// case ("a surveyor with the harbour authority said"). Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: possessives and affiliations before the verb', () => {
  it('reads a plural owner’s possessive with either apostrophe as the phrase of a body that speaks', () => {
    const list = claims([
      'It was the third day of delays at the quay.',
      'The dockers’ union said the overtime rates had not changed since 2019.',
      "The drivers' association says the night shifts are unsafe.",
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'overtime rates')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'overtime rates')?.claimant).toMatch(/union/);
    expect(claimWith(list, 'night shifts')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'night shifts')?.claimant).toMatch(/association/);
  });

  it('keeps a plural noun with an apostrophe that owns no body in the article’s voice', () => {
    const list = claims('The farmers’ fields flooded twice this spring after the river burst its banks.', 'en');
    expect(claimWith(list, 'fields flooded')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('reads "a surveyor with the harbour authority said" after the content as its speaker', () => {
    const list = claims([
      'The dredger ran aground near the harbour mouth on Sunday.',
      'Crews will try to refloat it at high tide, a senior official with the harbour authority said.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'refloat it')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'refloat it')?.claimant).toMatch(/official/);
  });
});
