// English attribution, session 17 (issue #20): a description whose head noun no list knows, right before a verb of
// saying ("The Saudi crown prince alleged", "The US side said"). In dev5+dev6 about a dozen sentences with such
// subjects were the article's own voice; the verb, not a noun list, says the subject speaks. Names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a description headed by any noun before a verb of saying', () => {
  it('reads "The Osterian crown prince alleged on Tuesday that …"', () => {
    const list = claims('The Osterian crown prince alleged on Tuesday that Velmar was supplying weapons to the rebels.', 'en');
    expect(claimWith(list, 'supplying weapons')).toMatchObject({ kind: 'reported', claimant: 'Osterian crown prince' });
  });

  it('reads "The US side said they …" and "the delegation insisted that …"', () => {
    const side = claims('The US side said they had raised their concerns at the highest levels.', 'en');
    expect(claimWith(side, 'raised their concerns')).toMatchObject({ kind: 'reported', claimant: 'US side' });
    const delegation = claims('On Friday the visiting delegation insisted that the talks would go on.', 'en');
    expect(claimWith(delegation, 'talks would go on')).toMatchObject({ kind: 'reported', claimant: 'visiting delegation' });
  });

  it('does not give such a description to the person named before, who holds another role', () => {
    const list = claims('Foreign Minister Adam Brell said on Monday that the missile was fired from the north. ' +
      'The crown prince alleged on Tuesday that Velmar had supplied it.', 'en');
    expect(claimWith(list, 'supplied it')).toMatchObject({ kind: 'reported', claimant: 'crown prince' });
  });

  it('leaves a noun before a verb that is no speech, and a body before "said", as they were', () => {
    const list = claims('The crown prince visited the harbour on Tuesday with his ministers.', 'en');
    expect(claimWith(list, 'visited the harbour').claimant).toBeNull();
    const body = claims('The parliament said the vote would be held in May.', 'en');
    expect(claimWith(body, 'vote would be held')).toMatchObject({ kind: 'reported', claimant: 'parliament' });
  });
});
