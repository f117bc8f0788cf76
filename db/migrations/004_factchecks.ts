// Schema version 4: the fact-check library.
// The fact-check library: earlier verdicts that matching searches. Imported fact-checks are
// keyed by their review URL (an import again updates them); the desk's own reviewed claims
// are kept in step with the claims table and go when their claim goes (cascade).
// The search index is contentless FTS5 over terms the app computes (stems, numbers, months):
// it stores no copy of the text, which keeps a fact-check well under 2 KB. detail=full: BM25
// ranking needs the positions (with detail=none or column a contentless table ranks every row 0).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('factchecks')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('import', 'desk')`))
    .addColumn('url', 'text')
    .addColumn('claim_id', 'text', (c) => c.references('claims.id').onDelete('cascade'))
    .addColumn('claim_version', 'integer')
    .addColumn('claim_reviewed', 'text', (c) => c.notNull())
    .addColumn('claimant', 'text')
    .addColumn('claim_date', 'text')
    .addColumn('rating_name', 'text')
    .addColumn('rating_value', 'real')
    .addColumn('best_rating', 'real')
    .addColumn('worst_rating', 'real')
    .addColumn('organisation', 'text')
    .addColumn('review_date', 'text')
    .addColumn('language', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addCheckConstraint('factchecks_origin_key', sql`(origin = 'import' and url is not null) or (origin = 'desk' and claim_id is not null)`)
    .execute();
  await db.schema.createIndex('factchecks_url').unique().on('factchecks').column('url').where(sql.ref('url'), 'is not', null).execute();
  await db.schema.createIndex('factchecks_claim').unique().on('factchecks').column('claim_id').where(sql.ref('claim_id'), 'is not', null).execute();

  await sql`create virtual table factchecks_fts using fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`create virtual table factchecks_vocab using fts5vocab(factchecks_fts, row)`.execute(db);
  await sql`create trigger factchecks_fts_delete after delete on factchecks begin
    delete from factchecks_fts where rowid = old.id;
  end`.execute(db);

  // "Checked before" flags: each claim's best match, at the library version it was computed for.
  await db.schema
    .createTable('claim_matches')
    .addColumn('claim_id', 'text', (c) => c.primaryKey().references('claims.id').onDelete('cascade'))
    .addColumn('factcheck_id', 'integer')
    .addColumn('similarity', 'real', (c) => c.notNull())
    .addColumn('library_version', 'integer', (c) => c.notNull())
    .execute();
}
