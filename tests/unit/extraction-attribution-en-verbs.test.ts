// English attribution, session 16 (issue #20): verbs of saying and thinking beyond the common few, found by
// writing a sentence for each frequent cue of the PolNeAR cue counts. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: verbs beyond the common few', () => {
  it('reads verbs of thinking with a content clause ("think", "thinks that", "thought that")', () => {
    const list = claims('Most economists think the slump will be short. Nora Vell thinks that the council is wasting money. ' +
      'Omar Tessel thought that the levy would be dropped.', 'en');
    expect(claimWith(list, 'slump will be short')).toMatchObject({ kind: 'reported', claimant: 'Most economists' });
    expect(claimWith(list, 'wasting money')).toMatchObject({ kind: 'reported', claimant: 'Nora Vell' });
    expect(claimWith(list, 'levy would be dropped')).toMatchObject({ kind: 'reported', claimant: 'Omar Tessel' });
  });

  it('reads "estimate(s)" and "reports" before "that" as the verb, not part of the subject', () => {
    const list = claims('The relief agency estimates that 40,000 people left the valley. Officials estimate that the dam will hold. ' +
      'The weekly paper reports that the mill will shut.', 'en');
    expect(claimWith(list, '40,000 people')).toMatchObject({ kind: 'reported', claimant: 'relief agency' });
    expect(claimWith(list, 'dam will hold')).toMatchObject({ kind: 'reported', claimant: 'Officials' });
    expect(claimWith(list, 'mill will shut')?.kind).toBe('reported');
  });

  it('reads "reminded voters that", "highlighted that", "underscored that"', () => {
    const list = claims('Nora Vell reminded voters that the levy had been cut twice. Omar Tessel highlighted that exports had doubled.', 'en');
    expect(claimWith(list, 'cut twice')).toMatchObject({ kind: 'reported', claimant: 'Nora Vell' });
    expect(claimWith(list, 'exports had doubled')).toMatchObject({ kind: 'reported', claimant: 'Omar Tessel' });
  });

  it('reads "informed X that" as telling, and "was informed of" as no speech', () => {
    const list = claims('Chief executive Omar Tessel has informed the board that the site is not for sale. Nora Vell was informed of the decision on Monday.', 'en');
    expect(claimWith(list, 'not for sale')).toMatchObject({ kind: 'reported', claimant: 'Omar Tessel' });
    expect(claimWith(list, 'informed of the decision').claimant).toBeNull();
  });

  it('keeps "thought" and "reminded" without a message as acts', () => {
    const list = claims('The smell reminded Nora Vell of her childhood. Omar Tessel thought about it for a week.', 'en');
    expect(claimWith(list, 'childhood').claimant).toBeNull();
    expect(claimWith(list, 'for a week').claimant).toBeNull();
  });
});

describe('English attribution: a speech participle after an act', () => {
  it('reads the subject as speaker of "…, recalling that", "…, acknowledging that"', () => {
    const list = claims('Nora Vell wept on stage, recalling that her father had worked in the pit. ' +
      'Omar Tessel apologised on Monday, acknowledging that mistakes had been made.', 'en');
    expect(claimWith(list, 'worked in the pit')).toMatchObject({ kind: 'reported', claimant: 'Nora Vell' });
    expect(claimWith(list, 'mistakes had been made')).toMatchObject({ kind: 'reported', claimant: 'Omar Tessel' });
  });

  it('lets an addressee stand between "telling" and its message ("telling them that", "telling the crowd:")', () => {
    const list = claims('Nora Vell spoke to supporters on Sunday, telling them that the count had been rigged. ' +
      'Omar Tessel climbed onto a truck, telling the crowd: "We will be back next year."', 'en');
    expect(claimWith(list, 'count had been rigged')).toMatchObject({ kind: 'reported', claimant: 'Nora Vell' });
    expect(claimWith(list, 'back next year')).toMatchObject({ kind: 'quote', claimant: 'Omar Tessel' });
  });
});

describe('English attribution: criticism as reported speech (PolNeAR counts "criticized" 35 times as a cue)', () => {
  it('reads "criticised" and "condemned" with an object as the subject speaking', () => {
    const list = claims('Acme also criticised the tariff decision. Nora Vell condemned the council’s handling of the flood.', 'en');
    expect(claimWith(list, 'tariff decision')).toMatchObject({ kind: 'reported', claimant: 'Acme' });
    expect(claimWith(list, 'handling of the flood')).toMatchObject({ kind: 'reported', claimant: 'Nora Vell' });
  });

  it('gives a quotation after "condemned …," to the one who condemned, and "He added" after it', () => {
    const list = claims('Tom Baker won the vote on Sunday. In a statement, former minister Nora Vell condemned Baker’s reaction, "He is a sore loser." ' +
      'She added: "He cannot accept the result."', 'en');
    expect(claimWith(list, 'sore loser')).toMatchObject({ kind: 'quote', claimant: 'Nora Vell' });
    expect(claimWith(list, 'cannot accept')).toMatchObject({ kind: 'quote', claimant: 'Nora Vell' });
  });
});
