// The fact-check library's rows and its search index. The index is written here, beside the
// row, so a fact-check and its terms are one write; its deletion follows the row by trigger.
import type SqliteDatabase from 'better-sqlite3';
import type { FactCheck } from '../../../shared/factchecks.contract';
import type { FactCheckRecord } from '../factchecks/records';
import type { Db } from './database';
import { dialectOf, type DeskEntry } from './dialect';
import type { Database, FactCheckRow } from './tables';
import { sql, type ExpressionBuilder } from 'kysely';

// Raw SQL (FTS5) needs the whole executor: a Db or a transaction.
type Executor = Db;
type Raw = Db;

const LIBRARY_VERSION_KEY = 'factchecks.libraryVersion';

export function toFactCheck(row: FactCheckRow & { article_id?: string | null }): FactCheck {
  return {
    id: row.id,
    origin: row.origin,
    claimReviewed: row.claim_reviewed,
    claimant: row.claimant,
    claimDate: row.claim_date,
    ratingName: row.rating_name,
    ratingCode: row.rating_code ?? null,
    ratingValue: row.rating_value,
    bestRating: row.best_rating,
    worstRating: row.worst_rating,
    organisation: row.organisation,
    url: row.url,
    reviewDate: row.review_date,
    language: row.language,
    claimId: row.claim_id,
    articleId: row.article_id ?? null,
  };
}

const recordColumns = (r: FactCheckRecord) => ({
  claim_reviewed: r.claimReviewed,
  claimant: r.claimant,
  claim_date: r.claimDate,
  rating_name: r.ratingName,
  rating_value: r.ratingValue,
  best_rating: r.bestRating,
  worst_rating: r.worstRating,
  organisation: r.organisation,
  review_date: r.reviewDate,
  language: r.language,
});

export type UpsertOutcome = 'imported' | 'updated' | 'unchanged';

const COLUMNS = ['claim_reviewed', 'claimant', 'claim_date', 'rating_name', 'rating_value', 'best_rating', 'worst_rating', 'organisation', 'review_date', 'language'] as const;

/** Prepared once per connection: the bulk path runs four statements a row at most. */
const bulkStatements = new WeakMap<SqliteDatabase.Database, ReturnType<typeof prepareBulk>>();
function prepareBulk(sqlite: SqliteDatabase.Database) {
  return {
    find: sqlite.prepare(`select id, ${COLUMNS.join(', ')} from factchecks where url = ?`),
    insert: sqlite.prepare(`insert into factchecks (origin, url, ${COLUMNS.join(', ')}, imported_at) values ('import', ?, ${COLUMNS.map(() => '?').join(', ')}, ?) returning id`).pluck(),
    update: sqlite.prepare(`update factchecks set ${COLUMNS.map((c) => `${c} = ?`).join(', ')} where id = ?`),
  };
}

/** The index's two statements, prepared once per connection (see writeFactCheckTermsSqlite). */
const termStatements = new WeakMap<SqliteDatabase.Database, { remove: SqliteDatabase.Statement; insert: SqliteDatabase.Statement }>();

/**
 * SQLite: writes a fact-check's index terms (replacing its old ones). Every write of the index
 * goes through here: the dialect's writeFactCheckTerms and the bulk paths of imports and of the
 * desk sync. Synchronous: inside a store transaction it runs on the connection that transaction holds.
 */
export function writeFactCheckTermsSqlite(sqlite: SqliteDatabase.Database, id: number, terms: string, replace: boolean): void {
  let statements = termStatements.get(sqlite);
  if (!statements) {
    statements = { remove: sqlite.prepare('delete from factchecks_fts where rowid = ?'), insert: sqlite.prepare('insert into factchecks_fts (rowid, terms) values (?, ?)') };
    termStatements.set(sqlite, statements);
  }
  if (replace) statements.remove.run(id);
  statements.insert.run(id, terms);
}

/**
 * Writes a batch of imported fact-checks (insert, or update by review URL) with their index
 * terms, through prepared statements. Call it inside a store transaction: it is synchronous,
 * so nothing else runs on the connection between its statements.
 */
export function writeImportedBatch(
  sqlite: SqliteDatabase.Database,
  rows: ReadonlyArray<{ record: FactCheckRecord; terms: string }>,
  now: string,
): Record<UpsertOutcome, number> {
  let statements = bulkStatements.get(sqlite);
  if (!statements) bulkStatements.set(sqlite, (statements = prepareBulk(sqlite)));
  const counts = { imported: 0, updated: 0, unchanged: 0 };
  for (const { record, terms } of rows) {
    const columns = recordColumns(record);
    const values = COLUMNS.map((c) => columns[c]);
    const existing = statements.find.get(record.url) as (Record<string, unknown> & { id: number }) | undefined;
    if (!existing) {
      const id = statements.insert.get(record.url, ...values, now) as number;
      writeFactCheckTermsSqlite(sqlite, id, terms, false);
      counts.imported++;
    } else if (COLUMNS.every((c, i) => existing[c] === values[i])) {
      counts.unchanged++;
    } else {
      statements.update.run(...values, existing.id);
      writeFactCheckTermsSqlite(sqlite, existing.id, terms, true);
      counts.updated++;
    }
  }
  return counts;
}

export interface DeskClaimRow {
  id: string;
  version: number;
  text: string;
  claimant: string | null;
  verdict: string;
  rating_label: string | null;
  reviewed_at: string | null;
  language: string;
  published_at: string | null;
}

/**
 * The ids of reviewed claims whose library entry is missing or older than the claim (in the
 * order the sync writes them). Reading only ids keeps this scan of every reviewed claim light;
 * the claims themselves are read a chunk at a time (deskClaimsByIds).
 */
export async function staleDeskClaims(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .leftJoin('factchecks as f', 'f.claim_id', 'c.id')
    .select('c.id')
    .where('c.verdict', '!=', 'unreviewed')
    .where('c.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .where((eb) => eb.or([eb('f.id', 'is', null), eb('f.claim_version', '!=', eb.ref('c.version'))]))
    .execute();
  return rows.map((row) => row.id);
}

/** The claims of `ids` that are reviewed and not deleted, in the order of `ids`. */
export async function deskClaimsByIds(db: Executor, ids: string[]): Promise<DeskClaimRow[]> {
  const byId = new Map<string, DeskClaimRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('claims as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .select(['c.id', 'c.version', 'c.text', 'c.claimant', 'c.verdict', 'c.rating_label', 'c.reviewed_at', 'a.language', 'a.published_at'])
      .where('c.id', 'in', ids.slice(i, i + 500))
      .where('c.verdict', '!=', 'unreviewed')
      .where('c.deleted_at', 'is', null)
      .where('a.deleted_at', 'is', null)
      .execute();
    for (const row of rows) byId.set(row.id, row);
  }
  return ids.map((id) => byId.get(id)).filter((row): row is DeskClaimRow => row !== undefined);
}

/** Each claim's version and verdict now (deleted claims and those of trashed articles left out): whether what was read of it still holds. */
export async function liveClaimVersions(db: Executor, ids: string[]): Promise<Map<string, { version: number; verdict: string }>> {
  const out = new Map<string, { version: number; verdict: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('claims as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .select(['c.id', 'c.version', 'c.verdict'])
      .where('c.id', 'in', ids.slice(i, i + 500))
      .where('c.deleted_at', 'is', null)
      .where('a.deleted_at', 'is', null)
      .execute();
    for (const row of rows) out.set(row.id, { version: row.version, verdict: row.verdict });
  }
  return out;
}

type DeskFields = { ratingName: string | null; ratingCode: 'verified' | 'disputed' | 'inconclusive'; ratingValue: number; bestRating: number; worstRating: number; organisation: string | null };

/** The library columns of a reviewed claim's entry. */
export function deskColumns(claim: DeskClaimRow, fields: DeskFields): DeskEntry['columns'] {
  return {
    claim_version: claim.version,
    claim_reviewed: claim.text,
    claimant: claim.claimant,
    claim_date: claim.published_at?.slice(0, 10) ?? null,
    rating_name: fields.ratingName,
    rating_code: fields.ratingCode,
    rating_value: fields.ratingValue,
    best_rating: fields.bestRating,
    worst_rating: fields.worstRating,
    organisation: fields.organisation,
    review_date: claim.reviewed_at?.slice(0, 10) ?? null,
    language: claim.language,
  };
}

/**
 * Writes the entries of many reviewed claims (a chunk of the desk's sync), in order; returns
 * their ids. SQLite writes them through prepared statements (writeDeskBatch); elsewhere each
 * goes through Kysely (writeDeskEntry). Call inside a transaction.
 */
export async function upsertDeskEntries(db: Db, entries: ReadonlyArray<DeskEntry>, now: string): Promise<number[]> {
  const bulk = dialectOf(db).writeDeskEntries;
  if (bulk) return bulk(db, entries, now);
  const ids: number[] = [];
  for (const entry of entries) ids.push(await writeDeskEntry(db, entry, now));
  return ids;
}

const DESK_COLUMNS = ['claim_version', 'claim_reviewed', 'claimant', 'claim_date', 'rating_name', 'rating_code', 'rating_value', 'best_rating', 'worst_rating', 'organisation', 'review_date', 'language'] as const;
const deskStatements = new WeakMap<SqliteDatabase.Database, ReturnType<typeof prepareDesk>>();

function prepareDesk(sqlite: SqliteDatabase.Database) {
  return {
    find: sqlite.prepare('select id from factchecks where claim_id = ?').pluck(),
    insert: sqlite.prepare(`insert into factchecks (origin, claim_id, ${DESK_COLUMNS.join(', ')}, imported_at) values ('desk', ?, ${DESK_COLUMNS.map(() => '?').join(', ')}, ?) returning id`).pluck(),
    update: sqlite.prepare(`update factchecks set ${DESK_COLUMNS.map((c) => `${c} = ?`).join(', ')} where id = ?`),
  };
}

/** SQLite's writeDeskEntries: the same writes as writeDeskEntry, through statements prepared once per connection. */
export function writeDeskBatch(sqlite: SqliteDatabase.Database, entries: ReadonlyArray<DeskEntry>, now: string): number[] {
  let statements = deskStatements.get(sqlite);
  if (!statements) deskStatements.set(sqlite, (statements = prepareDesk(sqlite)));
  const ids: number[] = [];
  for (const { claimId, columns, terms } of entries) {
    const values = DESK_COLUMNS.map((c) => columns[c]);
    const existing = statements.find.get(claimId) as number | undefined;
    if (existing !== undefined) {
      statements.update.run(...values, existing);
      writeFactCheckTermsSqlite(sqlite, existing, terms, true);
      ids.push(existing);
    } else {
      const id = statements.insert.get(claimId, ...values, now) as number;
      writeFactCheckTermsSqlite(sqlite, id, terms, false);
      ids.push(id);
    }
  }
  return ids;
}

/** One desk entry through Kysely (PostgreSQL): insert, or update by claim, with its index terms. */
async function writeDeskEntry(db: Db, { claimId, columns, terms }: DeskEntry, now: string): Promise<number> {
  const existing = await db.selectFrom('factchecks').select('id').where('claim_id', '=', claimId).executeTakeFirst();
  if (existing) {
    await db.updateTable('factchecks').set(columns).where('id', '=', existing.id).execute();
    await dialectOf(db).writeFactCheckTerms(db, existing.id, terms, true);
    return existing.id;
  }
  const inserted = await db.insertInto('factchecks').values({ origin: 'desk', claim_id: claimId, ...columns, imported_at: now }).returning('id').executeTakeFirstOrThrow();
  await dialectOf(db).writeFactCheckTerms(db, inserted.id, terms, false);
  return inserted.id;
}

/** Desk entries whose claim is no longer reviewed, or was deleted, or whose article is in the trash (restored, it is indexed again). */
const notReviewed = (eb: ExpressionBuilder<Database, 'factchecks'>) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom('claims as c')
        .innerJoin('articles as a', 'a.id', 'c.article_id')
        .select('c.id')
        .whereRef('c.id', '=', 'factchecks.claim_id')
        .where('c.verdict', '!=', 'unreviewed')
        .where('c.deleted_at', 'is', null)
        .where('a.deleted_at', 'is', null),
    ),
  );

/** The ids of desk entries whose claim is no longer reviewed or was deleted (hard deletes cascade). */
export async function unreviewedDeskIds(db: Executor): Promise<number[]> {
  const rows = await db.selectFrom('factchecks').select('id').where('origin', '=', 'desk').where(notReviewed).execute();
  return rows.map((row) => row.id);
}

/**
 * Drops the desk entries of `ids` whose claim is (still) no longer reviewed or was deleted;
 * returns the ids dropped. Each is checked again here: what was read of it may be old.
 */
export async function removeUnreviewedDesk(db: Executor, ids: number[]): Promise<number[]> {
  const removed: number[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .deleteFrom('factchecks')
      .where('id', 'in', ids.slice(i, i + 500))
      .where('origin', '=', 'desk')
      .where(notReviewed)
      .returning('id')
      .execute();
    for (const row of rows) removed.push(row.id);
  }
  return removed;
}

export async function readLibraryVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', LIBRARY_VERSION_KEY).executeTakeFirst();
  return row ? Number(row.value) || 0 : 0;
}

export async function bumpLibraryVersion(db: Executor): Promise<number> {
  const next = (await readLibraryVersion(db)) + 1;
  await db
    .insertInto('settings')
    .values({ key: LIBRARY_VERSION_KEY, value: String(next) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(next) }))
    .execute();
  return next;
}

/** Document frequencies of terms in the index (terms it lacks are left out). */
export function documentFrequencies(db: Raw, terms: string[]): Promise<Map<string, number>> {
  return dialectOf(db).factCheckDocumentFrequencies(db, terms);
}

/**
 * Roughly how many reviewed claims the desk holds: what the desk sync's scan reads. SQLite sums
 * the verdict tallies its triggers keep (desk_tallies, schema 9: a few rows a day, claims of
 * articles in the trash included); elsewhere they are counted.
 */
export async function reviewedClaimEstimate(db: Executor): Promise<number> {
  if (dialectOf(db).kind === 'sqlite') {
    const { rows } = await sql<{ n: number | null }>`select sum(claims) as n from desk_tallies where verdict != 'unreviewed'`.execute(db);
    return Number(rows[0]?.n ?? 0);
  }
  const row = await db
    .selectFrom('claims')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('verdict', '!=', 'unreviewed')
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Roughly how many documents the index holds (the highest id: exact unless rows were deleted). */
export async function documentCount(db: Executor): Promise<number> {
  const row = await db.selectFrom('factchecks').select((eb) => eb.fn.max('id').as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The best candidates by the index's ranking (BM25 on SQLite), any term may match. */
export function searchCandidates(db: Raw, terms: string[], limit: number): Promise<number[]> {
  return dialectOf(db).factCheckCandidates(db, terms, limit);
}

export async function factChecksByIds(db: Executor, ids: number[]): Promise<Array<FactCheckRow & { article_id: string | null }>> {
  if (!ids.length) return [];
  return db
    .selectFrom('factchecks as f')
    .leftJoin('claims as c', 'c.id', 'f.claim_id')
    .selectAll('f')
    .select('c.article_id')
    .where('f.id', 'in', ids)
    .execute();
}

export async function listFactChecks(db: Executor, input: { origin?: 'import' | 'desk'; offset?: number; limit?: number }) {
  let q = db.selectFrom('factchecks as f').leftJoin('claims as c', 'c.id', 'f.claim_id');
  if (input.origin) q = q.where('f.origin', '=', input.origin);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('f')
    .select('c.article_id')
    .orderBy('f.id', 'desc')
    .offset(input.offset ?? 0)
    .limit(input.limit ?? 100)
    .execute();
  return { total: Number(total.n), items: rows.map(toFactCheck) };
}

export async function findFactCheck(db: Executor, id: number) {
  const [row] = await factChecksByIds(db, [id]);
  return row ? toFactCheck(row) : undefined;
}

/** URLs of imported fact-checks among these, for reports to name them. */
export async function importedByUrl(db: Executor, urls: string[]): Promise<Map<string, FactCheck>> {
  const out = new Map<string, FactCheck>();
  for (let i = 0; i < urls.length; i += 500) {
    const rows = await db.selectFrom('factchecks').selectAll().where('origin', '=', 'import').where('url', 'in', urls.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.url!, toFactCheck(r));
  }
  return out;
}

export async function writeClaimMatches(db: Executor, rows: Array<{ claim_id: string; factcheck_id: number | null; similarity: number; library_version: number }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    // Flagging yields to other calls between matches, so a claim it matched may have been deleted
    // for good meanwhile (trash emptied, re-extraction): its answer has nothing left to flag.
    // Run inside the caller's transaction, this check and the write see the same claims.
    const live = await db.selectFrom('claims').select('id').where('id', 'in', chunk.map((row) => row.claim_id)).execute();
    const liveIds = new Set(live.map((row) => row.id));
    const kept = chunk.filter((row) => liveIds.has(row.claim_id));
    if (kept.length === 0) continue;
    await db
      .insertInto('claim_matches')
      .values(kept)
      .onConflict((oc) =>
        oc.column('claim_id').doUpdateSet((eb) => ({
          factcheck_id: eb.ref('excluded.factcheck_id'),
          similarity: eb.ref('excluded.similarity'),
          library_version: eb.ref('excluded.library_version'),
        })),
      )
      .execute();
  }
}

/** Claims (of an article, or all) with their kept best match, or none yet. */
export async function claimsForFlagging(db: Executor, articleId: string | undefined) {
  let q = db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .leftJoin('claim_matches as m', 'm.claim_id', 'c.id')
    .select(['c.id', 'c.text', 'a.language', 'm.factcheck_id', 'm.similarity', 'm.library_version'])
    .where('c.deleted_at', 'is', null);
  if (articleId) q = q.where('c.article_id', '=', articleId);
  return q.execute();
}
