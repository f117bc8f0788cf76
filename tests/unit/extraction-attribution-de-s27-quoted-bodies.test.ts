// German attribution, session 27 (issue #10): bodies named in quotation marks, and the nominative
// of a genitive source. Sentences written for these tests.
//
// - A long quoted name whose head stands before a link ("der „Hohe Rat zur Wahrung der
//   Verfassung“") was read as oblique and abstract by its last words ("der Verfassung"): no claimant.
// - A short quoted name in lower case after an article ("der „grünwerk ag“") and a foreign name with
//   an apostrophe and its own links („L’Union pour la Mer“) were dropped as speech: no subject.
// - "nach Angaben eines neutralen Schlichters" named "neutralen Schlichter": the adjective kept its
//   genitive ending before a masculine noun of agent, a hyphenated adjective was left alone, and
//   "des Kieler Senats" kept its genitive because the place adjective in -er was taken for the head.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('bodies named in quotation marks', () => {
  it('reads a long quoted name by the head before its link', () => {
    const list = de('Am Abend erklärte der „Hohe Rat zur Wahrung der Verfassung“, die Wahl werde wiederholt.');
    expect(claimWith(list, 'wiederholt').claimant).toMatch(/Hohe Rat zur Wahrung der Verfassung/);
  });

  it('reads a short quoted name in lower case after an article', () => {
    const list = de('Ein Sprecher der „grünwerk ag“ bezeichnet den Kauf der Anteile als „strategisch wichtig“.');
    expect(claimWith(list, 'Anteile').claimant).toMatch(/Sprecher der grünwerk ag/);
  });

  it('reads a foreign name with an apostrophe and its own link words', () => {
    const list = de('Die belgische „L’Union pour la Mer“ hat dazu aufgerufen, am Sonntag die Strände zu meiden.');
    expect(claimWith(list, 'Strände').claimant).toMatch(/Union pour la Mer/);
  });

  it('still reads a quoted sentence as speech, not as a name', () => {
    const list = de('Die Sprecherin Ina Wolf sagte: „wir warten ab“, und ging.');
    expect(claimWith(list, 'warten').claimant).toBe('Ina Wolf');
  });
});

describe('the nominative of a source in the genitive', () => {
  it('gives an adjective the strong ending of a masculine noun of agent', () => {
    expect(claimWith(de('Nach Angaben eines neutralen Schlichters sind die Gespräche gescheitert.'), 'Gespräche').claimant).toBe('neutraler Schlichter');
    expect(claimWith(de('Nach Angaben des ehemaligen Landrichters wurden die Akten vernichtet.'), 'Akten').claimant).toBe('ehemaliger Landrichter');
  });

  it('inflects a hyphenated adjective and leaves a neuter in -ater as written', () => {
    expect(claimWith(de('Nach Angaben des baden-württembergischen Kultusministeriums fallen die Prüfungen aus.'), 'Prüfungen').claimant)
      .toBe('baden-württembergisches Kultusministerium');
    const theatre = claimWith(de('Nach Angaben des Staatlichen Theaters fällt die Premiere aus.'), 'Premiere').claimant;
    expect(theatre).toMatch(/Theater$/);
    expect(theatre).not.toBe('Staatlicher Theater');
  });

  it('puts the head after a place adjective in -er in the nominative', () => {
    expect(claimWith(de('Nach Angaben des Kieler Senats steigen die Mieten weiter.'), 'Mieten').claimant).toBe('Kieler Senat');
  });
});
