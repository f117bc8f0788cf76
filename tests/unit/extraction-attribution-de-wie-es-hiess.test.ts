// German attribution, class "'wie es … hieß' with a place of saying" (issue #10, session 22):
// "…, wie es auf einer Pressekonferenz hieß." kept the speaker of the sentence before. In a "wie"
// clause with the impersonal "es" and its verb last, the place between "es" and the verb tells
// who spoke: the owner of the document or occasion, the outlet or body named there; an occasion
// that names nobody gives no claimant rather than the carried one. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const lead = 'Der Landrat Ole Brandt sagte, die Fähre fahre wieder. ';

describe('"wie es … hieß" with where it was said', () => {
  it('names the owner of the document in "in"', () => {
    const c = claimWith(de(`${lead}Die Deiche seien sicher, wie es in einer Mitteilung des Küstenschutzamts hieß.`), 'Deiche');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Küstenschutzamt' });
  });

  it('names the body after "beim" in the present', () => {
    expect(claimWith(de(`${lead}Die Straße bleibe gesperrt, wie es beim Landkreis Wesermarsch heißt.`), 'Straße').claimant).toBe('Landkreis Wesermarsch');
  });

  it('names the owner of an occasion, and nobody for an occasion without one', () => {
    expect(claimWith(de(`${lead}Die Kosten seien gestiegen, wie es auf einer Pressekonferenz des Hafenamts hieß.`), 'Kosten').claimant).toBe('Hafenamt');
    const c = claimWith(de(`${lead}Die Kosten seien gestiegen, wie es auf einer Pressekonferenz hieß.`), 'Kosten');
    expect(c.kind).toBe('reported');
    expect(c.claimant).toBeNull();
  });
});
