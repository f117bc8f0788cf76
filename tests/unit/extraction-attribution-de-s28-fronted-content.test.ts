// German attribution, class "a fronted content clause" (issue #10, session 28). German may open
// the sentence with the object clause of a verb of stance or saying: "Dass …, fordert der
// Verband." — the "dass" clause is what was said, the verb follows its comma and the subject comes
// after the verb (past a reflexive: "erhofft sich die Stadt"). A verb of no saying after it
// ("ist bekannt", "trifft …") attributes nothing. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a "dass" clause fronted before its verb of stance', () => {
  it('reads the subject after a verb of demand', () => {
    const c = claimWith(de('Dass die Buslinie bis in die Vororte verlängert wird, fordert der Fahrgastverband.'), 'Buslinie');
    expect(c.claimant).toBe('Fahrgastverband');
    expect(c.kind).toBe('reported');
  });

  it('passes a reflexive before the subject and a clause after it', () => {
    const list = de('Dass weitere Lehrer eingestellt werden, erhofft sich die Elternvertretung, um den Unterricht zu sichern.');
    expect(claimWith(list, 'Lehrer').claimant).toBe('Elternvertretung');
  });

  it('takes a verb of saying whose message is the fronted clause', () => {
    const list = de('Dass der Brand absichtlich gelegt wurde, bestätigte die Feuerwehr am Abend.');
    expect(claimWith(list, 'Brand').claimant).toBe('Feuerwehr');
  });

  it('leaves a fronted clause before a verb of no saying alone', () => {
    const list = de('Dass die Brücke gesperrt bleibt, trifft die Pendler besonders hart.');
    expect(claimWith(list, 'Brücke').claimant).toBeNull();
  });
});
