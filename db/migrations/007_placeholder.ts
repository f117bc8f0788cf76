// Placeholder for schema version 7 (another branch's migration, #16/#19): it changes nothing.
// Replaced by the real 007 when the branches are merged; never released as it stands.
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<any>): Promise<void> {}
