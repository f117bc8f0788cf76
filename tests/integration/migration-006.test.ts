// Migration 006 groups the claims a database already holds: a schema-5 file with claimant
// strings opens at the latest version with every claim linked to its claimant.
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db/migrations';
import { openStore } from '../../src/main/core/store/database';
import { migrate } from '../../src/main/core/store/migrate';
import { tempDir } from '../helpers/temp-app';

describe('migration 006 (claimants)', () => {
  it('backfills claimants for existing claims, leaving an ambiguous surname unresolved', async () => {
    const file = path.join(tempDir(), 'claimdesk.db');
    const sqlite = new SqliteDatabase(file);
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    expect(await migrate(db, sqlite, MIGRATIONS.slice(0, 5))).toBe(5);
    const now = '2025-01-21T10:00:00.000Z';
    const article = sqlite.prepare('insert into articles (id, title, text, language, content_hash, imported_at) values (?, ?, ?, ?, ?, ?)');
    const claim = sqlite.prepare('insert into claims (id, article_id, start, "end", text, claimant, kind, checkworthiness, checkworthiness_reasons, claim_type, created_at, updated_at) values (?, ?, 0, 5, ?, ?, ?, 0.5, ?, ?, ?, ?)');
    const claims: Array<[string, string, string | null]> = [
      ['c1', 'a1', 'Joe Biden'],
      ['c2', 'a1', 'Biden'],
      ['c3', 'a2', 'Hunter Biden'],
      ['c4', 'a3', 'Biden'],
      ['c5', 'a3', 'die Bundesregierung'],
      ['c6', 'a3', null],
    ];
    for (const a of ['a1', 'a2', 'a3']) article.run(a, a, 'Text eins zwei drei', 'de', `hash-${a}`, now);
    for (const [id, articleId, claimant] of claims) claim.run(id, articleId, 'Text.', claimant, 'statement', '[]', 'other', now, now);
    await db.destroy();

    const store = await openStore(file);
    const link = (id: string) => store.sqlite.prepare('select k.name, k.type from claims c left join claimants k on k.id = c.claimant_id where c.id = ?').get(id) as { name: string | null; type: string | null };
    expect(link('c1').name).toBe('Joe Biden');
    expect(link('c2').name).toBe('Joe Biden'); // the article names Joe in full
    expect(link('c3').name).toBe('Hunter Biden');
    expect(link('c4').name).toBeNull(); // two Bidens fit: unresolved
    expect(link('c5')).toEqual({ name: 'Bundesregierung', type: 'organisation' });
    expect(link('c6').name).toBeNull();
    await store.close();
  });
});
