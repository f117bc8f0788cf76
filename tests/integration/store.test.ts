import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { openStore, type Store } from '../../src/main/core/store/database';
import { tempDir } from '../helpers/temp-app';

const open: Store[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function track(p: Promise<Store>) {
  const s = await p;
  open.push(s);
  return s;
}

describe('store', () => {
  it('creates a new database at the latest schema with WAL, FULL sync and foreign keys', async () => {
    const store = await track(openStore(path.join(tempDir(), 'new.db')));
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = store.sqlite.prepare("select name from sqlite_master where type in ('table') order by name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'claims', 'sources', 'claim_events', 'settings', 'claims_fts', 'articles_fts']));
  });

  it('refuses a database from a newer version, naming both versions, and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'future.db');
    const raw = new SqliteDatabase(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openStore(file)).rejects.toThrow(new RegExp(`schema version ${LATEST_SCHEMA_VERSION + 5}.*up to ${LATEST_SCHEMA_VERSION}`));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite and does not touch it', async () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'these are my notes, not a database');
    await expect(openStore(file)).rejects.toThrow(/not an SQLite file/);
    expect(fs.readFileSync(file, 'utf8')).toBe('these are my notes, not a database');
  });

  it('backs up an existing database before migrating it, and a failing migration leaves the previous version intact', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.db');
    const v1 = await openStore(file);
    await v1.db.insertInto('settings').values({ key: 'reviewerName', value: 'Ada' }).execute();
    await v1.close();

    const failing = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        async up(db: Parameters<(typeof MIGRATIONS)[number]['up']>[0]) {
          await sql`create table half_done (x integer)`.execute(db);
          await sql`this is not sql`.execute(db);
        },
      },
    ];
    await expect(openStore(file, { migrations: failing })).rejects.toThrow(/broken failed and was rolled back/);
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);

    const raw = new SqliteDatabase(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.prepare("select count(*) from sqlite_master where name = 'half_done'").pluck().get()).toBe(0);
    expect(raw.prepare("select value from settings where key = 'reviewerName'").pluck().get()).toBe('Ada');
    raw.close();

    const backup = new SqliteDatabase(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.prepare("select value from settings where key = 'reviewerName'").pluck().get()).toBe('Ada');
    backup.close();
  });

  it('gives Kysely the rows better-sqlite3 would make: same keys, order and values, also for odd column names and after a schema change', async () => {
    const store = await track(openStore(path.join(tempDir(), 'rows.db')));
    store.sqlite.exec(`create table t (id integer primary key, name text, score real, data blob, big integer)`);
    const insert = store.sqlite.prepare('insert into t (name, score, data, big) values (?, ?, ?, ?)');
    insert.run('first', 1.5, Buffer.from([1, 2, 3]), 2 ** 40);
    insert.run(null, null, null, null);
    insert.run('third', -0.25, Buffer.alloc(0), 7);
    const same = async (text: string) => {
      const direct = store.sqlite.prepare(text).all();
      const viaKysely = (await sql.raw(text).execute(store.db)).rows;
      expect(viaKysely).toEqual(direct);
      expect(viaKysely.map((r) => Object.keys(r as object))).toEqual(direct.map((r) => Object.keys(r as object)));
      expect(JSON.stringify(viaKysely)).toBe(JSON.stringify(direct));
      return viaKysely as Record<string, unknown>[];
    };
    await same('select * from t order by id');
    await same('select * from t where id > 99');
    // A name twice keeps its first place and its last value; "2" sorts first; "__proto__" does what it did.
    await same(`select name as a, score as "2", id as a, name as "__proto__", 'x y' as "quote""d", count(*) over () from t order by id`);
    // The same statement (cached by its text) read again after a column was added gives the new column.
    await same('select * from t order by id');
    store.sqlite.exec(`alter table t add column extra text default 'e'`);
    const after = await same('select * from t order by id');
    expect(after[0]).toMatchObject({ extra: 'e' });
    // Claims and articles as the services read them.
    await same('select * from settings');
  });
});
