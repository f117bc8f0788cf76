// English attribution, session 16 (issue #20): an apposition between the subject and its verb. Counted on
// the new development set (bodies and countries described between commas: 3 of 101 claimant misses).
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: an apposition between subject and verb', () => {
  it('reads a named body past its apposition, relative clause and time phrase', () => {
    const list = claims('The Halden Institute, an independent Oslo-based group that monitors elections, said late Tuesday it could not verify the count.', 'en');
    expect(claimWith(list, 'could not verify')).toMatchObject({ kind: 'reported', claimant: 'Halden Institute' });
  });

  it('reads a country past its apposition and a first verb that is no speech', () => {
    const list = claims('But Vandoria, the region’s largest grain buyer, played down the row and said it was looking for a compromise.', 'en');
    expect(claimWith(list, 'looking for a compromise')).toMatchObject({ kind: 'reported', claimant: 'Vandoria' });
  });

  it('takes the name in the apposition over a description ("the bloc’s watchdog, the Trade Council,")', () => {
    const list = claims('The bloc’s competition watchdog, the Trade Council, on Wednesday said Acme had broken the rules.', 'en');
    expect(claimWith(list, 'broken the rules')).toMatchObject({ kind: 'reported', claimant: 'Trade Council' });
  });

  it('gives no speaker when the verb after the apposition is no speech', () => {
    const list = claims('The Halden Institute, a research group in Oslo, opened a new office on Monday.', 'en');
    expect(claimWith(list, 'new office').claimant).toBeNull();
  });
});

describe('English attribution: a participle phrase between subject and verb', () => {
  it('reads "A senior official, speaking anonymously, played down …, saying …" and the official after it', () => {
    const list = claims('Prime Minister Karl Dorn met the envoys on Friday. A senior Osterian official, speaking anonymously, played down the prospects, ' +
      'saying the army was committed to an offensive. The official said the army would not stop.', 'en');
    expect(claimWith(list, 'committed to an offensive')).toMatchObject({ kind: 'reported', claimant: 'senior Osterian official' });
    expect(claimWith(list, 'would not stop')).toMatchObject({ kind: 'reported', claimant: 'senior Osterian official' });
  });
});
