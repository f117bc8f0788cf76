// PostgreSQL schema version 7 (db/migrations/007_claim_counts_index.ts): the article list and an
// article's claim counts from indexes. PostgreSQL has no covering "index-only" need for the
// article's text the way SQLite's row layout does, but the same partial indexes serve the same
// queries (live claims by article and verdict; live articles newest first).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index claims_live_verdicts on claims (article_id, verdict) where deleted_at is null`.execute(db);
  await sql`create index articles_live_list on articles (imported_at desc, id) include (title, url, publisher, author, published_at, language, imported_by) where deleted_at is null`.execute(db);
}
