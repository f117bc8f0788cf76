// PostgreSQL schema version 3 (db/migrations/003_article_trash.ts): the article trash.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table articles add column deleted_at text`.execute(db);
  await sql`create index articles_trash on articles (deleted_at) where deleted_at is not null`.execute(db);
}
