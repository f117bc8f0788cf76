// German attribution, backward reference (issue #10, session 21). "Das berichtet X." gives X to
// the sentence before it; when the sentences before that are reported speech by their form alone
// ("Angeblich plant …", "Es sollen …") with no speaker of their own, X is their source too. A
// sentence with a speaker or a plain statement ends the run, so no named speaker is replaced.
// "Dies wurde von einem Sprecher … angegeben": the agent after "von" stands in the dative.
// Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a source named after a run of reported sentences', () => {
  it('gives the source to every sentence of the run', () => {
    const list = de('Angeblich plant der Konzern den Verkauf seiner Werft. Es sollen sogar schon Käufer gefunden sein. Das berichtet die Hafenzeitung in ihrer heutigen Ausgabe.');
    expect(claimWith(list, 'Werft')).toMatchObject({ kind: 'reported', claimant: 'Hafenzeitung' });
    expect(claimWith(list, 'Käufer')).toMatchObject({ kind: 'reported', claimant: 'Hafenzeitung' });
  });

  it('stops at a sentence with a speaker of its own', () => {
    const list = de('Die Sprecherin Lena Voss sagte, die Werft werde verkauft. Es sollen sogar schon Käufer gefunden sein. Das berichtet die Hafenzeitung.');
    expect(claimWith(list, 'Werft')).toMatchObject({ kind: 'reported', claimant: 'Lena Voss' });
    expect(claimWith(list, 'Käufer')).toMatchObject({ kind: 'reported', claimant: 'Hafenzeitung' });
  });

  it('stops at a statement', () => {
    const list = de('Die Werft liegt am Fluss. Angeblich plant der Konzern ihren Verkauf. Das berichtet die Hafenzeitung.');
    expect(claimWith(list, 'Fluss')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'Verkauf')).toMatchObject({ kind: 'reported', claimant: 'Hafenzeitung' });
  });

  it('reads the agent of a passive in the dative', () => {
    const list = de('Die Fähre fällt bis Montag aus. Dies wurde von einem Sprecher der Reederei angegeben.');
    expect(claimWith(list, 'Fähre')).toMatchObject({ kind: 'reported', claimant: 'Sprecher der Reederei' });
  });
});
