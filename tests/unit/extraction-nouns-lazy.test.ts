// The German noun list (nouns.de.txt, 640 kB) is read on the first German text, never when the
// extraction code loads and never for English text (issue #19: start-up time and memory of
// every user, English ones too). Its own file: the list's read state is per module instance.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/main/core/extraction';
import { codedListOf, germanNounsCandidates, germanNounsLoaded, isGermanNoun } from '../../src/main/core/extraction/nouns.de';

describe('the German noun list is read lazily', () => {
  it('is not read when the extraction code loads nor by English text; the first German text reads it', () => {
    expect(germanNounsLoaded()).toBe(false);
    const en = extractClaims('The ferry operator said the crossing would resume on Monday after repairs.', { language: 'en' });
    expect(en.claims.length).toBeGreaterThan(0);
    expect(germanNounsLoaded()).toBe(false);
    const de = extractClaims('Der Imker Tobias Renner sagte, die Bienen seien nach dem Winter gesund.', { language: 'de' });
    expect(germanNounsLoaded()).toBe(true);
    expect(de.claims[0]).toMatchObject({ claimant: 'Tobias Renner', claimantRole: 'Imker', kind: 'reported' });
    expect(isGermanNoun('imker')).toBe(true);
  });

  it('is found beside the sources, beside a chunk, and one folder above a chunk', () => {
    const src = path.join(__dirname, '../../src/main/core/extraction');
    expect(germanNounsCandidates(src)[0]).toBe(path.join(src, 'nouns.de.txt'));
    expect(germanNounsCandidates('/app/out/main/chunks')).toEqual(['/app/out/main/chunks/nouns.de.txt', '/app/out/main/nouns.de.txt']);
  });

  it('skips the file header (licence lines) and its final newline', () => {
    expect(codedListOf('# licence\n# more\n|ahorn\n1msel\n')).toBe('|ahorn\n1msel');
    expect(codedListOf('# only a header\n')).toBe('');
    const list = codedListOf(readFileSync(path.join(__dirname, '../../src/main/core/extraction/nouns.de.txt'), 'utf8'));
    expect(list.startsWith('|')).toBe(true);
    expect(list).not.toContain('#');
  });
});
