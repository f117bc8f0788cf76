// German attribution, class "the speaker carried over instead of the clause's own subject" (issue #10,
// session 20). After "X sagte, …" a sentence with a Konjunktiv went on in X's voice even when it has a
// reporting clause of its own with a new subject ("Die Verbände hatten Einspruch erhoben, weil …
// habe"): that subject speaks. The clause is read by structure (reportingClauseSubject), whatever
// its verb: a "dass", infinitive or Konjunktiv clause after it, also an adverbial clause in the
// Konjunktiv ("weil …", "da …"), and "sein" as the auxiliary of a perfect ("waren davon
// ausgegangen"). A sentence with no clause of its own before the Konjunktiv still goes on in X's
// voice. Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const lead = 'Der Minister Hans Bauer sagte am Montag, die Lage sei ernst.';

describe('a new subject breaks the Konjunktiv run', () => {
  it('gives the sentence to the subject of its own clause before a reason in the Konjunktiv', () => {
    const list = de(`${lead} Die Wirtschaftsverbände hatten jedoch Einspruch dagegen erhoben, weil die Stadt einen Sonderstatus habe.`);
    expect(claimWith(list, 'Einspruch')).toMatchObject({ kind: 'reported', claimant: 'Wirtschaftsverbände' });
  });

  it('reads a perfect with "sein" and an infinitive clause as the clause of a new subject', () => {
    const list = de(`${lead} Die Soldaten waren irrtümlich davon ausgegangen, die fremden Männer seien Diebe.`);
    expect(claimWith(list, 'irrtümlich')).toMatchObject({ kind: 'reported', claimant: 'Soldaten' });
    const other = de(`${lead} Die Anwohner der Siedlung beabsichtigten, die Stadt zu verklagen, in diese Falle werde man nicht gehen.`);
    expect(claimWith(other, 'beabsichtigten').claimant).toMatch(/Anwohner/);
  });

  it('keeps the speaker before when the sentence has no clause of its own', () => {
    const list = de(`${lead} Die Regierung müsse nun handeln, weil die Zeit dränge.`);
    expect(claimWith(list, 'handeln')).toMatchObject({ kind: 'reported', claimant: 'Hans Bauer' });
  });
});
