// English attribution, session 25 (issue #20): a headline whose verb of saying takes "of" or "for" with what
// was said ("Coastguard warns of high tides", "Nurses call for a new pay review") names its speaker, as
// "warns that …" did. A verb with a bare object stays an act. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

const body = 'The coast road was closed on Monday. Officials said the count would take a week.';

describe('English attribution: a headline that warns of or calls for something', () => {
  it('reads "X warns of …" and "X calls for …" as X’s reported claim', () => {
    const warns = claims(`Kelvale Coastguard warns of record tides along the estuary\n\n${body}`, 'en');
    expect(claimWith(warns, 'record tides')).toMatchObject({ kind: 'reported', claimant: 'Kelvale Coastguard' });
    const call = claims(`Brenmoor Nurses Union calls for a new pay review before winter\n\n${body}`, 'en');
    expect(claimWith(call, 'pay review')).toMatchObject({ kind: 'reported', claimant: 'Brenmoor Nurses Union' });
  });

  it('leaves a headline verb with a bare object, or another preposition, as a title', () => {
    const act = claims(`Kelvale Coastguard closes coast road after storm\n\n${body}`, 'en');
    expect(act.some((c) => c.text.includes('closes coast road') && c.claimant)).toBe(false);
    const over = claims(`Kelvale Coastguard warns drivers over the coast road\n\n${body}`, 'en');
    expect(over.some((c) => c.text.includes('coast road') && c.claimant === 'Kelvale Coastguard' && c.text.startsWith('Kelvale'))).toBe(false);
  });
});
