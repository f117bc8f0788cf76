// Schema version 5: a local, verifiable copy of every source, and the last link check of each.
// One snapshot row per source (the current one; taking it again replaces it). The bytes live in
// a .warc.gz file in the `snapshots` folder beside the database; `file` names it relative to
// that folder and is set only once the file is complete (written to a temporary name, then
// renamed), so the database never refers to half a file. The readable text lives in the WARC
// too (a conversion record), so a snapshot costs the database one small row.
// Sources added before this version have no row: their snapshot is null until someone asks.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('source_snapshots')
    .addColumn('source_id', 'text', (c) => c.primaryKey().references('sources.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'archived', 'failed')`))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('fetch', 'file')`))
    .addColumn('file', 'text')
    .addColumn('sha256', 'text')
    .addColumn('retrieved_at', 'text')
    .addColumn('http_status', 'integer')
    .addColumn('final_url', 'text')
    .addColumn('content_type', 'text')
    .addColumn('bytes', 'integer')
    .addColumn('reason', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addCheckConstraint('source_snapshots_archived_file', sql`status <> 'archived' or (file is not null and sha256 is not null)`)
    .execute();
  await db.schema.createIndex('source_snapshots_file').unique().on('source_snapshots').column('file').where(sql.ref('file'), 'is not', null).execute();

  await db.schema
    .createTable('source_checks')
    .addColumn('source_id', 'text', (c) => c.primaryKey().references('sources.id').onDelete('cascade'))
    .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('unchanged', 'changed', 'moved', 'gone', 'error')`))
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addColumn('http_status', 'integer')
    .addColumn('final_url', 'text')
    .addColumn('sha256', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('source_checks_result').on('source_checks').column('result').execute();
}
