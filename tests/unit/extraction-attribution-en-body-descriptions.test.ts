// English attribution, session 20 (issue #20): a body described instead of named is the body the
// article named in full ("the regulator" after "the Harbour Conduct Authority fined …", "the body",
// "the newspaper"), and a role whose tail names its body in lower case ("a spokesperson for the
// airline") takes the body the article named by that word. Descriptions stayed as written
// ("regulator", "body"). Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: bodies described, not named', () => {
  it('gives "the regulator" the body named in full before', () => {
    const list = claims('Tamsin Bank was fined four million pounds by the Harbour Conduct Authority on Tuesday.\n\nThe regulator said the bank had known for two years that the figure was wrong.', 'en');
    expect(claimWith(list, 'figure was wrong')).toMatchObject({ kind: 'reported', claimant: 'Harbour Conduct Authority' });
  });

  it('gives "the body" the association named before', () => {
    const list = claims('The National Association of Boat Builders has 4,000 members.\n\nIn its spring survey, the body said that orders had fallen by a third since March.', 'en');
    expect(claimWith(list, 'orders had fallen').claimant).toBe('National Association of Boat Builders');
  });

  it('gives "the newspaper" the outlet named before', () => {
    const list = claims('The Eastport Gazette counted the empty shops on the high street this week.\n\nThe newspaper added that rents on the street had doubled since 2019.', 'en');
    expect(claimWith(list, 'rents on the street').claimant).toBe('Eastport Gazette');
  });

  it('names the body in a spokesperson\'s tail, and the spokesperson again later', () => {
    const list = claims('Kestrel Airlines cancelled 300 flights on Sunday.\n\nA spokesperson for the airline said the storm was to blame for most of the delays. “We are sorry for the disruption to our passengers,” the spokesperson said.', 'en');
    expect(claimWith(list, 'storm was to blame').claimant).toBe('spokesperson for Kestrel Airlines');
    expect(claimWith(list, 'sorry for the disruption').claimant).toBe('spokesperson for Kestrel Airlines');
  });

  it('leaves a description alone when the article names no such body', () => {
    const list = claims('Rents rose again in the spring.\n\nThe regulator said landlords had to publish their fees.', 'en');
    expect(claimWith(list, 'publish their fees').claimant).toBe('regulator');
  });
});
