// Full-text search on PostgreSQL: the parsed search (core/search/query.ts, the same tree the
// SQLite search turns into FTS5) as a tsquery, matched against claims_fts/articles_fts, whose
// tsvectors are in the configuration of each article's language (german or english); each row is
// matched with the query normalised in its own configuration.
import { sql, type Kysely } from 'kysely';
import type { SearchHit } from '../../../../shared/contract';
import { SEARCH_MARK_END, SEARCH_MARK_START } from '../../../../shared/constants';
import { compoundParts, phraseSpellingCombinations, sharpSSpellings, toSearchHits, type PartsOf, type SearchNode } from '../../search/query';

/** A lexeme of the tsquery syntax: the parser's words hold letters and digits only, quoted anyway. */
const lexeme = (word: string) => `'${word.replace(/['\\]/gu, (c) => `\\${c}`)}'`;
const alternatives = (options: string[]) => (options.length === 1 ? options[0]! : `(${options.join(' | ')})`);

const phraseSpellings = (words: string[]): string[] => phraseSpellingCombinations(words).map((p) => `(${p.map(lexeme).join(' <-> ')})`);

/** The tsquery text (for to_tsquery with a configuration) of a parsed search. */
export function toTsQueryText(node: SearchNode, partsOf: PartsOf = () => []): string {
  const inner = (n: SearchNode) => toTsQueryText(n, partsOf);
  switch (node.t) {
    case 'word': {
      const spellings = sharpSSpellings(node.v);
      const own = spellings.map((w) => `${lexeme(w)}${node.prefix ? ':*' : ''}`);
      const parts = node.prefix ? spellings.flatMap(partsOf).map(lexeme) : [];
      return alternatives([...own, ...parts]);
    }
    case 'phrase':
      // PostgreSQL's parser keeps 4.2 as one token (4,2 as two): a number is searched both ways.
      return alternatives([...phraseSpellings(node.v), ...(node.v.length > 1 && node.v.every((w) => /^\p{N}+$/u.test(w)) ? [lexeme(node.v.join('.'))] : [])]);
    case 'and':
      return `(${node.v.map(inner).join(' & ')})`;
    case 'or':
      return `(${node.v.map(inner).join(' | ')})`;
    case 'not':
      return `(${inner(node.keep)} & !(${node.drop.map(inner).join(' | ')}))`;
  }
}

// ts_headline's options: the marks are control characters, quoted as option values.
const HEADLINE = `StartSel="${SEARCH_MARK_START}", StopSel="${SEARCH_MARK_END}", MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;

interface TermCache {
  mark: string;
  terms: string[];
}
const termCache = new WeakMap<object, Map<string, TermCache>>();

/** The words (lexemes) of an index, most documents first, read again only after a write. */
async function indexedLexemes(db: Kysely<any>, table: 'claims_fts' | 'articles_fts'): Promise<string[]> {
  const mark = (await sql<{ mark: string }>`select pg_current_wal_insert_lsn()::text as mark`.execute(db)).rows[0]!.mark;
  const key = db.getExecutor().adapter;
  let perDb = termCache.get(key);
  if (!perDb) termCache.set(key, (perDb = new Map()));
  const known = perDb.get(table);
  if (known?.mark === mark) return known.terms;
  const { rows } = await sql<{ word: string }>`select word from ts_stat(${`select fts from ${table}`}) order by ndoc desc`.execute(db);
  const terms = rows.map((r) => r.word).filter((w) => w !== '~' && !/^\p{N}/u.test(w));
  perDb.set(table, { mark, terms });
  return terms;
}

function wordsOf(node: SearchNode, out: Set<string>): Set<string> {
  if (node.t === 'word') for (const s of sharpSSpellings(node.v)) out.add(s);
  else if (node.t === 'and' || node.t === 'or') for (const n of node.v) wordsOf(n, out);
  else if (node.t === 'not') [node.keep, ...node.drop].forEach((n) => wordsOf(n, out));
  return out;
}

/**
 * Compound parts over stemmed lexemes: the index holds 'kinderklin' and 'schlossstrass', so a
 * query word is looked for as its German stem too, and (six letters or more) without its last
 * two letters ('klinik' → 'klin').
 */
async function stemmedParts(db: Kysely<any>, tree: SearchNode, terms: string[]): Promise<PartsOf> {
  const words = [...wordsOf(tree, new Set())];
  const stems = new Map<string, string>();
  if (words.length) {
    const { rows } = await sql<{ w: string; s: string | null }>`select w, (ts_lexize('german_stem', w))[1] as s from unnest(${words}::text[]) as w`.execute(db);
    for (const r of rows) if (r.s) stems.set(r.w, r.s);
  }
  const parts = compoundParts(terms);
  return (spelling) => {
    const found = new Set(parts(spelling));
    const stem = stems.get(spelling);
    if (stem && stem !== spelling) for (const p of parts(stem)) found.add(p);
    if (spelling.length >= 6) for (const p of parts(spelling.slice(0, -2))) found.add(p);
    return [...found];
  };
}

// Each row is matched in the configuration it was indexed in. The two configurations are two
// conditions of their own, each "fts @@ <query>" with a query fixed for the statement, so the
// GIN index answers both (a query chosen per row by a CASE could only be checked row by row).
const matching = (text: string) => sql`((f.config = 'german'::regconfig and f.fts @@ to_tsquery('german', ${text}))
    or (f.config <> 'german'::regconfig and f.fts @@ to_tsquery('english', ${text})))`;
const rowQuery = (text: string) => sql`(case f.config when 'german'::regconfig then to_tsquery('german', ${text}) else to_tsquery('english', ${text}) end)`;

/** Claims whose text or claimant matches a tsquery text, best first (exported for EXPLAIN in tests). */
export function claimHitsQuery(text: string, limit: number) {
  return sql<{ id: string; article_id: string; verdict: string; title: string; snip: string }>`
    select c.id, c.article_id, c.verdict, a.title,
      ts_headline(m.config, c.text, m.q, ${HEADLINE}) as snip
    from (
      select f.claim_id, f.config, ${rowQuery(text)} as q, ts_rank(f.fts, ${rowQuery(text)}) as rank
      from claims_fts f
      where ${matching(text)} order by rank desc limit ${limit * 2}
    ) m
    join claims c on c.id = m.claim_id
    join articles a on a.id = c.article_id
    where c.deleted_at is null and a.deleted_at is null
    order by m.rank desc, c.id limit ${limit}`;
}

/** Articles whose title or text matches a tsquery text, best first. */
export function articleHitsQuery(text: string, limit: number) {
  return sql<{ id: string; title: string; snip: string }>`
    select a.id, a.title, ts_headline(m.config, a.title || E'\n' || a.text, m.q, ${HEADLINE}) as snip
    from (
      select f.article_id, f.config, ${rowQuery(text)} as q, ts_rank(f.fts, ${rowQuery(text)}) as rank
      from articles_fts f
      where ${matching(text)} order by rank desc limit ${limit}
    ) m
    join articles a on a.id = m.article_id
    where a.deleted_at is null
    order by m.rank desc, a.id`;
}

export async function searchPostgres(db: Kysely<any>, tree: SearchNode, limit: number): Promise<SearchHit[] | null> {
  const claimsQuery = toTsQueryText(tree, await stemmedParts(db, tree, await indexedLexemes(db, 'claims_fts')));
  const articlesQuery = toTsQueryText(tree, await stemmedParts(db, tree, await indexedLexemes(db, 'articles_fts')));
  try {
    const claims = await claimHitsQuery(claimsQuery, limit).execute(db);
    const articles = await articleHitsQuery(articlesQuery, limit).execute(db);
    return toSearchHits(articles.rows, claims.rows);
  } catch (error) {
    // 42601 syntax error, 54001 statement too complex: the query itself, not the database.
    const code = (error as { code?: unknown }).code;
    if (code === '42601' || code === '54001') return null;
    throw error;
  }
}
