// English attribution, session 24 (issue #20): what was said, found after the verb when it has no
// "that": a bare plural subject ("announced fares would rise"), a time with a date in parentheses
// before it, a speech participle after a subordinator ("while admitting its …"), and a verb that
// needs its message closing a sentence after a quotation ("…,” the Gazette agreed a week later).
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: content clauses without "that"', () => {
  it('reads a bare plural subject with its auxiliary as what was announced', () => {
    const list = claims('Marlow Ferries announced fares would rise by a fifth in the spring.', 'en');
    expect(claimWith(list, 'fares would rise')).toMatchObject({ kind: 'reported', claimant: 'Marlow Ferries' });
  });

  it('steps over a time and its date in parentheses before the content', () => {
    const list = claims('Marlow Ferries announced on Monday (March 3) crews would be balloted on the offer.', 'en');
    expect(claimWith(list, 'crews would be balloted')).toMatchObject({ kind: 'reported', claimant: 'Marlow Ferries' });
  });

  // Session 26 convention: "announced <thing>" is reported speech, the actor's; a plain act stays a statement.
  it('reads an announcement with no content clause as reported, a plain act as a statement', () => {
    const list = claims('Marlow Ferries announced on Monday new routes to the islands. Marlow Ferries launched on Monday new routes to the coast.', 'en');
    expect(claimWith(list, 'the islands')).toMatchObject({ kind: 'reported', claimant: 'Marlow Ferries' });
    expect(claimWith(list, 'the coast')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('reads a speech participle after "while" or a comma with a content clause without "that"', () => {
    const list = claims([
      'Greta Lindqvist backed the merger, while admitting the timetable had slipped by a year.',
      'Osman Kaya left the hearing early, noting the committee was split down the middle.',
      'Osman Kaya toured the depot, meeting the drivers who had been laid off.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'timetable had slipped')).toMatchObject({ kind: 'reported', claimant: 'Greta Lindqvist' });
    expect(claimWith(list, 'committee was split')).toMatchObject({ kind: 'reported', claimant: 'Osman Kaya' });
    expect(claimWith(list, 'toured the depot')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('gives a quotation to the paper that "agreed a week later" after it, not to the last speaker', () => {
    const list = claims([
      '“The harbour has never been busier,” said Ines Duarte, the harbour master.',
      '“Rents on the quay are rising faster than anywhere in the county,” the Westcombe Gazette agreed a week later.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'Rents on the quay')).toMatchObject({ kind: 'quote' });
    expect(claimWith(list, 'Rents on the quay')?.claimant).toMatch(/Westcombe Gazette/);
  });
});
