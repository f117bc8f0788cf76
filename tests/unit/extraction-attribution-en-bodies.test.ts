// English attribution, session 18 (issue #20): a body in lower case that the article named in full.
// "…, police said." after "the Harbour City Police Department" is that department; "the
// commission said" is the body named with "Commission" in it unless another body spoke right
// before. A name ending in a role ("… Police Chief") is a person's title, no body. Sentences and
// names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a body in lower case named in full before', () => {
  it('gives "police said" to the police body the article named', () => {
    const list = claims([
      'A former Elm Falls Police Chief was arrested in Port Wade on Friday, according to Port Wade Police and jail records.',
      'The man changed his story multiple times, police said.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'changed his story')).toMatchObject({ kind: 'reported', claimant: 'Port Wade Police' });
  });

  it('keeps "police" as written when no police body was named', () => {
    const list = claims('The man changed his story multiple times, police said.', 'en');
    expect(claimWith(list, 'changed his story').claimant).toBe('police');
  });

  it('gives "the party said" to the body that spoke right before, not to another party named', () => {
    const list = claims([
      '"The government is pouring fuel on the fire," the Farmers Alliance said in a statement.',
      'The alliance accused the ruling Greenfield Party of hounding its leader.',
      'Its leader was stopped at the gate, the party said.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'stopped at the gate').claimant).toBe('Farmers Alliance');
  });
});
