// English attribution, session 25 (issue #20): a role or a body described by an "of"/"for" phrase in lower
// case before its verb of saying ("The new head of the city hospital says …"). The phrase reader stops at a
// lower-case tail, so such subjects were left unread and the sentence counted as the article's own voice.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a role described by an "of" phrase before its verb of saying', () => {
  it('reads "The new head of the city hospital says …" with the phrase in the description', () => {
    const list = claims('Ruth Moss toured the ward on Monday. The new head of the city hospital says the waiting lists will be her first task.', 'en');
    expect(claimWith(list, 'waiting lists')).toMatchObject({ kind: 'reported', claimant: 'new head of the city hospital' });
  });

  it('reads "one of the largest …", a perfect and a progressive after the phrase', () => {
    const bank = claims('The director of one of the largest lenders said mortgage rates would rise again in spring.', 'en');
    expect(claimWith(bank, 'mortgage rates')).toMatchObject({ kind: 'reported', claimant: 'director of one of the largest lenders' });
    const council = claims('The chairman of the parish council has warned that the ford is unsafe after heavy rain.', 'en');
    expect(claimWith(council, 'ford is unsafe')).toMatchObject({ kind: 'reported', claimant: 'chairman of the parish council' });
    const party = claims('The leader of the small opposition party is predicting a defeat for the mayor in May.', 'en');
    expect(claimWith(party, 'defeat for the mayor')).toMatchObject({ kind: 'reported', claimant: 'leader of the small opposition party' });
  });

  it('reads an owner in the phrase ("The boss of Greyhill’s depots says", "The boss of Greyhill’s said")', () => {
    const depots = claims('The boss of Greyhill’s depots says the drivers will get a new offer.', 'en');
    expect(claimWith(depots, 'new offer')).toMatchObject({ kind: 'reported', claimant: 'boss of Greyhill’s depots' });
    const shop = claims('The boss of Greyhill’s said bread prices would fall before winter.', 'en');
    expect(claimWith(shop, 'bread prices')).toMatchObject({ kind: 'reported', claimant: 'boss of Greyhill’s' });
  });

  it('leaves a noun that is no role or body, and a verb that is no speech, as they were', () => {
    const price = claims('The price of heating oil rose sharply in the cold week after the storm.', 'en');
    expect(claimWith(price, 'heating oil').claimant).toBeNull();
    const visit = claims('The head of the city hospital visited the new ward with two nurses.', 'en');
    expect(claimWith(visit, 'new ward').claimant).toBeNull();
    const plans = claims('The boss of Greyhill’s plans were said by many drivers to be unfair to them.', 'en');
    expect(claimWith(plans, 'unfair to them').claimant).not.toBe('boss of Greyhill’s');
  });
});
