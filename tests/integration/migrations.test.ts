// Every earlier schema version, made with its own migrations and filled with data, migrates to
// the latest with every row intact, a backup taken first, and search still working.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { openStore } from '../../src/main/core/store/database';
import { migrate } from '../../src/main/core/store/migrate';
import { KEYS_VERSION_SETTING } from '../../src/main/core/claimants/keys-version';
import { search } from '../../src/main/core/services/search.service';
import { createContext } from '../../src/main/core/services/context';
import { tempDir } from '../helpers/temp-app';

const TABLES = ['articles', 'claims', 'sources', 'claim_events', 'settings'];

/** Data every schema version since 1 can hold, written with plain SQL as that version's app would have. */
function seed(sqlite: SqliteDatabase.Database): void {
  const now = '2025-01-21T10:00:00.000Z';
  sqlite.prepare('insert into articles (id, title, text, url, publisher, language, content_hash, imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run('a1', 'Haushalt', 'Der Bundestag beschloss den Haushalt. Die Schulden steigen um 5 Prozent.', 'https://example.org/h', 'Nordkurier', 'de', 'hash-a1', now, 'Ada');
  const claim = sqlite.prepare('insert into claims (id, article_id, start, "end", text, claimant, kind, checkworthiness, checkworthiness_reasons, claim_type, verdict, rationale, rating_label, version, reviewer, created_at, updated_at, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  claim.run('c1', 'a1', 0, 37, 'Der Bundestag beschloss den Haushalt.', null, 'statement', 0.7, '["named entity"]', 'other', 'verified', 'Protokoll', 'Richtig', 3, 'Ada', now, now, now);
  claim.run('c2', 'a1', 38, 72, 'Die Schulden steigen um 5 Prozent.', 'Finanzministerium', 'reported', 0.9, '["number"]', 'quantity', 'unreviewed', null, null, 1, null, now, now, null);
  sqlite.prepare('insert into sources (id, claim_id, url, title, stance, accessed_at, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?)').run('s1', 'c1', 'https://bundestag.example.org/p', 'Plenarprotokoll', 'supports', '2025-01-21', 'Ada', now);
  const event = sqlite.prepare('insert into claim_events (claim_id, article_id, at, actor, action, before_json, after_json) values (?, ?, ?, ?, ?, ?, ?)');
  event.run('c1', 'a1', now, 'Ada', 'source.added', null, '{"url":"https://bundestag.example.org/p"}');
  event.run('c1', 'a1', now, 'Ada', 'verdict', '{"verdict":"unreviewed"}', '{"verdict":"verified"}');
  sqlite.prepare('insert into settings (key, value) values (?, ?)').run('reviewerName', 'Ada');
}

const dump = (sqlite: SqliteDatabase.Database) => TABLES.map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all());

describe('migrations', () => {
  const earlier = Array.from({ length: LATEST_SCHEMA_VERSION - 1 }, (_, i) => i + 1);

  it('has at least one earlier version to migrate from', () => {
    expect(earlier.length).toBeGreaterThan(0);
  });

  for (const version of earlier) {
    it(`migrates a database made at schema version ${version} to ${LATEST_SCHEMA_VERSION} with all its data`, async () => {
      const dir = tempDir();
      const file = path.join(dir, 'claimdesk.db');
      const sqlite = new SqliteDatabase(file);
      sqlite.pragma('journal_mode = WAL');
      const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
      expect(await migrate(db, sqlite, MIGRATIONS.slice(0, version))).toBe(version);
      seed(sqlite);
      const before = dump(sqlite);
      await db.destroy();

      const store = await openStore(file);
      expect(store.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      // Every row as it was; later versions may only add columns (with their defaults), and the
      // open records the naming rules its claimant keys were computed under (one settings row).
      const after = dump(store.sqlite);
      after[TABLES.indexOf('settings')] = after[TABLES.indexOf('settings')]!.filter((row) => (row as { key: string }).key !== KEYS_VERSION_SETTING);
      expect(after).toMatchObject(before);
      expect(store.sqlite.prepare('select count(*) from articles where deleted_at is null').pluck().get()).toBe(1);
      expect(store.sqlite.prepare("select count(*) from sqlite_master where name = 'articles_trash'").pluck().get()).toBe(1);
      expect(store.sqlite.prepare("select count(*) from sqlite_master where name = 'claims_verdict'").pluck().get()).toBe(0);
      // Schema 11 counts the claims already there: a1 has two live claims, one verified.
      expect(store.sqlite.prepare('select article_id, claims, verified, disputed, inconclusive from article_counts').all())
        .toEqual([{ article_id: 'a1', claims: 2, verified: 1, disputed: 0, inconclusive: 0 }]);
      const ctx = createContext(store, 'cli', { appVersion: 'test' });
      const { hits } = await search(ctx, { query: 'Schulden' });
      expect(hits.map((h) => h.claimId)).toContain('c2');
      await store.close();

      const backups = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('-pre-migration.db'));
      expect(backups).toHaveLength(1);
      const backup = new SqliteDatabase(path.join(dir, 'backups', backups[0]!), { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(version);
      expect(dump(backup)).toEqual(before);
      backup.close();
    });
  }
});
