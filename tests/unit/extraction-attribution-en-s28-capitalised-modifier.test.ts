// English attribution, session 28: a capitalised adjective opening a sentence ("Local roads will
// close.") is no body that "the council" later points back to. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const en = (text: string) => claims(text, 'en');

describe('an adjective capitalised at the start of a sentence is no body', () => {
  it('leaves "the council" as it is after "Local roads will close."', () => {
    expect(claimWith(en('Local roads will close next week. The council expects the bridge to reopen in May.'), 'bridge').claimant).not.toBe('Local');
    expect(claimWith(en('Regional buses are running late. The council expects the timetable to settle by June.'), 'timetable').claimant).not.toBe('Regional');
  });

  it('still lets a body named by one word be what "the company" points back to', () => {
    const text = 'Kestrelco said it would cut prices. The company expects sales to rise in spring.';
    expect(claimWith(en(text), 'sales').claimant).toBe('Kestrelco');
  });
});
