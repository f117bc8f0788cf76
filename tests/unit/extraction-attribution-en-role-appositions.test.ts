// English attribution, session 21 (issue #20): a role written in capitals with the person's name
// in apposition ("Harbor Foods' Chief Operating Officer, Nina Patel, noted …") was read as the
// name "Operating Officer"; the person in the apposition is the speaker, the capitals her role.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a capitalised role with the name in apposition', () => {
  it('gives the sentence to the name after the role', () => {
    const list = claims('Grocery prices rose again in March.\n\nHarbor Foods’ Chief Operating Officer, Nina Patel, noted a rise in coupon use as shoppers look for cheaper brands.', 'en');
    expect(claimWith(list, 'rise in coupon use')).toMatchObject({ kind: 'reported', claimant: 'Nina Patel' });
  });

  it('leaves a body named before an apposition as the speaker', () => {
    const list = claims('The union met on Friday.\n\nAcme Freight, the largest employer in the port, said that the offer was final.', 'en');
    expect(claimWith(list, 'offer was final').claimant).toBe('Acme Freight');
  });
});
