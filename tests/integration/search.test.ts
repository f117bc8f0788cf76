// Search as a fact-checker types it: words all required, upper-case AND / OR / NOT, phrases,
// ß = ss, and forgiveness for stray quotes and brackets. Real SQLite file and a real PostgreSQL
// database, real migrations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BRACKET_DEPTH, matchHits, sharpSSpellings, toFtsQuery } from '../../src/main/core/services/search.service';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const BUNDESTAG = [
  'Britta Haßelmann sagte, die Fraktion stimme dem Haushalt zu.',
  'Die Straße nach Kiel wird 2026 für 40 Millionen Euro saniert, sagte der Verkehrsminister.',
  'In der Schlossstrasse wurden 12 Bäume gefällt, so das Bezirksamt.',
].join('\n\n');

// The same suites on SQLite (FTS5) and PostgreSQL (tsquery).
describeDatabases('search', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ database });
    await app.ok('articles.createSample', {});
    await app.ok('articles.create', { title: 'Bundestag', text: BUNDESTAG, language: 'de' });
  });
  afterAll(async () => {
    await app.close();
  });

  /** Each claim hit as its text and claimant (both are searched), from the database, not the snippet. */
  async function claimTexts(query: string): Promise<string[]> {
    const { hits } = await app.ok('search', { query });
    const ids = hits.filter((h) => h.type === 'claim').map((h) => h.claimId!);
    return Promise.all(
      ids.map(async (id) => {
        const claim = await app.ok('claims.get', { id });
        return `${claim.text} — ${claim.claimant ?? ''}`;
      }),
    );
  }

  describe('search syntax', () => {
    it('Putin AND Xi finds the claims that name both, the same as Putin Xi', async () => {
      const and = await claimTexts('Putin AND Xi');
      expect(and.length).toBeGreaterThan(0);
      for (const text of and) {
        expect(text).toMatch(/Putin/);
        expect(text).toMatch(/\bXi/);
      }
      expect((await claimTexts('Putin Xi')).sort()).toEqual([...and].sort());
      // Lower-case "and" is a word, not an operator: no claim of the sample contains it.
      expect(await claimTexts('Putin and Xi')).toEqual([]);
    });

    it('OR finds either, NOT excludes, parentheses group', async () => {
      const putin = await claimTexts('Putin');
      const trump = await claimTexts('Trump');
      const either = await claimTexts('Putin OR Trump');
      expect(new Set(either)).toEqual(new Set([...putin, ...trump]));
      const putinNotTrump = await claimTexts('Putin NOT Trump');
      expect(putinNotTrump.length).toBeGreaterThan(0);
      expect(putinNotTrump.length).toBeLessThan(putin.length);
      for (const text of putinNotTrump) expect(text).not.toMatch(/Trump/);
      const grouped = await claimTexts('(Trump OR Xi) AND Putin');
      expect(grouped.length).toBeGreaterThan(0);
      for (const text of grouped) {
        expect(text).toMatch(/Putin/);
        expect(text).toMatch(/Trump|\bXi/);
      }
    });

    it('a stray quote, bracket or operator never errors and finds what the words find', async () => {
      const putin = (await claimTexts('Putin')).sort();
      expect(putin.length).toBeGreaterThan(0);
      for (const query of ['"Putin AND (', 'Putin AND', 'Putin OR', '(Putin', 'Putin)', '))Putin((', 'AND Putin', '"Putin', 'Putin"', 'Putin NOT']) {
        const result = await app.dispatch('search', { query });
        expect(result.ok, query).toBe(true);
        expect((await claimTexts(query)).sort(), query).toEqual(putin);
      }
      // Only operators, or only a negation, is nothing to search for.
      for (const query of ['AND OR NOT', 'NOT Putin', '()', '"', '* ^ -']) {
        expect(await app.ok('search', { query }), query).toMatchObject({ hits: [], messageCode: 'empty_query' });
      }
    });

    it('keeps every operator: a bracketed NOT, an OR after a stray bracket, X OR NOT Y', async () => {
      const putin = (await claimTexts('Putin')).sort();
      const putinNotTrump = (await claimTexts('Putin NOT Trump')).sort();
      expect(putin.some((t) => /Trump/.test(t))).toBe(true);
      // A bracket holding only NOT x subtracts x from the words around it.
      for (const query of ['Putin (NOT Trump)', '(NOT Trump) Putin', 'Putin AND (NOT Trump)', 'Putin ((NOT Trump))']) {
        expect((await claimTexts(query)).sort(), query).toEqual(putinNotTrump);
      }
      // A stray closing bracket is nothing: the OR after it still joins the words.
      const putinOrXi = (await claimTexts('Putin OR Xi')).sort();
      expect(putinOrXi.length).toBeGreaterThan(putin.length);
      expect((await claimTexts('Putin ) OR Xi')).sort()).toEqual(putinOrXi);
      expect((await claimTexts(')) Putin OR ) Xi')).sort()).toEqual(putinOrXi);
      // X OR NOT Y is searched as X (FTS5 cannot search "everything without Y"): nothing matching X is hidden.
      expect((await claimTexts('Putin OR NOT Trump')).sort()).toEqual(putin);
      expect((await claimTexts('(NOT Trump) OR Putin')).sort()).toEqual(putin);
      // Only negations, bracketed or not, is still nothing to search for.
      for (const query of ['(NOT Trump)', '(NOT Trump) OR (NOT Xi)', 'NOT Trump OR NOT Xi']) {
        expect(await app.ok('search', { query }), query).toMatchObject({ hits: [], messageCode: 'empty_query' });
      }
    });

    it('long NOT chains and deep brackets, up to the longest query allowed, search rather than fail', async () => {
      const putinNotTrump = (await claimTexts('Putin NOT Trump')).sort();
      // 99 NOTs: FTS5 once failed from 96 on ("parser stack overflow"), as an internal error.
      const chain = 'Putin' + ' NOT Trump'.repeat(99);
      expect(chain.length).toBeLessThanOrEqual(1000);
      expect((await claimTexts(chain)).sort()).toEqual(putinNotTrump);
      for (const unit of ['Putin AND (Xi OR ', 'Putin NOT (Trump OR ', 'Straße OR (Strasse NOT (', 'a OR (b NOT (c ', '(Putin OR Xi) NOT (', 'x OR (y (z NOT ', 'a NOT (b NOT ']) {
        const query = unit.repeat(Math.ceil(1000 / unit.length)).slice(0, 1000);
        const result = await app.dispatch('search', { query });
        expect(result.ok, unit).toBe(true);
        if (result.ok) expect((result.value as { message: string | null }).message ?? '', unit).not.toMatch(/too complex/);
      }
    });

    // FTS5's own limits: SQLite only (PostgreSQL's tsquery has no parser stack to overflow).
    if (database === 'sqlite') it('answers "nothing found" when FTS5 still refuses a query (never an internal error)', async () => {
      const tooDeep = '('.repeat(200) + '"putin"' + ')'.repeat(200);
      expect(await matchHits(app.context, tooDeep, 10)).toBeNull();
      expect(await matchHits(app.context, '"putin"', 10)).not.toHaveLength(0);
    });

    it('phrases in straight or German quotes match words in order', async () => {
      const phrase = await claimTexts('"Wladimir Putin"');
      expect(phrase.length).toBeGreaterThan(0);
      for (const text of phrase) expect(text).toContain('Wladimir Putin');
      expect((await claimTexts('„Wladimir Putin“')).sort()).toEqual([...phrase].sort());
      expect(await claimTexts('"Putin Wladimir"')).toEqual([]);
    });

    it('ß and ss find each other, in words, prefixes and phrases; the snippet keeps the article spelling', async () => {
      for (const query of ['Hasselmann', 'Haßelmann', 'hasselm', 'HASSELMANN', '"Britta Hasselmann"']) {
        const found = await claimTexts(query);
        expect(found, query).toContainEqual(expect.stringContaining('Britta Haßelmann sagte'));
        for (const hit of found) expect(hit, query).toContain('Haßelmann'); // in the text or as the claimant
      }
      const { hits } = await app.ok('search', { query: 'Hasselmann' });
      expect(hits.find((h) => h.type === 'claim')?.snippet).toContain('\u0002Haßelmann\u0003');
      // Straße, and the Schlossstrasse it is part of (a compound).
      expect((await claimTexts('Strasse')).sort()).toEqual([expect.stringContaining('Die Straße nach Kiel'), expect.stringContaining('In der Schlossstrasse')]);
      expect(await claimTexts('Schloßstraße')).toEqual([expect.stringContaining('In der Schlossstrasse')]);
    });

    it('claim offsets still index the article text (search folds only the query)', async () => {
      const list = await app.ok('articles.list', {});
      const bundestag = await app.ok('articles.get', { id: list.find((a) => a.title === 'Bundestag')!.id });
      for (const c of bundestag.claims) expect(bundestag.text.slice(c.start, c.end)).toBe(c.text);
    });
  });

  describe('search as a German reader expects', () => {
    let search: TestApp;
    const TEXT = [
      'Die Geburtsstation des Klinikums schließt 2023, sagte die Landrätin.',
      'Die Kinderklinik meldet 4,2 Prozent mehr Geburten als im Vorjahr.',
      'Im Jahr 2023 kamen 812 Kinder zur Welt, so die Stadt.',
      'The report said the airport handled 4.2 million passengers.',
    ].join('\n\n');
    beforeAll(async () => {
      search = await openTestApp({ database });
      await search.ok('articles.create', { title: 'Geburtshilfe im Landkreis', text: TEXT, language: 'de' });
    });
    afterAll(async () => {
      await search.close();
    });
    const found = async (query: string) => {
      const { hits } = await search.ok('search', { query });
      return hits.filter((h) => h.type === 'claim').map((h) => h.snippet.replace(/[\u0002\u0003]/gu, ''));
    };

    it('matches every word as a prefix, not only the last', async () => {
      expect(await found('Geburtsst Landrät')).toEqual([expect.stringContaining('Geburtsstation')]);
      expect(await found('Kinderkl Prozent')).toEqual([expect.stringContaining('Kinderklinik')]);
    });

    it('finds German compounds by their parts: Geburt finds Geburtsstation, Klinik finds Kinderklinik', async () => {
      expect(await found('Geburt')).toEqual(expect.arrayContaining([expect.stringContaining('Geburtsstation'), expect.stringContaining('Geburten')]));
      expect(await found('Klinik')).toEqual(expect.arrayContaining([expect.stringContaining('Kinderklinik'), expect.stringContaining('Klinikums')]));
      expect(await found('Station')).toEqual([expect.stringContaining('Geburtsstation')]);
      // The compound is highlighted in the snippet, and articles are searched the same way.
      const { hits } = await search.ok('search', { query: 'klinik' });
      expect(hits.find((h) => h.snippet.includes('Kinderklinik'))?.snippet).toContain('\u0002Kinderklinik\u0003');
      expect(hits.some((h) => h.type === 'article')).toBe(true);
      expect((await search.ok('search', { query: 'hilfe' })).hits.filter((h) => h.type === 'article')).toHaveLength(1);
      // Three letters are too few to be a part of anything.
      expect(await found('ort')).toEqual([]);
    });

    it('matches numbers as whole numbers: 4,2 is not 2023, and 2 is not 2023', async () => {
      // 4,2 and 4.2 are the same number in German and English writing: each finds both, and nothing else.
      for (const q of ['4,2', '4.2']) {
        const hits = await found(q);
        expect(hits.sort(), q).toEqual([expect.stringContaining('4,2 Prozent'), expect.stringContaining('4.2 million')]);
      }
      expect(await found('2023')).toHaveLength(2);
      expect(await found('20')).toEqual([]);
      // The index keeps 4,2 as the numbers 4 and 2, so 2 finds it; never 2023 or 812.
      for (const hit of await found('2')) expect(hit).toMatch(/4[.,]2/);
      expect(await found('81')).toEqual([]);
      expect(toFtsQuery('4,2 Prozent')).toBe('("4 2" AND "prozent"*)');
    });

    it('keeps the syntax: operators, phrases and ß/ss with compounds', async () => {
      expect(await found('Klinik NOT Geburtsstation')).toEqual([expect.stringContaining('Kinderklinik')]);
      expect(await found('"Kinderklinik meldet"')).toHaveLength(1);
      expect(await found('"Klinik meldet"')).toEqual([]);
      expect(await found('schliesst')).toEqual([expect.stringContaining('schließt')]);
    });
  });

  describe('search of anything typed (property)', () => {
    /** A small seeded generator (mulberry32), so a failing query is the same on every run. */
    function random(seed: number): () => number {
      return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    const PIECES = [
      'Putin', 'Trump', 'Xi', 'Straße', 'Strasse', 'Haßelmann', 'wladimir', 'Steuer', '2026', 'a', 'zzzzqx', 'ssssssss',
      'AND', 'OR', 'NOT', 'and', 'or', 'not', 'NEAR', '"', '„', '“', '(', ')', '((', '))', '*', '^', ':', '-', '+', "'", ',',
      'title:', 'text:Putin', 'NOT (', 'OR (', 'AND (', '(NOT', '😀', '👩‍👩‍👧', '習近平', 'e\u0301', '\u0000', '\u200b', '\n', '\t',
    ];
    const MAX_QUERY = 1000; // the contract's z.string().max(1000)

    function query(next: () => number): string {
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      let text = '';
      const parts = 1 + Math.floor(next() * 40);
      for (let i = 0; i < parts; i++) {
        const roll = next();
        if (roll < 0.08) {
          // A long run: one piece, or a few, repeated up to the longest query allowed.
          const unit = Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(PIECES)).join(pick([' ', '', ' ']));
          text += (unit + ' ').repeat(Math.ceil(MAX_QUERY / (unit.length + 1)));
        } else {
          text += pick(PIECES) + pick([' ', ' ', '', '  ']);
        }
      }
      return text.slice(0, MAX_QUERY);
    }

    it('answers every random query of words, quotes, brackets, operators and symbols with results or a message code', { timeout: 180_000 }, async () => {
      const next = random(20260);
      for (let i = 0; i < 600; i++) {
        const q = query(next);
        const result = await app.dispatch('search', { query: q });
        expect(result.ok, JSON.stringify(q)).toBe(true);
        if (!result.ok) continue;
        const { hits, message, messageCode } = result.value as { hits: unknown[]; message: string | null; messageCode: string | null };
        if (hits.length) expect(messageCode, JSON.stringify(q)).toBeNull();
        else expect(['empty_query', 'no_results'], JSON.stringify(q)).toContain(messageCode);
        // The safety net for FTS5 refusing a query is not needed for anything typed.
        expect(message ?? '', JSON.stringify(q)).not.toMatch(/too complex/);
      }
    });
  });
});

describe('toFtsQuery', () => {
  it('quotes every word, so nothing typed becomes FTS5 syntax', () => {
    expect(toFtsQuery('Putin AND Xi')).toBe('("putin"* AND "xi"*)');
    expect(toFtsQuery('"Putin AND (')).toBe('"putin"*');
    // A bracket of ANDs inside an AND is the same AND, one level less for FTS5's parser.
    expect(toFtsQuery('NEAR(rate, 3) title:x')).toBe('("near"* AND "rate"* AND "3" AND "title"* AND "x"*)');
    expect(toFtsQuery('a NOT b OR c')).toBe('(("a"* NOT "b"*) OR "c"*)');
  });

  it('subtracts many NOTs as one group, however they are written', () => {
    expect(toFtsQuery('a NOT b NOT c NOT d')).toBe('("a"* NOT ("b"* OR "c"* OR "d"*))');
    expect(toFtsQuery('(a NOT b) NOT c')).toBe('("a"* NOT ("b"* OR "c"*))');
    expect(toFtsQuery('a NOT (b OR c)')).toBe('("a"* NOT ("b"* OR "c"*))');
  });

  it('keeps negations in brackets and ORs after stray brackets', () => {
    expect(toFtsQuery('Putin (NOT Trump)')).toBe('("putin"* NOT "trump"*)');
    expect(toFtsQuery('(NOT a) b')).toBe('("b"* NOT "a"*)');
    expect(toFtsQuery('a ) OR b')).toBe('("a"* OR "b"*)');
    expect(toFtsQuery('Putin OR NOT Trump')).toBe('"putin"*');
    // NOT (NOT b) is b; (NOT a) OR (NOT b) is NOT (a AND b).
    expect(toFtsQuery('a NOT (NOT b NOT c)')).toBe('("a"* AND ("b"* OR "c"*))');
    expect(toFtsQuery('x ((NOT a) OR (NOT b))')).toBe('("x"* NOT ("a"* AND "b"*))');
  });

  it('ignores brackets nested deeper than MAX_BRACKET_DEPTH, with their closing brackets', () => {
    const depth = (q: string) => [...q].reduce((s, c) => (c === '(' ? { d: s.d + 1, max: Math.max(s.max, s.d + 1) } : c === ')' ? { ...s, d: s.d - 1 } : s), { d: 0, max: 0 }).max;
    const deep = 'a AND (b OR '.repeat(40) + 'c' + ')'.repeat(40);
    expect(depth(toFtsQuery(deep)!)).toBeLessThanOrEqual(2 * MAX_BRACKET_DEPTH + 2);
    // Every word is still searched: the deeper brackets' words join the deepest group kept.
    for (const w of ['"a"*', '"b"*', '"c"*']) expect(toFtsQuery(deep)).toContain(w);
    expect(toFtsQuery('('.repeat(500) + 'x' + ')'.repeat(500))).toBe('"x"*');
  });

  it('spells ß and ss both ways, with a bound', () => {
    expect(sharpSSpellings('Haßelmann').sort()).toEqual(['hasselmann', 'haßelmann']);
    expect(sharpSSpellings('Schlosssee').sort()).toEqual(['schlosssee', 'schlosßee', 'schloßsee']);
    expect(sharpSSpellings('ssssssssssssssss').length).toBeLessThanOrEqual(8);
  });
});
