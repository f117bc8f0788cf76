// Schema version 1. Frozen once released: later changes go in a new file.
// Migrations take Kysely<any> and never import app types, so they keep compiling
// as the app's types move on.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('publisher', 'text')
    .addColumn('author', 'text')
    .addColumn('published_at', 'text')
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('de', 'en')`))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text')
    .execute();
  // One article per normalised text: a re-import finds the existing one, never a copy.
  await db.schema.createIndex('articles_content_hash').unique().on('articles').column('content_hash').execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('claimant', 'text')
    .addColumn('claimant_role', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('statement', 'reported', 'quote')`))
    .addColumn('checkworthiness', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('checkworthiness_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('claim_type', 'text', (c) => c.notNull().defaultTo('other'))
    .addColumn('verdict', 'text', (c) =>
      c.notNull().defaultTo('unreviewed').check(sql`verdict in ('unreviewed', 'verified', 'disputed', 'inconclusive')`),
    )
    .addColumn('rationale', 'text')
    .addColumn('rating_label', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reviewer', 'text')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('extracted').check(sql`origin in ('extracted', 'manual')`))
    .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    // Soft delete, so that a deletion can be undone and the history still names the claim.
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('claims_span', sql`start >= 0 and "end" > start`)
    .execute();
  await db.schema.createIndex('claims_article').on('claims').columns(['article_id', 'start']).execute();
  await db.schema.createIndex('claims_verdict').on('claims').column('verdict').execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('publisher', 'text')
    .addColumn('stance', 'text', (c) => c.notNull().defaultTo('supports').check(sql`stance in ('supports', 'refutes', 'context')`))
    .addColumn('excerpt', 'text')
    .addColumn('archived_url', 'text')
    .addColumn('accessed_at', 'text')
    .addColumn('added_by', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sources_claim').on('sources').column('claim_id').execute();

  // Append-only history. No foreign key: the history of a claim outlives the claim.
  await db.schema
    .createTable('claim_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema.createIndex('claim_events_claim').on('claim_events').columns(['claim_id', 'id']).execute();
  await sql`create trigger claim_events_no_update before update on claim_events
    begin select raise(abort, 'claim_events is append-only'); end`.execute(db);

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // Full-text search over claims and articles: external-content FTS5 tables kept in step by triggers.
  await sql`create virtual table claims_fts using fts5(text, claimant, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger claims_fts_insert after insert on claims begin
    insert into claims_fts(rowid, text, claimant) values (new.rowid, new.text, coalesce(new.claimant, ''));
  end`.execute(db);
  await sql`create trigger claims_fts_delete after delete on claims begin
    insert into claims_fts(claims_fts, rowid, text, claimant) values ('delete', old.rowid, old.text, coalesce(old.claimant, ''));
  end`.execute(db);
  await sql`create trigger claims_fts_update after update of text, claimant on claims begin
    insert into claims_fts(claims_fts, rowid, text, claimant) values ('delete', old.rowid, old.text, coalesce(old.claimant, ''));
    insert into claims_fts(rowid, text, claimant) values (new.rowid, new.text, coalesce(new.claimant, ''));
  end`.execute(db);

  await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger articles_fts_insert after insert on articles begin
    insert into articles_fts(rowid, title, text) values (new.rowid, new.title, new.text);
  end`.execute(db);
  await sql`create trigger articles_fts_delete after delete on articles begin
    insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
  end`.execute(db);
  await sql`create trigger articles_fts_update after update of title, text on articles begin
    insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.rowid, old.title, old.text);
    insert into articles_fts(rowid, title, text) values (new.rowid, new.title, new.text);
  end`.execute(db);
}
