// English attribution, session 17 (issue #20): a time between the verb and what was said ("announced earlier this
// week they would …"). A class the issue names ("said Tuesday that"); "said" already read it, verbs that need
// their content (announced, pledged, vowed) did not. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a time between a verb of announcing and its content', () => {
  it('reads "announced earlier this week they would …" and "vowed on Tuesday it will …"', () => {
    const week = claims('Halvard Health announced earlier this week they would be closing two clinics in the north.', 'en');
    expect(claimWith(week, 'closing two clinics')).toMatchObject({ kind: 'reported', claimant: 'Halvard Health' });
    const day = claims('The Trenton Group vowed on Tuesday it will appeal the ruling.', 'en');
    expect(claimWith(day, 'appeal the ruling')).toMatchObject({ kind: 'reported', claimant: 'Trenton Group' });
  });

  // Session 26 convention: an announcement of a thing is reported speech, the actor's.
  it('reads an announcement of a thing, with no clause after the time, as the actor’s', () => {
    const list = claims('Halvard Health announced on Tuesday a new clinic in the north of the city.', 'en');
    expect(claimWith(list, 'new clinic')).toMatchObject({ kind: 'reported', claimant: 'Halvard Health' });
  });
});

describe('English attribution: words of time alone opening the sentence (session 18)', () => {
  it('reads the subject after "Last week" and "Earlier this month" without a comma', () => {
    const list = claims([
      'Last week the Riverton School District said that its offer of a raise was fair.',
      'Earlier this month the Riverton Transit Union said it would strike.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'offer of a raise')).toMatchObject({ kind: 'reported', claimant: 'Riverton School District' });
    expect(claimWith(list, 'it would strike')).toMatchObject({ kind: 'reported', claimant: 'Riverton Transit Union' });
  });

  it('leaves a sentence of time with no verb of saying alone', () => {
    const list = claims('Last week the Riverton School District opened two new schools.', 'en');
    expect(claimWith(list, 'opened two new schools').claimant).toBeNull();
  });
});
