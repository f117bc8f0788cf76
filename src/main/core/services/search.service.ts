import { type MethodResult, type ParsedInput } from '../../../shared/contract';
import { parseSearchQuery } from '../search/query';
import { matchFts5 } from '../store/sqlite/search';
import type { ServiceContext } from './context';

// The parser moved to core/search/query.ts (both databases translate its tree); named here as before.
export { MAX_BRACKET_DEPTH, MIN_PART_LENGTH, compoundParts, parseSearchQuery, sharpSSpellings, toFtsQuery, type PartsOf, type SearchNode } from '../search/query';

/** SQLite only: the hits of FTS5 expressions as built by toFtsQuery (the search itself goes through the store's dialect). */
export function matchHits(ctx: ServiceContext, query: string, limit: number, articlesQuery = query) {
  return matchFts5(ctx.store.db, query, limit, articlesQuery);
}

export async function search(ctx: ServiceContext, input: ParsedInput<'search'>): Promise<MethodResult<'search'>> {
  const tree = parseSearchQuery(input.query);
  if (!tree) return { hits: [], message: 'Type a word to search for.', messageCode: 'empty_query' };
  const hits = await ctx.store.dialect.search(ctx.store.db, tree, input.limit ?? 50);
  if (!hits) {
    return { hits: [], message: `Nothing found for ${input.query.trim()}: the search is too complex. Try fewer brackets or NOTs.`, messageCode: 'no_results' };
  }
  return hits.length ? { hits, message: null, messageCode: null } : { hits, message: `Nothing found for ${input.query.trim()}.`, messageCode: 'no_results' };
}
