import { sql } from 'kysely';
import { SEARCH_MARK_END, SEARCH_MARK_START, type MethodResult, type ParsedInput, type SearchHit } from '../../../shared/contract';
import type { ServiceContext } from './context';

/**
 * Turns whatever a person typed into a safe FTS5 query: words and "quoted phrases" become
 * quoted FTS strings joined by AND, the last word matches as a prefix. FTS5 operators and
 * stray quotes in the input are therefore searched as text, never parsed as syntax.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  const phrase = /"([^"]*)"/g;
  const rest = input.replace(phrase, (_, inner: string) => {
    const words = inner.match(/[\p{L}\p{N}]+/gu);
    if (words?.length) terms.push(`"${words.join(' ')}"`);
    return ' ';
  });
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  words.forEach((word, i) => terms.push(i === words.length - 1 ? `"${word}"*` : `"${word}"`));
  return terms.length ? terms.join(' ') : null;
}

export async function search(ctx: ServiceContext, input: ParsedInput<'search'>): Promise<MethodResult<'search'>> {
  const query = toFtsQuery(input.query);
  if (!query) return { hits: [], message: 'Type a word to search for.', messageCode: 'empty_query' };
  const limit = input.limit ?? 50;
  const db = ctx.store.db;
  // MATCH runs in its own subquery with its own LIMIT before any join (FTS5 is fast alone, slow when joined).
  const claims = await sql<{ id: string; article_id: string; verdict: string; title: string; snip: string }>`
    select c.id, c.article_id, c.verdict, a.title, f.snip from (
      select rowid, snippet(claims_fts, -1, ${SEARCH_MARK_START}, ${SEARCH_MARK_END}, '…', 24) as snip, rank
      from claims_fts where claims_fts match ${query} order by rank limit ${limit * 2}
    ) f
    join claims c on c.rowid = f.rowid
    join articles a on a.id = c.article_id
    where c.deleted_at is null
    order by f.rank limit ${limit}`.execute(db);
  const articles = await sql<{ id: string; title: string; snip: string }>`
    select a.id, a.title, f.snip from (
      select rowid, snippet(articles_fts, -1, ${SEARCH_MARK_START}, ${SEARCH_MARK_END}, '…', 24) as snip, rank
      from articles_fts where articles_fts match ${query} order by rank limit ${limit}
    ) f
    join articles a on a.rowid = f.rowid
    order by f.rank`.execute(db);
  const hits: SearchHit[] = [
    ...articles.rows.map((r) => ({ type: 'article' as const, articleId: r.id, articleTitle: r.title, claimId: null, verdict: null, snippet: r.snip })),
    ...claims.rows.map((r) => ({
      type: 'claim' as const,
      articleId: r.article_id,
      articleTitle: r.title,
      claimId: r.id,
      verdict: r.verdict as SearchHit['verdict'],
      snippet: r.snip,
    })),
  ];
  return hits.length ? { hits, message: null, messageCode: null } : { hits, message: `Nothing found for ${input.query.trim()}.`, messageCode: 'no_results' };
}
