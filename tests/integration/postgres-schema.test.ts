// Every SQLite schema version has its PostgreSQL counterpart, and the two latest schemas have the
// same tables with the same columns (the full-text index tables, which differ by design, and
// PostgreSQL's schema-version table aside).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db/migrations';
import { POSTGRES_MIGRATIONS } from '../../db/postgres';
import { openStore, type Store } from '../../src/main/core/store/database';
import { describeDatabases, freshPostgresDatabase } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

describe('PostgreSQL migrations', () => {
  it('has one PostgreSQL migration per SQLite schema version, with the same names', () => {
    expect(POSTGRES_MIGRATIONS.map((m) => [m.version, m.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
  });
});

const SEARCH_ONLY = (name: string) => /_fts($|_)|_vocab$|^sqlite_|^claimdesk_schema$/u.test(name);

describeDatabases('schema parity', (database) => {
  if (database === 'sqlite') {
    it('is compared on the PostgreSQL side', () => expect(true).toBe(true));
    return;
  }
  let app: TestApp;
  let pg: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    app = await openTestApp({ database: 'sqlite' });
    const fresh = await freshPostgresDatabase();
    drop = fresh.drop;
    pg = await openStore(fresh.url);
  });
  afterAll(async () => {
    await app.close();
    await pg.close();
    await drop();
  });

  it('has the same tables and columns as SQLite', async () => {
    const sqliteTables = (app.store.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]).filter((t) => !SEARCH_ONLY(t));
    const sqliteSchema = Object.fromEntries(
      sqliteTables.map((t) => [t, (app.store.sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(t) as string[]).sort()]),
    );
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns where table_schema = 'public'`.execute(pg.db);
    const pgSchema: Record<string, string[]> = {};
    for (const r of rows) if (!SEARCH_ONLY(r.table_name)) (pgSchema[r.table_name] ??= []).push(r.column_name);
    for (const columns of Object.values(pgSchema)) columns.sort();
    expect(pgSchema).toEqual(sqliteSchema);
  });
});
