// English attribution, session 27 (issue #20): speech verbs the English lexicon lacked although they often introduce an
// attribution in annotated English political news (cue counts of PolNeAR, read from a counts table outside the project).
// Mostly forms whose siblings were already read ("praised" but not "praises", "described" but not "describes").
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

const first = (text: string) => claimWith(claims(text, 'en'), text.slice(0, 12));

describe('English attribution: cue verbs from data', () => {
  it.each([
    ['Tilda Marsh shouted that the ferry was sinking.', 'Tilda Marsh'],
    ['The ferry is sinking, Tilda Marsh shouted.', 'Tilda Marsh'],
    ['Corin Blake emailed that the vote had been moved to Friday.', 'Corin Blake'],
    ['Corin Blake felt that the vote had been rushed.', 'Corin Blake'],
    ['Investigators determined that the fire began in the kitchen.', 'Investigators'],
    ['Corin Blake requested that the hearing be held in public.', 'Corin Blake'],
    ['Opposition lawmakers agree that the budget is too tight.', 'lawmakers'],
    ['Critics ask that the rent freeze be extended.', 'Critics'],
    ['Union leaders hope that the strike will end by May.', 'Union leaders'],
  ])('reads the verb of %s as speech', (text, claimant) => {
    const claim = first(text);
    expect(claim.kind).toBe('reported');
    expect(claim.claimant).toContain(claimant);
  });

  it('reads a speech act on content: "praises the plan", "endorsed the bill", "describes X as"', () => {
    expect(first('Tilda Marsh praises the plan to widen the ring road.')).toMatchObject({ kind: 'reported', claimant: 'Tilda Marsh' });
    expect(first('Tilda Marsh endorsed the bill to cap ferry fares.')).toMatchObject({ kind: 'reported', claimant: 'Tilda Marsh' });
    expect(first('The port authority describes the terminal as the busiest in the region.').claimant).toContain('port authority');
  });

  it('reads "asking that …" and "criticizing …" after an act as the actor\'s speech', () => {
    expect(first('Corin Blake left the hearing early, asking that the vote be delayed.')).toMatchObject({ kind: 'reported', claimant: 'Corin Blake' });
    expect(first('Corin Blake left the hearing early, criticizing the ferry timetable.')).toMatchObject({ kind: 'reported', claimant: 'Corin Blake' });
    expect(first('Police are asking drivers to avoid the harbour road.')).toMatchObject({ kind: 'reported', claimant: 'Police' });
  });

  it('reads "as X put it", "hoping that …" and "has shown that …"', () => {
    expect(first('As Tilda Marsh put it, the ferry is a floating museum.')).toMatchObject({ kind: 'reported', claimant: 'Tilda Marsh' });
    expect(first('Corin Blake left the hearing early, hoping that the vote would be delayed.').claimant).toBe('Corin Blake');
    expect(first('A study by Tilda Marsh has shown that ferry fares doubled.').claimant).toBe('Tilda Marsh');
  });

  it('leaves acts without a message the article\'s own', () => {
    for (const text of [
      'Tom Roe attacked the night guard with a knife.',
      'The army attacked the border town at dawn.',
      'Residents felt the ground shake for ten seconds.',
      'The court determined the damages at 3 million dollars.',
      'Corin Blake emailed the report to colleagues.',
      'Corin Blake requested anonymity.',
      'The crowd chanted her name.',
      'Tom Roe put it in the drawer before the ferry left.',
      'Tom Roe has shown the film to the jury.',
      'Corin Blake left the hearing early, hoping to catch the ferry.',
      'Tilda Marsh left the hearing early, painting a fence on the way home.',
    ]) {
      expect(first(text).claimant, text).toBeNull();
    }
  });
});
