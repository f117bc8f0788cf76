// Placeholder for schema version 8 (another branch's migration, #13): it changes nothing.
// Replaced by the real 008 when the branches are merged; never released as it stands.
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<any>): Promise<void> {}
