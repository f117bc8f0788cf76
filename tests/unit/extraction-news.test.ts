// News-article conventions: boilerplate that is no claim, and attribution forms of wire copy.
// Every example is written for this file; none is taken from a fixture.
import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from '../../src/main/core/extraction';
import type { Language } from '../../src/shared/domain';

function claims(text: string, language: Language): ExtractedClaim[] {
  return extractClaims(text, { language }).claims;
}

function claimWith(list: readonly ExtractedClaim[], needle: string): ExtractedClaim {
  const found = list.find((c) => c.text.includes(needle));
  if (!found) throw new Error(`no claim contains ${JSON.stringify(needle)}; got ${JSON.stringify(list.map((c) => c.text))}`);
  return found;
}

function texts(list: readonly ExtractedClaim[]): string[] {
  return list.map((c) => c.text);
}

describe('news boilerplate is no claim', () => {
  it('skips English editor\'s notes, bylines and "contributed to this report"', () => {
    const list = claims('Editor’s note: This story was updated to correct the number of bridges.\n\n' +
      'By Anna Lee and Tom Park.\n\nThe council closed 12 bridges on Friday.\n\n' +
      'Staff writer Mia Chen contributed to this report.', 'en');
    expect(texts(list)).toEqual(['The council closed 12 bridges on Friday.']);
  });

  it('skips "could not be independently verified" notes but keeps long sentences that mention it', () => {
    const list = claims('The army said it shot down 14 drones overnight. The figure could not be independently verified.', 'en');
    expect(texts(list)).toEqual(['The army said it shot down 14 drones overnight.']);
  });

  it('skips German navigation lines, verification notes and interview closings', () => {
    const list = claims('Mehr zum Thema: Die Bahn erhöht die Preise.\n\nDie Armee meldete 30 abgeschossene Drohnen. ' +
      'Die Angaben lassen sich nicht unabhängig überprüfen.\n\nAlle Entwicklungen im Newsblog.\n\n' +
      'Frau Weber, wir danken Ihnen für das Gespräch.', 'de');
    expect(texts(list)).toEqual(['Die Armee meldete 30 abgeschossene Drohnen.']);
  });

  it('skips a photo caption above its credit line', () => {
    const list = claims('Ein Bagger auf der Baustelle in Kassel: Die Arbeiten ruhen seit Mai.\nFoto: Max Muster/dpa\n\n' +
      'Die Stadt hat den Bau im Mai gestoppt.', 'de');
    expect(texts(list)).toEqual(['Die Stadt hat den Bau im Mai gestoppt.']);
  });
});

describe('English wire-copy attribution', () => {
  it('reads past a party-and-state tag after the name', () => {
    const list = claims('Sen. Maria Lopez, D-Ariz., said the program had cost $2 billion. ' +
      '"We were promised a plan," Rep. Dan Hill, R-Ohio, told reporters.', 'en');
    expect(claimWith(list, '$2 billion')).toMatchObject({ kind: 'reported', claimant: 'Maria Lopez' });
    expect(claimWith(list, 'promised a plan')).toMatchObject({ kind: 'quote', claimant: 'Dan Hill' });
  });

  it('reads past a descriptive apposition with its own relative clause', () => {
    const list = claims('Rep. Nora Blake, a Maine Republican whose district includes two shipyards, said the yards employ 9,000 people.', 'en');
    expect(claimWith(list, 'shipyards')).toMatchObject({ kind: 'reported', claimant: 'Nora Blake' });
  });

  it('keeps "and" inside an agency name and lower-case nouns before a role', () => {
    const list = claims('Dr. Ellen Ward, the Fish and Wildlife Service director, said 40 species had recovered. ' +
      'City Hall press secretary Omar Reyes said the budget would grow by 3 percent.', 'en');
    expect(claimWith(list, 'species')).toMatchObject({ kind: 'reported', claimant: 'Ellen Ward' });
    expect(claimWith(list, 'budget')).toMatchObject({ kind: 'reported', claimant: 'Omar Reyes' });
  });
});
