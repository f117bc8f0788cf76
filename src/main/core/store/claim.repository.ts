import { sql } from 'kysely';
import type { Claim, ClaimWithSources } from '../../../shared/domain';
import type { Db } from './database';
import type { DatabaseKind } from './dialect';
import { toClaim, toSource } from './mappers';
import { selectSources } from './source.repository';
import type { ClaimRow, ClaimUpdate, NewClaimRow } from './tables';

type Executor = Pick<Db, 'selectFrom' | 'insertInto' | 'deleteFrom' | 'updateTable'>;

// SQLite allows 32,766 bound parameters per statement; claims have 22 columns.
const INSERT_CHUNK = 1000;

/** Inserts many claims as multi-row statements: one statement per thousand rows, not one per row. */
export async function insertClaims(db: Executor, rows: NewClaimRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await db.insertInto('claims').values(rows.slice(i, i + INSERT_CHUNK)).execute();
  }
}

export async function findClaimRow(db: Executor, id: string, includeDeleted = false): Promise<ClaimRow | undefined> {
  let q = db.selectFrom('claims').selectAll().where('id', '=', id);
  if (!includeDeleted) q = q.where('deleted_at', 'is', null);
  return q.executeTakeFirst();
}

/**
 * The claim row, locked for the rest of the transaction where the database runs writers side by
 * side (PostgreSQL: `for update`), so what a write checks (its version, its verdict, how many
 * sources it has) stays true until it commits. SQLite runs one writer at a time: a plain read.
 */
export async function lockClaimRow(db: Executor, kind: DatabaseKind, id: string, includeDeleted = false): Promise<ClaimRow | undefined> {
  if (kind !== 'postgres') return findClaimRow(db, id, includeDeleted);
  let q = db.selectFrom('claims').selectAll().where('id', '=', id);
  if (!includeDeleted) q = q.where('deleted_at', 'is', null);
  return q.forUpdate().executeTakeFirst();
}

export async function listClaimRowsForArticle(db: Executor, articleId: string, includeDeleted = false): Promise<ClaimRow[]> {
  let q = db.selectFrom('claims').selectAll().where('article_id', '=', articleId);
  if (!includeDeleted) q = q.where('deleted_at', 'is', null);
  return q.orderBy('start').orderBy('end').execute();
}

/** A page of an article's claims in text order: after a claim (a cursor), skipping `offset`, at most `limit`. */
export interface ClaimPage {
  after?: { start: number; end: number; id: string };
  offset?: number;
  limit?: number;
}

/**
 * Claims with their sources, in text order: two queries, not one per claim. With a page
 * (offset, limit) only those claims and their sources are read, so a page of a 24,000-claim
 * article costs a page, not the article.
 */
export async function listClaimsWithSources(db: Executor, articleId: string, page?: ClaimPage): Promise<ClaimWithSources[]> {
  let q = db.selectFrom('claims').selectAll().where('article_id', '=', articleId).where('deleted_at', 'is', null).orderBy('start').orderBy('end').orderBy('id');
  if (page?.after) q = q.where(sql<boolean>`(start, "end", id) > (${page.after.start}, ${page.after.end}, ${page.after.id})`);
  if (page) q = q.limit(page.limit ?? Number.MAX_SAFE_INTEGER).offset(page.offset ?? 0);
  const claims = (await q.execute()).map(toClaim);
  if (!claims.length) return [];
  let sq = selectSources(db).innerJoin('claims as c', 'c.id', 's.claim_id').where('c.article_id', '=', articleId).where('c.deleted_at', 'is', null);
  // Only the sources of the claims on this page; a first page shorter than its limit holds every
  // claim, and naming them all (2,000 ids for the article view) cost more than the read itself.
  const wholeArticle = page && !page.after && !page.offset && claims.length < (page.limit ?? Number.MAX_SAFE_INTEGER);
  if (page && !wholeArticle) sq = sq.where('c.id', 'in', claims.map((c) => c.id));
  const sources = await sq.orderBy('s.added_at').orderBy('s.id').execute();
  const byClaim = new Map<string, ClaimWithSources['sources']>();
  for (const row of sources) {
    const list = byClaim.get(row.claim_id) ?? [];
    list.push(toSource(row));
    byClaim.set(row.claim_id, list);
  }
  return claims.map((c) => ({ ...c, sources: byClaim.get(c.id) ?? [] }));
}

export async function getClaimWithSources(db: Executor, id: string): Promise<ClaimWithSources | undefined> {
  const row = await findClaimRow(db, id);
  if (!row) return undefined;
  const sources = await selectSources(db).where('s.claim_id', '=', id).orderBy('s.added_at').orderBy('s.id').execute();
  return { ...toClaim(row), sources: sources.map(toSource) };
}

/**
 * Writes a change only if the claim is still at the version the caller read; returns false
 * when it is not (someone else saved first), so the caller can report a conflict.
 */
export async function updateClaimIfVersion(db: Executor, id: string, expectedVersion: number, patch: ClaimUpdate): Promise<boolean> {
  const result = await db
    .updateTable('claims')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteClaimRows(db: Executor, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
    await db.deleteFrom('claims').where('id', 'in', ids.slice(i, i + INSERT_CHUNK)).execute();
  }
}

/** How many claims an article has (not counting deleted ones). */
export async function countLiveClaims(db: Executor, articleId: string): Promise<number> {
  const row = await db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n')).where('article_id', '=', articleId).where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countSources(db: Executor, claimId: string): Promise<number> {
  const row = await db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).where('claim_id', '=', claimId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export type { Claim };
