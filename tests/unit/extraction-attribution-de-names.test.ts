// German names of bodies with a lower-case preposition inside ("Ärzte ohne Grenzen"), kept whole
// (issue #10). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a preposition inside a body’s name', () => {
  it('keeps "Ärzte ohne Grenzen" and "Reporter ohne Grenzen" whole', () => {
    const list = de('Das Lager liegt im Norden. Ärzte ohne Grenzen kündigten an, mehr Helfer zu schicken. Reporter ohne Grenzen kritisierte, dass Journalisten in Haft seien.');
    expect(claimWith(list, 'Helfer')).toMatchObject({ kind: 'reported', claimant: 'Ärzte ohne Grenzen' });
    expect(claimWith(list, 'Haft')).toMatchObject({ kind: 'reported', claimant: 'Reporter ohne Grenzen' });
  });

  it('keeps a field after a body ("Partei für Freiheit und Fortschritt")', () => {
    const c = claimWith(de('Die Wahl war am Sonntag. Die Partei für Freiheit und Fortschritt erklärte, sie werde das Ergebnis anfechten.'), 'anfechten');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Partei für Freiheit und Fortschritt' });
  });

  it('does not join a preposition before a lower-case word ("Helfer ohne große Pause")', () => {
    const c = claimWith(de('Das Lager liegt im Norden. Helfer ohne eigene Ausrüstung sagten, sie bräuchten Zelte.'), 'Zelte');
    expect(c.claimant).not.toMatch(/ohne eigene/);
  });
});
