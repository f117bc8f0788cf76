// English attribution, session 19 (issue #20): a description after an owner's possessive with
// modifiers before its head ("Ruritania's main opposition coalition said", "Britain's biggest
// union said") is the speaker, as "Ruritania's government said" was. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: an owned description with modifiers', () => {
  it('reads two modifiers and a body noun after the possessive', () => {
    const list = claims('The vote was held in June.\n\nRuritania’s main opposition coalition on Monday said it had not been allowed to meet the envoys.', 'en');
    expect(claimWith(list, 'not been allowed')).toMatchObject({ kind: 'reported', claimant: 'Ruritania’s main opposition coalition' });
  });

  it('reads one modifier and a body noun after the possessive', () => {
    const list = claims('The talks failed in May.\n\nElbonia’s biggest union said its members would strike for three days.', 'en');
    expect(claimWith(list, 'would strike')).toMatchObject({ kind: 'reported', claimant: 'Elbonia’s biggest union' });
  });

  it('leaves a possessive before a thing that does no speaking alone', () => {
    const list = claims('The talks failed in May.\n\nElbonia’s new tariffs hit exports of grain hard in the spring.', 'en');
    expect(claimWith(list, 'hit exports')).toMatchObject({ kind: 'statement', claimant: null });
  });
});
