// German attribution, class "a common noun read as part of a name" (issue #10, session 24): German
// capitalises every noun, so "Zeuge Anton Gruber" looked like a name of three words and the
// claimant kept the noun. A noun lexicon (nouns.de.ts, derived from german-pos-dict, less German
// first names and surnames) tells a common noun before a first name and a surname from a name;
// a surname that is also a noun ("Fischer", "Koch") stays a name. Sentences written for these tests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontCodedBlocks, frontCodedHas, isGermanNoun } from '../../src/main/core/extraction/nouns.de';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('the German noun lexicon', () => {
  it('knows common nouns in their inflected forms', () => {
    for (const w of ['zeuge', 'zeugen', 'nachbar', 'nachbarn', 'hausmeister', 'namen', 'fahrers', 'hausmeistern']) expect(isGermanNoun(w), w).toBe(true);
  });

  it('leaves out first names and surnames, also those that are nouns too', () => {
    for (const w of ['klara', 'anton', 'fischer', 'müller', 'koch', 'richter']) expect(isGermanNoun(w), w).toBe(false);
  });

  it('answers no for words that are no nouns, and for the empty word', () => {
    for (const w of ['sagte', 'schnell', 'und', '', 'zzzz', 'aaaa']) expect(isGermanNoun(w), w).toBe(false);
  });

  it('finds every word of a front-coded list in blocks, the first and last of a block too', () => {
    // Three blocks: "|" and a first word in full, then lines of a prefix-length character (0x30 + n) and the rest.
    const coded = '|ahorn\n1msel\n2t|buche\n5n\n0eiche|esche\n0fichte';
    const blocks = frontCodedBlocks(coded);
    for (const w of ['amsel', 'amt', 'ahorn', 'buche', 'buchen', 'eiche', 'esche', 'fichte']) expect(frontCodedHas(blocks, w), w).toBe(true);
    for (const w of ['aal', 'ams', 'birke', 'eichen', 'zeder', 'fichten']) expect(frontCodedHas(blocks, w), w).toBe(false);
  });

  it('is the file the build script writes from the packages (CC BY-SA data, credited in the file)', () => {
    const file = readFileSync(path.join(__dirname, '../../src/main/core/extraction/nouns.de.txt'), 'utf8');
    expect(file).toContain('CC BY-SA 4.0');
    expect(file).toContain('german-pos-dict');
    // Regenerates the list from the installed devDependencies and fails if the committed file differs.
    const out = execFileSync(process.execPath, [path.join(__dirname, '../../scripts/build-german-nouns.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/German noun forms: up to date/);
  }, 60000);
});

describe('a common noun before a first name and a surname is the role, not part of the name', () => {
  it('splits a noun no role list knows from the name, with and without an article', () => {
    expect(claimWith(de('Der Zeuge Anton Gruber sagte, der Wagen sei viel zu schnell gefahren.'), 'Wagen')).toMatchObject({ claimant: 'Anton Gruber', kind: 'reported' });
    expect(claimWith(de('Nachbar Holger Brink erklärte, der Lärm habe schon um sechs Uhr begonnen.'), 'Lärm').claimant).toBe('Holger Brink');
  });

  it('does so after the verb of a quotation', () => {
    expect(claimWith(de('„Ich habe nichts gehört“, sagte Hausmeister Uwe Lindner.'), 'nichts gehört')).toMatchObject({ claimant: 'Uwe Lindner', kind: 'quote' });
  });

  it('reads a first name that ends like a noun of agent ("Murat", like "Magistrat") by the lexicon, as a name', () => {
    expect(claimWith(de('Der Mechaniker Murat Demir sagte, der Motor sei schon am Morgen überhitzt gewesen.'), 'Motor')).toMatchObject({ claimant: 'Murat Demir', claimantRole: 'Mechaniker' });
  });

  it('keeps the noun of a body in its name', () => {
    expect(claimWith(de('Die Universität Sankt Georgen teilte mit, der Hörsaal bleibe bis Ostern gesperrt.'), 'Hörsaal').claimant).toBe('Universität Sankt Georgen');
  });

  it('keeps a surname that is also a noun in the name', () => {
    expect(claimWith(de('Zeuge Ole Fischer sagte, das Licht sei rot gewesen.'), 'Licht').claimant).toBe('Ole Fischer');
    expect(claimWith(de('Klara Fischer sagte, der Markt öffne im Mai.'), 'Markt').claimant).toBe('Klara Fischer');
  });
});
