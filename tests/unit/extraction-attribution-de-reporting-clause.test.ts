// German attribution, class "no claimant: a reporting clause with more in it" (issue #10,
// session 18): "Wie X, der …, dazu feststellt, …" – a relative clause between the subject of a
// reporting clause and its verb, and a verb of stance closing it ("feststellt", "vermutet") as
// well as one of saying. Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a reporting clause opening the sentence', () => {
  it('passes over a relative clause after its subject', () => {
    const list = de('Wie der Anwalt Peter Klein, der den Prozess für die Familie beobachtet hatte, dazu feststellt, verlangt das Gesetz einen Vorsatz.');
    expect(claimWith(list, 'Vorsatz')).toMatchObject({ kind: 'reported', claimant: 'Peter Klein' });
  });

  it('reads a verb of stance closing it', () => {
    const list = de('Wie die Polizeisprecherin Sara Lind vermutet, war der Brand gelegt worden.');
    expect(claimWith(list, 'Brand')).toMatchObject({ kind: 'reported', claimant: 'Sara Lind' });
  });

  it('leaves "Wie erwartet" in the article’s own voice', () => {
    expect(claimWith(de('Wie erwartet gewann die Heimmannschaft das Spiel deutlich.'), 'Heimmannschaft').claimant).toBeNull();
  });
});
