// Schema version 2: cheaper writes for bulk imports. The FTS indexes stop keeping per-row
// column sizes (bm25 ranking reads the row instead: search is rare, import is bulk), and the
// verdict index goes (filtering 100,000 claims by verdict scans them in milliseconds, while
// the index costs every insert). Rebuilding the FTS tables moves their data.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claims_verdict').ifExists().execute();

  for (const t of ['claims_fts_insert', 'claims_fts_delete', 'claims_fts_update', 'articles_fts_insert', 'articles_fts_delete', 'articles_fts_update']) {
    await sql.raw(`drop trigger if exists ${t}`).execute(db);
  }
  await sql`drop table if exists claims_fts`.execute(db);
  await sql`drop table if exists articles_fts`.execute(db);

  await sql`create virtual table claims_fts using fts5(text, claimant, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', columnsize=0)`.execute(db);
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

  await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', columnsize=0)`.execute(db);
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

  await sql`insert into claims_fts(claims_fts) values ('rebuild')`.execute(db);
  await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
}
