// Both databases for the parametrised suites: `describeDatabases` runs a suite once on SQLite
// (a file in a temp folder) and once on PostgreSQL (a fresh database copied from the migrated
// template of postgres.setup.ts). Without PostgreSQL the second half is one suite whose title
// says why it did not run (under CI the global set-up fails instead).
import type { Kysely } from 'kysely';
import { describe, it } from 'vitest';
import { POSTGRES_MISSING_ENV, POSTGRES_URL_ENV } from './postgres-cluster';

export const DATABASE_KINDS = ['sqlite', 'postgres'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

const TEMPLATE_DATABASE = 'claimdesk_template';

export function postgresMissing(): string | null {
  if (process.env[POSTGRES_URL_ENV]) return null;
  return process.env[POSTGRES_MISSING_ENV] ?? 'PostgreSQL not installed: apt-get install postgresql';
}

let counter = 0;

/** A new, migrated PostgreSQL database of its own; drop() removes it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env[POSTGRES_URL_ENV];
  if (!adminUrl) throw new Error(postgresMissing()!);
  const name = `claimdesk_t${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return {
    url: adminUrl.replace(/\/postgres$/u, `/${name}`),
    async drop() {
      const client = new pg.Client(adminUrl);
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The suite once per database; its title names the database. */
export function describeDatabases(title: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) {
    const missing = kind === 'postgres' ? postgresMissing() : null;
    if (missing) {
      describe(`${title} [postgres]: ${missing}`, () => {
        it.skip(`did not run: ${missing}`, () => {});
      });
      continue;
    }
    describe(`${title} [${kind}]`, () => suite(kind));
  }
}

/** Rows in a table, on either database. */
export async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
