// Runs the pending migrations, each in its own transaction together with the version bump,
// so a migration that fails halfway leaves the previous version intact.
import type SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { MIGRATIONS, type Migration } from '../../../../db/migrations';
import { AppError } from '../errors';

export function readSchemaVersion(sqlite: SqliteDatabase.Database): number {
  return Number(sqlite.pragma('user_version', { simple: true }));
}

export async function migrate(
  db: Kysely<any>,
  sqlite: SqliteDatabase.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target = migrations.length,
): Promise<number> {
  let version = readSchemaVersion(sqlite);
  for (const migration of migrations) {
    if (migration.version <= version || migration.version > target) continue;
    if (migration.version !== version + 1) {
      throw new AppError('database', `Migration ${migration.name} expects schema version ${migration.version - 1}, found ${version}.`);
    }
    try {
      await db.transaction().execute(async (trx) => {
        await migration.up(trx);
        // user_version lives in the file header and is written inside the same transaction.
        await sql.raw(`pragma user_version = ${migration.version}`).execute(trx);
      });
    } catch (error) {
      throw new AppError('database', `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
    }
    version = migration.version;
  }
  return version;
}
