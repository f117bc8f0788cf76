// German attribution, class "verb form misread: a participle inflected as an adjective" (issue #10,
// session 21). "Unter Berufung auf nicht näher bezeichnete Quellen gab die Zeitung an, …": the
// participle before its noun is no finite verb, so "Quellen" is not its subject; "Ein nicht
// genannter Vertreter der Firma bezeichnet …": a negation before the adjective stays in the phrase,
// which is the subject (not the object after the verb). Sentences written for these tests (none is
// taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a participle before its noun', () => {
  it('is no finite verb inside a prepositional phrase', () => {
    const list = de('Der Trainer Jan Hoff sagte, er bleibe im Amt. Unter Berufung auf nicht näher bezeichnete Quellen gab die Sportzeitung an, dem Verein sei ein Angebot gemacht worden.');
    expect(claimWith(list, 'Angebot')).toMatchObject({ kind: 'reported', claimant: 'Sportzeitung' });
  });

  it('keeps a negation before the adjective in the subject phrase', () => {
    const list = de('Ein nicht genannter Vertreter der Reederei bezeichnete den Verkauf als „strategisch richtig“.');
    expect(claimWith(list, 'Verkauf').claimant).toBe('nicht genannter Vertreter der Reederei');
  });
});
