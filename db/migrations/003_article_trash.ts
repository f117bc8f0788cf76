// Schema version 3: deleting an article moves it to a trash. The article keeps its claims,
// sources and history until the trash is emptied (by hand, or 30 days after the deletion at the
// next start), so a deletion can be undone. A partial index: the trash is small, the rest large.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('deleted_at', 'text').execute();
  await db.schema.createIndex('articles_trash').on('articles').column('deleted_at').where(sql.ref('deleted_at'), 'is not', null).execute();
}
