// Schema version 8: the last link check keeps what changed in the source's readable text (a
// unified diff, capped), so a reviewer can open it from the source's row after the check, not
// only in the CLI's output. Null for every other result and for checks made before this version.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('source_checks').addColumn('diff', 'text').execute();
}
