import type { Source } from '../../../shared/domain';
import type { Db } from './database';
import { toSource } from './mappers';
import type { NewSourceRow, SourceRow } from './tables';

type Executor = Pick<Db, 'selectFrom' | 'insertInto' | 'deleteFrom' | 'updateTable'>;

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
