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
