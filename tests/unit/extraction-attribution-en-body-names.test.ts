// English attribution, session 20 (issue #20): a body named by a run of capitalised words closed
// by a body noun keeps its whole name, though a role word stands in it ("The Harbour Workers
// Union said" was the claimant "Union": "Workers" read as a role before a name). A role before a
// person's name is still a role. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a body named in full', () => {
  it('keeps a union named with a role word inside', () => {
    const list = claims('The Harbour Workers Union said the strike at the Eastport docks would go ahead next week.', 'en');
    expect(claimWith(list, 'Eastport docks')).toMatchObject({ kind: 'reported', claimant: 'Harbour Workers Union' });
  });

  it('keeps an association of a trade', () => {
    const list = claims('The Rural Nurses Association said that pay in the valley clinics had fallen for three years.', 'en');
    expect(claimWith(list, 'valley clinics').claimant).toBe('Rural Nurses Association');
  });

  it('still reads a role before a person as a role', () => {
    const list = claims('Union organiser Peter Vance said the strike at the Eastport docks would go ahead next week.', 'en');
    expect(claimWith(list, 'Eastport docks').claimant).toBe('Peter Vance');
  });
});
