// Schema version 2: indexes for the All claims view's sorts, so a page deep in 100,000 claims
// sorted by check-worthiness or by last change is found without sorting the whole table.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('claims_checkworthiness').on('claims').columns(['checkworthiness', 'id']).execute();
  await db.schema.createIndex('claims_updated').on('claims').columns(['updated_at', 'id']).execute();
}
