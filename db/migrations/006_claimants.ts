// Schema version 6: claimants as people (and bodies) across articles.
// A claim keeps the claimant string extraction (or a reviewer) gave it; claims.claimant_id
// links it to a claimant, null while unresolved (a bare surname that fits two people, a role
// with no name). Aliases are every string a claimant was seen under. A merged claimant stays
// as a row pointing at the one it went into, so a merge can be undone. claimant_events is the
// history of renames, merges and splits (the undo reads it).
// Existing claims are grouped here, in this migration's transaction, with the same grouping
// the app runs on every import.
import { sql, type Kysely } from 'kysely';
import { groupClaimsIntoClaimants } from '../../src/main/core/store/claimant.repository';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('claimants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('person', 'organisation')`))
    .addColumn('given_key', 'text')
    .addColumn('surname_key', 'text')
    .addColumn('org_key', 'text')
    // Set once a reviewer named the claimant: grouping no longer renames it.
    .addColumn('name_locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('merged_into', 'text', (c) => c.references('claimants.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claimants_surname').on('claimants').column('surname_key').execute();
  await db.schema.createIndex('claimants_org').on('claimants').column('org_key').execute();

  await db.schema
    .createTable('claimant_aliases')
    .addColumn('claimant_id', 'text', (c) => c.notNull().references('claimants.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('alias_key', 'text', (c) => c.notNull())
    // 1 when a reviewer put it there (a split): then even a bare surname names this claimant.
    .addColumn('manual', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('claimant_aliases_pk', ['claimant_id', 'alias_key'])
    .execute();
  await db.schema.createIndex('claimant_aliases_key').on('claimant_aliases').column('alias_key').execute();

  await db.schema
    .createTable('claimant_events')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('claimant_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    // Set on a change that an undo reverted (the undo is an event of its own).
    .addColumn('undone_at', 'text')
    .execute();
  await db.schema.createIndex('claimant_events_claimant').on('claimant_events').columns(['claimant_id', 'id']).execute();

  await sql`alter table claims add column claimant_id text references claimants(id)`.execute(db);
  // Covers a claimant's counts (claims, articles, verdicts) without reading the claim rows.
  await db.schema.createIndex('claims_claimant').on('claims').columns(['claimant_id', 'deleted_at', 'verdict', 'article_id']).execute();

  await groupClaimsIntoClaimants(db, { all: true }, new Date().toISOString());
}
