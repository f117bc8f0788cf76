// Full-text search on SQLite: the parsed search as an FTS5 expression over claims_fts and articles_fts.
import { sql, type Kysely } from 'kysely';
import type { SearchHit } from '../../../../shared/contract';
import { SEARCH_MARK_END, SEARCH_MARK_START } from '../../../../shared/constants';
import { compoundParts, searchNodeToFts, toSearchHits, type SearchNode } from '../../search/query';
import { indexedTerms } from '../search-terms.repository';

/** Each index widens the words by the compounds it holds itself. */
export async function searchSqlite(db: Kysely<any>, tree: SearchNode, limit: number): Promise<SearchHit[] | null> {
  const query = searchNodeToFts(tree, compoundParts(await indexedTerms(db, 'claims_fts')));
  const articlesQuery = searchNodeToFts(tree, compoundParts(await indexedTerms(db, 'articles_fts')));
  return matchFts5(db, query, limit, articlesQuery);
}

/** An error FTS5 raises for the query itself ("fts5: parser stack overflow", "fts5: syntax error …"), not for the database. */
function isFtsQueryError(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_ERROR' && error.message.startsWith('fts5:');
}

/**
 * The claims and articles an FTS5 query matches, best first, or null when FTS5 refuses the query.
 * toFtsQuery builds only well-formed queries within FTS5's limits, so null is a safety net: should
 * FTS5 still refuse one, the person gets an answer to act on, not an internal error. Any other
 * error (the database itself failing) is thrown as before.
 */
export async function matchFts5(db: Kysely<any>, query: string, limit: number, articlesQuery = query): Promise<SearchHit[] | null> {
  try {
    // MATCH runs in its own subquery with its own LIMIT before any join (FTS5 is fast alone, slow when joined).
    const claims = await sql<{ id: string; article_id: string; verdict: string; title: string; snip: string }>`
      select c.id, c.article_id, c.verdict, a.title, f.snip from (
        select rowid, snippet(claims_fts, -1, ${SEARCH_MARK_START}, ${SEARCH_MARK_END}, '…', 24) as snip, rank
        from claims_fts where claims_fts match ${query} order by rank limit ${limit * 2}
      ) f
      join claims c on c.rowid = f.rowid
      join articles a on a.id = c.article_id
      where c.deleted_at is null and a.deleted_at is null
      order by f.rank limit ${limit}`.execute(db);
    const articles = await sql<{ id: string; title: string; snip: string }>`
      select a.id, a.title, f.snip from (
        select rowid, snippet(articles_fts, -1, ${SEARCH_MARK_START}, ${SEARCH_MARK_END}, '…', 24) as snip, rank
        from articles_fts where articles_fts match ${articlesQuery} order by rank limit ${limit}
      ) f
      join articles a on a.rowid = f.rowid
      where a.deleted_at is null
      order by f.rank`.execute(db);
    return toSearchHits(articles.rows, claims.rows);
  } catch (error) {
    if (isFtsQueryError(error)) return null;
    throw error;
  }
}

