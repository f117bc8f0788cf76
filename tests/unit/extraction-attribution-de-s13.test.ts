// German attribution, classes of miss fixed in session 13 (issue #10). Each class has sentences
// written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a quoted judgement in speech whose source is left open', () => {
  it('reads "als „…“" after a verb of naming as a quote even when no speaker is named', () => {
    const list = de([
      'Die Nebelschwaden, die als „beißend“ beschrieben wurden, zogen bis zur Autobahn.',
      'Dem Bürgermeister wird vorgeworfen, die Pläne als „alternativlos“ bezeichnet zu haben.',
    ].join(' '));
    expect(claimWith(list, 'Nebelschwaden')).toMatchObject({ kind: 'quote', claimant: null });
    expect(claimWith(list, 'alternativlos')).toMatchObject({ kind: 'quote', claimant: null });
  });

  it('keeps a quoted name after a preposition ("zu „…“", "von „…“") reported', () => {
    const list = de([
      'Dem Bürgermeister wird vorgeworfen, den Zugang zu „Facebook“ gesperrt zu haben.',
      'Ihm wird vorgeworfen, sich von „Nordbau“ bezahlt haben zu lassen.',
    ].join(' '));
    expect(claimWith(list, 'Facebook')).toMatchObject({ kind: 'reported', claimant: null });
    expect(claimWith(list, 'Nordbau')).toMatchObject({ kind: 'reported', claimant: null });
  });
});

describe('the agent of a passive of saying is the speaker', () => {
  it('gives "von X wurde mitgeteilt, dass …" and "wurde vom X vorgeworfen, … zu …" to X', () => {
    const list = de([
      'Vom Sprecher der Feuerwehr wurde mitgeteilt, dass die Brücke gesperrt bleibt.',
      'Dem Trainer wurde vom Vorstand des Vereins vorgeworfen, die Mannschaft falsch aufgestellt zu haben.',
      'Es wurde von der Ministerin Anna Berg betont, die Schulen blieben geöffnet.',
    ].join(' '));
    expect(claimWith(list, 'Brücke')).toMatchObject({ kind: 'reported', claimant: 'Sprecher der Feuerwehr' });
    expect(claimWith(list, 'Trainer')).toMatchObject({ kind: 'reported', claimant: 'Vorstand des Vereins' });
    expect(claimWith(list, 'Schulen')).toMatchObject({ kind: 'reported', claimant: 'Anna Berg' });
  });

  it('gives nobody a passive of an act, a report with no message, or "von" after a noun', () => {
    const list = de([
      'Der Antrag wurde von der Regierung abgelehnt.',
      'Das Feuer wurde von einem Nachbarn gemeldet.',
      'Nach dem Sturm wird der Ausbruch von Seuchen befürchtet.',
    ].join(' '));
    expect(claimWith(list, 'Antrag')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'Feuer')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'Seuchen').claimant).toBeNull();
  });
});

describe('a separable verb of saying that needs its message ("bekannt|geben!")', () => {
  it('reads "gab … die Tarife bekannt." as an act and "gab bekannt, dass …" or a colon as speech', () => {
    const list = de([
      'Die Stadtwerke gaben am Montag die neuen Tarife bekannt.',
      'Die Stadtwerke gaben bekannt, dass die Tarife steigen.',
      'Den Termin gab der Verein am Montag bekannt: „Wir spielen am 3. Mai.“',
    ].join(' '));
    expect(claimWith(list, 'neuen Tarife')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'Tarife steigen')).toMatchObject({ kind: 'reported', claimant: 'Stadtwerke' });
    expect(claimWith(list, 'spielen')).toMatchObject({ kind: 'quote', claimant: 'Verein' });
  });
});
