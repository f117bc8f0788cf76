// English attribution, session 18 (issue #20): news outlets as sources. An outlet's short name
// after its article ("the Post adds", "The Ledger also reported") is the outlet the article named
// in full, and "the newspaper says" points back to the last outlet named, not to the last body
// (an agency, a company) the article named. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

const ARTICLE = [
  'The space agency ORBITA said on Friday that it would review the launch.',
  'The reports are cited by The Fenwick Post in its Saturday editions.',
  'Engineers feared damage to the wing, ORBITA said.',
  'The Post also reported Saturday that ORBITA plans to retest some of the tiles.',
  'Engineers hope to measure the heat on the wing, the newspaper says.',
  'The agency will test the tiles in a wind tunnel, the Post adds.',
].join('\n\n');

describe('English attribution: news outlets by short name and by "the newspaper"', () => {
  it('reads "the Post" as the outlet named in full, not as a post', () => {
    const list = claims(ARTICLE, 'en');
    expect(claimWith(list, 'The Post also reported')).toMatchObject({ kind: 'reported', claimant: 'Fenwick Post' });
    expect(claimWith(list, 'the Post adds')).toMatchObject({ kind: 'reported', claimant: 'Fenwick Post' });
  });

  it('gives "the newspaper says" to the outlet, not to the agency that spoke last', () => {
    const list = claims(ARTICLE, 'en');
    expect(claimWith(list, 'the newspaper says')).toMatchObject({ kind: 'reported', claimant: 'Fenwick Post' });
  });

  it('keeps a body word after the article for the last body ("the agency")', () => {
    const list = claims('Orbita Space Agency said the tiles were safe.\n\nThe launch went ahead, the agency said.', 'en');
    expect(claimWith(list, 'The launch went ahead').claimant).toBe('Orbita Space Agency');
  });

  it('leaves a post that is a post alone ("a post on X said")', () => {
    const list = claims('Tom Hale wrote a long thread on Monday.\n\nThe post said that the bridge would close.', 'en');
    expect(claimWith(list, 'The post said').claimant).toBe('Tom Hale');
  });
});
