// claimantKindOf: a claimant string read alone as a person or a body (ClaimReview's Person or Organization).
import { describe, expect, it } from 'vitest';
import { claimantKindFor, claimantKindOf } from '../../src/main/core/claimants/kind';

describe('claimantKindOf', () => {
  it('reads names as the claimants module parses them', () => {
    expect(claimantKindOf('Ilse Gruber')).toBe('person');
    expect(claimantKindOf('Gruber')).toBe('person');
    expect(claimantKindOf('Kestrel Harbour Authority')).toBe('organisation');
    expect(claimantKindOf('Fährverband Nord')).toBe('organisation');
    expect(claimantKindOf('Marlow Council')).toBe('organisation');
  });

  it('reads a role by its head: a body word makes it a body, one who speaks for a body is a person', () => {
    expect(claimantKindOf('the town council')).toBe('organisation');
    expect(claimantKindOf('die Polizei')).toBe('organisation');
    expect(claimantKindOf('a spokesperson for the harbour authority')).toBe('person');
    expect(claimantKindOf('ein Sprecher des Ministeriums')).toBe('person');
    expect(claimantKindOf('the mayor')).toBe('person');
  });

  it('reads a German council, assembly or office by the head of its compound, alone or with where it sits', () => {
    for (const body of ['Schülervertretung', 'Elternbeirat', 'Gesamtbetriebsrat', 'Kreistag von Tellhausen', 'Kreistag Tellhausen', 'der Gemeinderat von Tellhausen', 'des Bezirkstags', 'Stadtverwaltung', 'Klinikleitung', 'Mieterinitiative', 'Tierärztekammer']) {
      expect(claimantKindOf(body), body).toBe('organisation');
    }
    // One who speaks for the council is a person; so is a councillor named by title, and a Landrat.
    for (const person of ['Sprecherin der Schülervertretung', 'Stadtrat Brenner', 'Landrat', 'Landrat Brenner', 'Murat', 'Sonntag', 'Democrat']) {
      expect(claimantKindOf(person), person).toBe('person');
    }
  });

  it('reads a Swiss government council of a canton or town as a body, the title alone as a person (session 27)', () => {
    for (const body of ['Regierungsrat des Kantons Uri', 'Staatsrat des Kantons Jura', 'Bundesrat', 'Nationalrat', 'Ständerat', 'Stadtrat']) {
      expect(claimantKindOf(body), body).toBe('organisation');
    }
    for (const person of ['Regierungsrat', 'Regierungsrat Fritz Hug', 'Landrat des Kreises Tellhausen', 'Staatsrat Anna Roe']) {
      expect(claimantKindOf(person), person).toBe('person');
    }
  });

  it('reads English councils as bodies, named or described', () => {
    for (const body of ['the tenants\' council', 'Tellford Parish Council', 'the Pupils\' Council', 'works council']) expect(claimantKindOf(body), body).toBe('organisation');
    expect(claimantKindOf('a parish councillor')).toBe('person');
  });

  it('answers person for what it cannot read', () => {
    expect(claimantKindOf('')).toBe('person');
    expect(claimantKindOf('   ')).toBe('person');
  });
});

describe('claimantKindFor', () => {
  it('takes the grouped claimant\'s type for a name, and keeps a role\'s own reading', () => {
    expect(claimantKindFor('Greenwatch', 'organisation')).toBe('organisation');
    expect(claimantKindFor('Greenwatch', undefined)).toBe('person');
    expect(claimantKindFor('Ilse Gruber', 'person')).toBe('person');
    expect(claimantKindFor('a spokesperson for the harbour authority', 'organisation')).toBe('person');
    expect(claimantKindFor('the town council', undefined)).toBe('organisation');
  });
});

describe('claimantKindOf: German common nouns alone (session 28)', () => {
  it('reads a plural of bodies or of people that speak as a group as no person', () => {
    for (const group of ['Verkehrsbetriebe', 'Stadtwerke', 'Anwohner', 'die Anwohner', 'Bewohner', 'Demonstranten']) expect(claimantKindOf(group), group).toBe('organisation');
  });

  it('keeps surnames that are no common noun, and nouns that are also surnames, as persons', () => {
    for (const person of ['Gruber', 'Brenner', 'Fischer', 'Köhler', 'Hansen', 'Papier', 'Winter']) expect(claimantKindOf(person), person).toBe('person');
  });
});
