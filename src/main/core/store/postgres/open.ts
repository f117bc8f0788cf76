// Opening a store on PostgreSQL: a pg pool behind Kysely's PostgresDialect, the schema version in
// a one-row table, and the PostgreSQL migrations (db/postgres) applied under an advisory lock so
// two processes starting at once do not both migrate.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../../../../../db/postgres';
import type { Migration } from '../../../../../db/migrations';
import { AppError } from '../../errors';
import { redactUrl, registerDialect } from '../dialect';
import type { Database } from '../tables';
import { postgresDialect } from './dialect';
import { CLAIMANT_KEYS_VERSION, CLAIMANTS_SCHEMA, KEYS_VERSION_SETTING } from '../../claimants/keys-version';

/** count(*) and sums are bigint, averages numeric: numbers in the app (its counts stay far below 2^53). */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    if (oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** An arbitrary constant: the advisory lock that serialises migrations of one database. */
const MIGRATION_LOCK = 0x436c6169;

export async function readPostgresSchemaVersion(db: Kysely<any>): Promise<number> {
  const exists = await sql<{ t: string | null }>`select to_regclass('claimdesk_schema')::text as t`.execute(db);
  if (!exists.rows[0]?.t) return 0;
  const row = await sql<{ version: number }>`select version from claimdesk_schema`.execute(db);
  return Number(row.rows[0]?.version ?? 0);
}

export async function migratePostgres(db: Kysely<any>, migrations: readonly Migration[] = POSTGRES_MIGRATIONS, target = migrations.length): Promise<number> {
  let version = await readPostgresSchemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= version || migration.version > target) continue;
    try {
      version = await db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
        await sql`create table if not exists claimdesk_schema (version integer not null)`.execute(trx);
        const current = await readPostgresSchemaVersion(trx);
        if (current >= migration.version) return current; // another process migrated meanwhile
        if (migration.version !== current + 1) {
          throw new AppError('database', `Migration ${migration.name} expects schema version ${migration.version - 1}, found ${current}.`);
        }
        await migration.up(trx);
        await sql`delete from claimdesk_schema`.execute(trx);
        await sql`insert into claimdesk_schema (version) values (${migration.version})`.execute(trx);
        return migration.version;
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('database', `Migration ${migration.name} (PostgreSQL) failed and was rolled back: ${(error as Error).message}`);
    }
  }
  return version;
}

export interface PostgresOpenOptions {
  migrations?: readonly Migration[];
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

export async function openPostgres(url: string, options: PostgresOpenOptions = {}) {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types: TYPES });
  // An idle client's error (the server restarted) must not crash the process: the pool replaces it.
  pool.on('error', (error) => console.warn(`[claimdesk] PostgreSQL connection lost: ${error.message}`));
  const dialect = postgresDialect();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  registerDialect(db, dialect);
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new AppError('database', `Could not connect to ${redactUrl(url)}: ${(error as Error).message}`);
  }
  try {
    const migrations = options.migrations ?? POSTGRES_MIGRATIONS;
    const version = await readPostgresSchemaVersion(db);
    if (version > migrations.length) {
      throw new AppError(
        'database',
        `${redactUrl(url)} was written by a newer Claimdesk (schema version ${version}); this version understands up to ${migrations.length}. Update Claimdesk to open it.`,
        { databaseVersion: version, appVersion: migrations.length },
      );
    }
    await migratePostgres(db, migrations);
    if (migrations.length >= CLAIMANTS_SCHEMA && !(await claimantKeysSettled(db))) {
      // Rare (the first open after the naming rules changed): the grouping modules load only then.
      const { keepClaimantKeysCurrent } = await import('../claimant-keys');
      await keepClaimantKeysCurrent(db, redactUrl(url));
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, pool };
}

/**
 * True when the stored claimant keys follow today's rules: they were computed under them, or
 * there are none (a new desk), which then only records the version. Claimants written meanwhile
 * by another server are keyed under today's rules already.
 */
async function claimantKeysSettled(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEYS_VERSION_SETTING).executeTakeFirst();
  if (row?.value === String(CLAIMANT_KEYS_VERSION)) return true;
  const stored = await sql<{ stored: boolean }>`select exists(select 1 from claimants) or exists(select 1 from claimant_aliases) as stored`.execute(db);
  if (stored.rows[0]?.stored) return false;
  await db
    .insertInto('settings')
    .values({ key: KEYS_VERSION_SETTING, value: String(CLAIMANT_KEYS_VERSION) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(CLAIMANT_KEYS_VERSION) }))
    .execute();
  return true;
}
