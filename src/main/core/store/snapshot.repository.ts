// Source snapshots and link checks: one row each per source (see migration 005).
import type { Db } from './database';
import type { SourceCheckTable, SourceSnapshotRow, SourceSnapshotTable } from './tables';

type Executor = Pick<Db, 'selectFrom' | 'insertInto' | 'deleteFrom' | 'updateTable'>;

export async function findSnapshotRow(db: Executor, sourceId: string): Promise<SourceSnapshotRow | undefined> {
  return db.selectFrom('source_snapshots').selectAll().where('source_id', '=', sourceId).executeTakeFirst();
}

/**
 * Marks a source's snapshot as being taken. A retake keeps the last good copy's fields and file
 * while it runs: a retry that fails must not lose what was archived (see restoreAfterFailedRetake).
 */
export async function markSnapshotPending(db: Executor, sourceId: string, requestedAt: string): Promise<void> {
  await db
    .insertInto('source_snapshots')
    .values({ source_id: sourceId, status: 'pending', origin: 'fetch', requested_at: requestedAt })
    .onConflict((oc) => oc.column('source_id').doUpdateSet({ status: 'pending', reason: null, requested_at: requestedAt }))
    .execute();
}

/** A retake failed but an earlier copy exists: it stays the snapshot, with the failure named in its reason. */
export async function keepEarlierSnapshot(db: Executor, sourceId: string, reason: string): Promise<void> {
  await db.updateTable('source_snapshots').set({ status: 'archived', reason }).where('source_id', '=', sourceId).execute();
}

export interface ArchivedSnapshot {
  origin: SourceSnapshotTable['origin'];
  file: string;
  sha256: string;
  retrievedAt: string;
  httpStatus: number | null;
  finalUrl: string | null;
  contentType: string | null;
  bytes: number;
  reason: string | null;
}

export async function saveArchivedSnapshot(db: Executor, sourceId: string, s: ArchivedSnapshot): Promise<void> {
  await db
    .insertInto('source_snapshots')
    .values({ source_id: sourceId, status: 'archived', origin: s.origin, file: s.file, sha256: s.sha256, retrieved_at: s.retrievedAt, http_status: s.httpStatus, final_url: s.finalUrl, content_type: s.contentType, bytes: s.bytes, reason: s.reason, requested_at: s.retrievedAt })
    .onConflict((oc) => oc.column('source_id').doUpdateSet({ status: 'archived', origin: s.origin, file: s.file, sha256: s.sha256, retrieved_at: s.retrievedAt, http_status: s.httpStatus, final_url: s.finalUrl, content_type: s.contentType, bytes: s.bytes, reason: s.reason }))
    .execute();
}

/** Points the snapshot at a new file of the same copy (its text added) if it still names `from`; false if it moved on. */
export async function replaceSnapshotFile(db: Executor, sourceId: string, from: string, to: string): Promise<boolean> {
  const result = await db.updateTable('source_snapshots').set({ file: to }).where('source_id', '=', sourceId).where('file', '=', from).where('status', '=', 'archived').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function saveFailedSnapshot(db: Executor, sourceId: string, f: { retrievedAt: string; httpStatus: number | null; finalUrl: string | null; contentType: string | null; reason: string }): Promise<void> {
  await db
    .updateTable('source_snapshots')
    .set({ status: 'failed', file: null, sha256: null, bytes: null, retrieved_at: f.retrievedAt, http_status: f.httpStatus, final_url: f.finalUrl, content_type: f.contentType, reason: f.reason })
    .where('source_id', '=', sourceId)
    .execute();
}

/** Every file the database refers to (the rest of the snapshots folder is orphaned). */
export async function referencedSnapshotFiles(db: Executor): Promise<Set<string>> {
  const rows = await db.selectFrom('source_snapshots').select('file').where('file', 'is not', null).execute();
  return new Set(rows.map((r) => r.file!));
}

/** Snapshots left pending by a process that stopped mid-way: failed, so they can be retried. */
export async function failInterruptedSnapshots(db: Executor, reason: string): Promise<number> {
  const result = await db.updateTable('source_snapshots').set({ status: 'failed', reason }).where('status', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function saveLinkCheck(db: Executor, row: SourceCheckTable): Promise<void> {
  await db
    .insertInto('source_checks')
    .values(row)
    .onConflict((oc) => oc.column('source_id').doUpdateSet({ result: row.result, checked_at: row.checked_at, http_status: row.http_status, final_url: row.final_url, sha256: row.sha256, detail: row.detail, diff: row.diff }))
    .execute();
}

/** The last link check of a source, with its diff. */
export async function findLinkCheckRow(db: Executor, sourceId: string): Promise<SourceCheckTable | undefined> {
  return db.selectFrom('source_checks').selectAll().where('source_id', '=', sourceId).executeTakeFirst();
}
