// PostgreSQL schema version 10 (db/migrations/010_snapshot_files.ts): the desk's snapshot files,
// whole .warc.gz files by name, in the database every server process shares.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table snapshot_files (name text primary key, bytes bytea not null, created_at text not null)`.execute(db);
}
