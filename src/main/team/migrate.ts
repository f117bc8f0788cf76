// Runs the team migrations (db/team/) on the desk's database, each in a transaction with its
// version bump in team_schema. Query builder only: the same on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import { TEAM_MIGRATIONS, type TeamMigration } from '../../../db/team';
import type { TeamDb } from './tables';

export async function migrateTeam(db: Kysely<any>, migrations: readonly TeamMigration[] = TEAM_MIGRATIONS): Promise<number> {
  const team = db as TeamDb;
  await team.schema
    .createTable('team_schema')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  const read = async (q: TeamDb) => Number((await q.selectFrom('team_schema').select('version').where('id', '=', 1).executeTakeFirst())?.version ?? 0);
  let version = await read(team);
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    await team.transaction().execute(async (trx) => {
      // Read again inside the transaction: two servers starting at once run each step once.
      if ((await read(trx)) >= migration.version) return;
      await migration.up(trx);
      if (migration.version === 1) await trx.insertInto('team_schema').values({ id: 1, version: 1 }).execute();
      else await trx.updateTable('team_schema').set({ version: migration.version }).where('id', '=', 1).execute();
    });
    version = migration.version;
  }
  return version;
}
