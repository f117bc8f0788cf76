// German attribution, class "a body's name in quotation marks taken for speech" (issue #10, session 20).
// A quotation of up to three words starting with a capital was already a name in the frame
// ("die Zeitung „Nordkurier“"); a body's longer name set in marks ("das „Amt für Presse und
// Information“", "der „Rat zur Rettung der Demokratie“") was dropped as speech, so its sentence had
// no subject. Now a quotation of up to seven words, all capitalised but link words
// (lex.quotedNameLinks), is a name too; a quoted sentence has lower-case verbs and stays speech.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a long name in quotation marks is a name', () => {
  it('reads the body as the subject of its speech verb', () => {
    const list = de('Nach dem Umsturz erklärte der neue „Rat zur Rettung der Demokratie“, die Lage sei unter Kontrolle.');
    expect(claimWith(list, 'Kontrolle')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Kontrolle').claimant).toMatch(/Rat zur Rettung der Demokratie/);
    const other = de('Das „Amt für Presse und Information“ des Ministeriums teilte mit, die Grenze werde geöffnet.');
    expect(claimWith(other, 'Grenze').claimant).toMatch(/Amt für Presse und Information/);
  });

  it('keeps a quoted sentence of the same length as speech', () => {
    const list = de('Der Bürgermeister Jan Roth rief: „Wir bleiben hier und kämpfen weiter!“');
    expect(claimWith(list, 'kämpfen')).toMatchObject({ kind: 'quote', claimant: 'Jan Roth' });
  });
});
