// Both databases for the parametrised suites: `describeDatabases` runs a suite once on SQLite
// (a file in a temp folder) and once on PostgreSQL (a fresh database copied from the migrated
// template of postgres.setup.ts). Without PostgreSQL the second half is one suite whose title
// says why it did not run (under CI the global set-up fails instead).
import type { Kysely } from 'kysely';
import { describe, it } from 'vitest';
import { freshPostgresDatabase, postgresMissing } from './postgres-db';

export { freshPostgresDatabase, postgresMissing };

export const DATABASE_KINDS = ['sqlite', 'postgres'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** The suite once per database; its title names the database. */
export function describeDatabases(title: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) {
    if (kind === 'postgres') describePostgres(`${title} [postgres]`, () => suite(kind));
    else describe(`${title} [${kind}]`, () => suite(kind));
  }
}

/**
 * A suite that only PostgreSQL has (pg_dump, LISTEN/NOTIFY, EXPLAIN of its indexes). Without
 * PostgreSQL it is one skipped test whose title says why (under CI the global set-up fails instead).
 */
export function describePostgres(title: string, suite: () => void): void {
  const missing = postgresMissing();
  if (!missing) return void describe(title, suite);
  describe(`${title}: ${missing}`, () => {
    it.skip(`did not run: ${missing}`, () => {});
  });
}

/** Rows in a table, on either database. */
export async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
