// German attribution, class "a directive is speech too" (issue #10, session 28): "anweisen"
// (instruct) reports what a body told someone to do, like "auffordern" — in the active with the
// instruction as an infinitive clause, and in the passive with its agent after "von". Without
// such a clause it is a transfer of money or land, no speech. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('anweisen as a verb of directive speech', () => {
  it('reads the agent of the passive', () => {
    const list = de('Die Anwohner wurden von den Behörden angewiesen, ihre Häuser nicht zu verlassen.');
    expect(claimWith(list, 'Anwohner').claimant).toBe('Behörden');
  });

  it('reads the subject of the split active', () => {
    const list = de('Die Gesundheitsämter wiesen die Schulen an, alle Klassenräume täglich zu lüften.');
    expect(claimWith(list, 'Klassenräume').claimant).toBe('Gesundheitsämter');
  });

  it('leaves a transfer without an instruction alone', () => {
    const list = de('Die Bank hat das Geld am Montag an die Firma angewiesen.');
    expect(claimWith(list, 'Geld').claimant).toBeNull();
  });
});

describe('a particle that is also a preposition', () => {
  it('reads the particle that closes the clause after a preposition of the same shape', () => {
    const list = de('Der Stadtrat Paul Wendt wies Zweifel an der Planung am Montag zurück.');
    expect(claimWith(list, 'Zweifel').claimant).toBe('Paul Wendt');
  });

  it('takes "an" with a phrase after it for a preposition, not for the particle of "angeben"', () => {
    const list = de('Die Ministerin gab den Banken die Schuld an der schweren Krise.');
    expect(claimWith(list, 'Schuld').claimant).toBeNull();
  });

  it('keeps a prepositional verb whose preposition is its only particle', () => {
    const list = de('Die Kammer rechnet für das nächste Jahr mit einem Plus von 3 Prozent.');
    expect(claimWith(list, 'Plus')).toMatchObject({ kind: 'reported', claimant: 'Kammer' });
  });
});
