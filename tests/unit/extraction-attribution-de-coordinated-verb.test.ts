// German attribution, class "a verb of saying coordinated with 'und' in an inverted clause" (issue
// #10, session 20). "Unter dem Motto X zogen die Demonstranten zum Rathaus und skandierten Parolen …":
// the verb after "und" has no Vorfeld of its own, so the phrase after it ("Parolen") is its object;
// its subject is the first conjunct's, right after that one's finite verb. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a coordinated verb of saying takes the first conjunct\'s subject', () => {
  it('reads the subject after the first finite verb, not the object after the second', () => {
    const list = de('Am Samstag zogen die Bauern durch die Innenstadt und skandierten dabei Parolen wie „Rettet die Höfe“.');
    expect(claimWith(list, 'skandierten').claimant).toMatch(/Bauern/);
    const other = de('Am Montag besuchte die Ministerin Eva Brandt die Schule und erklärte, das Dach werde repariert.');
    expect(claimWith(other, 'Dach')).toMatchObject({ kind: 'reported', claimant: 'Eva Brandt' });
  });
});
