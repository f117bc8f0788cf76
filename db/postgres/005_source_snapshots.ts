// PostgreSQL schema version 5 (db/migrations/005_source_snapshots.ts): source snapshots and link checks.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table source_snapshots (
    source_id text primary key references sources(id) on delete cascade,
    status text not null check (status in ('pending', 'archived', 'failed')),
    origin text not null check (origin in ('fetch', 'file')),
    file text,
    sha256 text,
    retrieved_at text,
    http_status integer,
    final_url text,
    content_type text,
    bytes bigint,
    reason text,
    requested_at text not null,
    constraint source_snapshots_archived_file check (status <> 'archived' or (file is not null and sha256 is not null))
  )`.execute(db);
  await sql`create unique index source_snapshots_file on source_snapshots (file) where file is not null`.execute(db);

  await sql`create table source_checks (
    source_id text primary key references sources(id) on delete cascade,
    result text not null check (result in ('unchanged', 'changed', 'moved', 'gone', 'error')),
    checked_at text not null,
    http_status integer,
    final_url text,
    sha256 text,
    detail text
  )`.execute(db);
  await sql`create index source_checks_result on source_checks (result)`.execute(db);
}
