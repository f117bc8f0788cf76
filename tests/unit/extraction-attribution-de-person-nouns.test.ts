// German subjects named by what people do ("Die Gutachter", "Die Herausgeber der Studie"),
// and plural bodies ("Beide Verbände"), before a verb of stance (issue #10). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const opening = 'Die Anhörung fand am Dienstag statt. ';

describe('a person noun or a plural body as the subject of a content clause', () => {
  it('takes "Die Gutachter" and "Die Herausgeber der Umfrage" as speakers', () => {
    const list = de(opening + 'Die Gutachter kamen zu dem Ergebnis, dass es keine Belege gebe. Die Herausgeber der Umfrage sehen als wichtigste Aussage, dass die Distanz zur Politik wachse.');
    expect(claimWith(list, 'Belege')).toMatchObject({ kind: 'reported', claimant: 'Gutachter' });
    expect(claimWith(list, 'Distanz')).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Herausgeber/) });
  });

  it('takes a plural body ("Die Behörden", "Die Verbände")', () => {
    const c = claimWith(de(opening + 'Die Behörden gehen davon aus, dass der Damm hält.'), 'Damm');
    expect(c).toMatchObject({ kind: 'reported', claimant: expect.stringMatching(/Behörden/) });
  });

  it('gives no speaker to a thing ("Die Lage", "Das Wetter")', () => {
    expect(claimWith(de(opening + 'Das Wetter führte dazu, dass der Zug ausfiel.'), 'Zug').claimant).toBeNull();
  });
});
