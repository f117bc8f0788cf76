// English attribution, session 16 (issue #20): what opens a sentence before its subject. Counted on the new
// development set: a past participle read as a name ("Interviewed in his office, X added:") and a phrase
// of time without a comma ("In April 2025 X had warned that …"), among about 14 misses where something
// stood before or between subject and verb. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: openers before the subject', () => {
  it('takes no opening past participle for a name ("Interviewed in …", "Reached by …")', () => {
    const list = claims('Interviewed in his office in Vendel, Tom Baker added: "You can ask the chairman yourself." ' +
      'Reached by telephone on Friday, Nora Vell said the plant would stay shut.', 'en');
    expect(claimWith(list, 'ask the chairman')).toMatchObject({ kind: 'quote', claimant: 'Tom Baker' });
    expect(claimWith(list, 'plant would stay shut')).toMatchObject({ kind: 'reported', claimant: 'Nora Vell' });
  });

  it('reads the subject after a phrase of time without a comma ("On Monday X warned", "In April 2025 X had warned")', () => {
    expect(claimWith(claims('On Monday Acme warned that it would cut 300 jobs.', 'en'), '300 jobs')).toMatchObject({ kind: 'reported', claimant: 'Acme' });
    expect(claimWith(claims('In April 2025 the agency had said that the dam was safe.', 'en'), 'dam was safe')).toMatchObject({ kind: 'reported', claimant: 'agency' });
  });

  it('still reads a name in "-ed" before a preposition as a name ("Ahmed in a statement said")', () => {
    const list = claims('Ahmed in a statement said the quay would reopen.', 'en');
    expect(claimWith(list, 'quay would reopen')).toMatchObject({ kind: 'reported', claimant: 'Ahmed' });
  });
});
