// Schema version 10: a table for snapshot files kept in the database. A PostgreSQL desk keeps its
// .warc.gz snapshots here (every server process of a team must see them, and pg_dump carries
// them); a SQLite desk keeps them as files in the snapshots folder beside the database, and this
// table stays empty there. It exists in both so the two schemas stay the same, version by version.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('snapshot_files')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
