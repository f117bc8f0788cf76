// PostgreSQL schema version 2 (db/migrations/002_lean_indexes.ts): the verdict index goes. The
// FTS5 column-size change has no counterpart (the tsvector tables are unchanged).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists claims_verdict`.execute(db);
}
