// Fresh PostgreSQL databases for tests and benches (no vitest import: bench code uses it too).
import { POSTGRES_MISSING_ENV, POSTGRES_URL_ENV } from './postgres-cluster';

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

