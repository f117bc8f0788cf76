// German attribution, class "a role by its ending before a name" (issue #10, session 22): a noun
// of agent that no role list names ("Baudezernentin", "Intendant", "Polizistin") right before a
// first name and a surname is the role, and they the claimant; before, the whole phrase was taken
// for a name ("Baudezernentin Sabine Krüger"). The ending is read by derivation (-ent/-entin,
// -ant, -ist, -eur, -or, -loge, -iker, -at, the feminine -erin), not from a list; a name of two
// words alone ("Valentin Roe") stays one. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a noun of agent before a first name and a surname is the role', () => {
  it('keeps the role out of the claimant without an article', () => {
    const c = claimWith(de('Schuldezernentin Petra Wolff sagte, die Turnhalle werde im Herbst saniert.'), 'Turnhalle');
    expect(c).toMatchObject({ claimant: 'Petra Wolff', claimantRole: 'Schuldezernentin', kind: 'reported' });
  });

  it('reads a masculine ending after an article', () => {
    const c = claimWith(de('Der Intendant Jonas Reiter erklärte, das Haus bleibe im Sommer geschlossen.'), 'Haus');
    expect(c).toMatchObject({ claimant: 'Jonas Reiter', claimantRole: 'Intendant' });
  });

  it('reads a feminine ending in -erin', () => {
    const c = claimWith(de('Sachbearbeiterin Ines Lorenz berichtete, die Anträge seien längst bearbeitet.'), 'Anträge');
    expect(c).toMatchObject({ claimant: 'Ines Lorenz', claimantRole: 'Sachbearbeiterin' });
  });

  it('leaves a first name that ends like an agent noun in the name', () => {
    expect(claimWith(de('Valentin Hofer sagte, die Ernte sei gut ausgefallen.'), 'Ernte').claimant).toBe('Valentin Hofer');
    expect(claimWith(de('Viktor Brandl erklärte, der Hafen werde erweitert.'), 'Hafen').claimant).toBe('Viktor Brandl');
  });
});
