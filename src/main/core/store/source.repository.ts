import type { Source } from '../../../shared/domain';
import type { Db } from './database';
import { toSource } from './mappers';
import type { NewSourceRow, SourceRow } from './tables';

type Executor = Pick<Db, 'selectFrom' | 'insertInto' | 'deleteFrom' | 'updateTable'>;

/**
 * Sources with their snapshot and last link check joined in, for toSource. Every read of
 * sources that answers a caller goes through here, so `snapshot` and `linkCheck` are never missing.
 */
export function selectSources(db: Pick<Db, 'selectFrom'>) {
  return db
    .selectFrom('sources as s')
    .leftJoin('source_snapshots as ss', 'ss.source_id', 's.id')
    .leftJoin('source_checks as sc', 'sc.source_id', 's.id')
    .selectAll('s')
    .select([
      'ss.status as snap_status',
      'ss.sha256 as snap_sha256',
      'ss.retrieved_at as snap_retrieved_at',
      'ss.http_status as snap_http_status',
      'ss.final_url as snap_final_url',
      'ss.content_type as snap_content_type',
      'ss.bytes as snap_bytes',
      'ss.reason as snap_reason',
      'sc.result as check_result',
      'sc.checked_at as check_checked_at',
      'sc.detail as check_detail',
    ]);
}

export async function getSource(db: Executor, id: string): Promise<Source | undefined> {
  const row = await selectSources(db).where('s.id', '=', id).executeTakeFirst();
  return row ? toSource(row) : undefined;
}

export async function insertSource(db: Executor, row: NewSourceRow): Promise<Source> {
  await db.insertInto('sources').values(row).execute();
  return toSource(row as SourceRow);
}

export async function findSourceRow(db: Executor, id: string): Promise<SourceRow | undefined> {
  return db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateSource(db: Executor, id: string, patch: Partial<NewSourceRow>): Promise<void> {
  await db.updateTable('sources').set(patch).where('id', '=', id).execute();
}

export async function deleteSource(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sources').where('id', '=', id).execute();
}
