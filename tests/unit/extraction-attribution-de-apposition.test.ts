// German attribution, class "no claimant: an apposition between subject and verb" (issue #10,
// session 18): "Die Regierungsparteien in Polen, die Volkspartei und die Bürgerliste, hatten
// erklärt, …" – a subject with a place after it and an apposition opening with an article, then
// the finite verb. Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('an apposition with an article after a subject that is no name', () => {
  it('keeps the subject as the speaker of the verb after the apposition', () => {
    const list = de('Die Regierungsparteien in Lettland, die Volkspartei und die Bürgerliste, hatten erklärt, am Dienstag ein Verfahren einzuleiten.');
    expect(claimWith(list, 'Verfahren')).toMatchObject({ kind: 'reported', claimant: 'Regierungsparteien' });
  });

  it('reads a body in the same shape', () => {
    const list = de('Die Gewerkschaft in Lettland, die größte des Landes, hatte erklärt, dass sie im Mai streiken werde.');
    expect(claimWith(list, 'streiken')).toMatchObject({ kind: 'reported', claimant: 'Gewerkschaft' });
  });
});
