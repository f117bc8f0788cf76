// The claimant grouping rules on the hard cases of tests/fixtures/claimants/hard-cases.json,
// and the name reader on its own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupArticle } from '../../src/main/core/claimants/group';
import { parseName } from '../../src/main/core/claimants/names';
import { emptyIndex } from '../../src/main/core/claimants/resolve';
import { textNamesOf } from '../../src/main/core/claimants/text-names';

/** An article: its claimant names, or those and its text (whose people named in full the grouper may ask for). */
type HardArticle = string[] | { names: string[]; text: string; language?: 'de' | 'en' };

interface HardCase {
  name: string;
  articles: HardArticle[];
  expect: Record<string, string | null>;
  types?: Record<string, 'person' | 'organisation'>;
  /** The name a claimant is listed under (the nominative of a body, roles stripped). */
  names?: Record<string, string>;
}
const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/claimants/hard-cases.json'), 'utf8')) as { cases: HardCase[] };

function groupLibrary(articles: HardArticle[]) {
  const index = emptyIndex();
  let n = 0;
  const byName = new Map<string, string | null>();
  const types = new Map<string, string>();
  const listed = new Map<string, string>();
  for (const article of articles) {
    const names = Array.isArray(article) ? article : article.names;
    const fullNames = Array.isArray(article) ? undefined : textNamesOf(article.text, article.language ?? 'en');
    const grouped = groupArticle(names, index, () => `c${++n}`, fullNames);
    for (const [name, id] of grouped.byName) byName.set(name, id);
    for (const c of grouped.created) {
      types.set(c.id, c.type);
      listed.set(c.id, c.name);
    }
    for (const u of grouped.upgraded) listed.set(u.id, u.name);
  }
  return { byName, types, listed };
}

describe('claimant grouping: hard cases', () => {
  for (const hard of fixture.cases) {
    it(hard.name, () => {
      const { byName, types, listed } = groupLibrary(hard.articles);
      const idOfLabel = new Map<string, string>();
      for (const [name, label] of Object.entries(hard.expect)) {
        const id = byName.get(name);
        expect(id, `${name} was grouped`).not.toBeUndefined();
        if (label === null) {
          expect(id, `${name} stays unresolved`).toBeNull();
          continue;
        }
        expect(id, `${name} has a claimant`).not.toBeNull();
        const seen = idOfLabel.get(label);
        if (seen) expect(id, `${name} is with the others labelled ${label}`).toBe(seen);
        else {
          for (const [other, otherId] of idOfLabel) expect(id, `${name} (${label}) is apart from ${other}`).not.toBe(otherId);
          idOfLabel.set(label, id!);
        }
      }
      for (const [label, type] of Object.entries(hard.types ?? {})) expect(types.get(idOfLabel.get(label)!)).toBe(type);
      for (const [label, name] of Object.entries(hard.names ?? {})) expect(listed.get(idOfLabel.get(label)!), `claimant ${label} is listed as`).toBe(name);
    });
  }
});

describe('parseName', () => {
  it('strips roles and titles and keeps particles', () => {
    expect(parseName('EU-Kommissionspräsidentin Ursula von der Leyen')).toMatchObject({ type: 'person', display: 'Ursula von der Leyen', given: 'ursula', surname: 'leyen' });
    expect(parseName('Chinas Staatschef Xi Jinping')).toMatchObject({ type: 'person', display: 'Xi Jinping', given: 'jinping', surname: 'xi' });
    expect(parseName('Donald Trump, the president')).toMatchObject({ type: 'person', display: 'Donald Trump' });
  });
  it('types organisations and roles', () => {
    expect(parseName('das Robert Koch-Institut')).toMatchObject({ type: 'organisation', display: 'Robert Koch-Institut' });
    expect(parseName('the Kremlin')).toMatchObject({ type: 'organisation', display: 'Kremlin' });
    // A body named in another case is listed in the nominative (not "Deutschen Bahn").
    expect(parseName('der Deutschen Bahn')).toMatchObject({ type: 'organisation', display: 'Deutsche Bahn' });
    expect(parseName('der Europäischen Zentralbank')).toMatchObject({ type: 'organisation', display: 'Europäische Zentralbank' });
    expect(parseName('des Bundestages')).toMatchObject({ type: 'organisation', display: 'Bundestag' });
    // The head noun is found before "für"/"der"; adjectives take the ending of its gender.
    expect(parseName('Angaben des Bundesamtes für Migration und Flüchtlinge')).toMatchObject({ type: 'organisation', display: 'Bundesamt für Migration und Flüchtlinge' });
    expect(parseName('des Bayerischen Rundfunks')).toMatchObject({ type: 'organisation', display: 'Bayerischer Rundfunk' });
    expect(parseName('das Deutsche Rote Kreuz')).toMatchObject({ type: 'organisation', display: 'Deutsches Rotes Kreuz' });
    expect(parseName('der Deutsche Wetterdienst')).toMatchObject({ type: 'organisation', display: 'Deutscher Wetterdienst' });
    // A name that ends in -e is not an adjective ("Jane"); the genitive of "Fonds" is "Fonds".
    expect(parseName('der Jane Goodall Stiftung')).toMatchObject({ type: 'organisation', display: 'Jane Goodall Stiftung' });
    expect(parseName('des Internationalen Währungsfonds')).toMatchObject({ type: 'organisation', display: 'Internationaler Währungsfonds' });
    expect(parseName('die Richter')).toMatchObject({ type: 'role' });
    expect(parseName('er')).toMatchObject({ type: 'role' });
  });
  it('reads English forms: a possessive after a full name', () => {
    expect(parseName('Marla Quentin’s')).toMatchObject({ type: 'person', display: 'Marla Quentin', given: 'marla', surname: 'quentin' });
    expect(parseName("Ray Dobbs'")).toMatchObject({ type: 'person', display: 'Ray Dobbs', surname: 'dobbs' });
    expect(parseName("Dobson's")).toMatchObject({ display: "Dobson's" });
  });
  it('reads English titles: abbreviations, a body\'s office before a full name, "Minister of …"', () => {
    expect(parseName('PM Nadia')).toMatchObject({ type: 'person', display: 'Nadia', given: null });
    expect(parseName('Harbour Authority Director Tomas Wren')).toMatchObject({ type: 'person', display: 'Tomas Wren', given: 'tomas', surname: 'wren' });
    expect(parseName('Dock Workers Union president Lise Amory')).toMatchObject({ type: 'person', display: 'Lise Amory' });
    expect(parseName('Veltrian Minister of Fisheries and Ports Orin Castell')).toMatchObject({ type: 'person', display: 'Orin Castell', given: 'orin' });
    expect(parseName('Port police Sgt. Jo Mercer')).toMatchObject({ type: 'person', display: 'Jo Mercer' });
    expect(parseName('Harbour Authority Director')).toMatchObject({ type: 'role' });
    expect(parseName('NTB Haldor')).toMatchObject({ type: 'organisation' });
  });
  it('reads a lower-case word left before a name as describing it, not as a role', () => {
    expect(parseName('worried Halvorsen')).toMatchObject({ type: 'person', display: 'Halvorsen' });
    expect(parseName('insisted Marit')).toMatchObject({ type: 'person', display: 'Marit' });
    expect(parseName('a spokesperson for Halvorsen')).toMatchObject({ type: 'role' });
    expect(parseName('norwegischen Medien')).not.toMatchObject({ type: 'person' });
    expect(parseName('diesem Entwurf')).not.toMatchObject({ type: 'person' });
  });
  it('survives control characters and very long strings', () => {
    expect(parseName('Olaf\u0000 Scholz')).toMatchObject({ type: 'person', given: 'olaf', surname: 'scholz' });
    expect(parseName('A'.repeat(1_000_000))).not.toBeNull();
    expect(parseName('   ')).toBeNull();
  });
});
