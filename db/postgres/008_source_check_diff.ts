// PostgreSQL schema version 8 (db/migrations/008_source_check_diff.ts): the last link check keeps
// what changed in the source's readable text.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table source_checks add column diff text`.execute(db);
}
