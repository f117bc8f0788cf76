// English attribution, session 20 (issue #20): a sentence opened by a participle of speaking with
// its phrase ("Speaking to reporters in Brussels, X highlighted …", "Addressing the rally, X …")
// is its main clause's subject's, whatever the verb, as "In a statement, X …" is (speech-frames.ts);
// a quotation after a colon in such a sentence is the subject's too, not the last speaker's.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a participle of speaking opens the sentence', () => {
  it('gives the sentence to the subject after the participle phrase', () => {
    const list = claims('Defence ministers met in Brussels on Tuesday.\n\nSpeaking to reporters after the meeting, Ingrid Solberg highlighted the growing number of drills on the eastern border.', 'en');
    expect(claimWith(list, 'growing number of drills')).toMatchObject({ kind: 'reported', claimant: 'Ingrid Solberg' });
  });

  it('gives a quotation after a colon to the subject past an apposition, not to the last speaker', () => {
    const list = claims('Tom Reade, the chairman of the board, said the theatre would close in June.\n\nSpeaking at a lunch with journalists yesterday, Ann Everly, the council’s secretary general, would not confirm the list, but said: “I am not sure that nostalgia is the right guide for the future.”', 'en');
    expect(claimWith(list, 'nostalgia is the right guide').claimant).toBe('Ann Everly');
  });

  it('does not read a participle of speaking as a name', () => {
    const list = claims('Speaking of the floods, the storm closed the coast road for three days.', 'en');
    expect(claimWith(list, 'coast road')).toMatchObject({ kind: 'statement', claimant: null });
  });
});
