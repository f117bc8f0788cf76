// The desk's own entries in the fact-check library ("checked before?") keep the verdict as a
// language-neutral code, for each reader to name in its language: a German desk's entry said
// "Disputed" before (the English verdict name was stored as the rating). Schema 12 moves the
// entries written before to the code, keeping a reviewer's own label and imported ratings.
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db/migrations';
import { openStore } from '../../src/main/core/store/database';
import { migrate } from '../../src/main/core/store/migrate';
import { openTestApp, tempDir, type TestApp } from '../helpers/temp-app';

const TEXT = 'Die Stadtwerke Bergfeld teilten mit, dass der Strompreis im Mai um 14 Prozent gestiegen sei. Der Bürgermeister sagte, die Kosten für den Winterdienst hätten sich verdoppelt.';

describe('desk entries: the rating as a code', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('stores the verdict of a German desk as a code, not as an English name, and keeps a label the reviewer wrote', async () => {
    app = await openTestApp();
    await app.ok('settings.set', { reviewerName: 'Jana Prüferin', uiLanguage: 'de' });
    const { article } = await app.ok('articles.create', { title: 'Bergfeld', text: TEXT, language: 'de' });
    const [price, winter] = [...(await app.ok('articles.get', { id: article.id })).claims].sort((a, b) => a.start - b.start);
    let claim = (await app.ok('sources.add', { claimId: price!.id, url: 'https://example.org/strompreis' })).claim;
    await app.ok('claims.setVerdict', { id: price!.id, expectedVersion: claim.version, verdict: 'disputed' });
    claim = (await app.ok('sources.add', { claimId: winter!.id, url: 'https://example.org/winterdienst' })).claim;
    await app.ok('claims.setVerdict', { id: winter!.id, expectedVersion: claim.version, verdict: 'verified', ratingLabel: 'Stimmt weitgehend' });

    const { items } = await app.ok('factchecks.list', { origin: 'desk' });
    const entry = (id: string) => items.find((f) => f.claimId === id);
    expect(entry(price!.id)).toMatchObject({ ratingCode: 'disputed', ratingName: null, ratingValue: 1 });
    expect(entry(winter!.id)).toMatchObject({ ratingCode: 'verified', ratingName: 'Stimmt weitgehend', ratingValue: 5 });
    const row = app.store.sqlite.prepare('select rating_name, rating_code from factchecks where claim_id = ?').get(price!.id);
    expect(row).toEqual({ rating_name: null, rating_code: 'disputed' });
    // The match the claim panel shows carries the code too.
    const { matches } = await app.ok('factchecks.match', { text: 'Der Strompreis in Bergfeld stieg im Mai um 14 Prozent.', language: 'de' });
    expect(matches.find((m) => m.claimId === price!.id)).toMatchObject({ ratingCode: 'disputed', ratingName: null });
  });

  it('migrates desk entries written before schema 12 to the code, leaving labels and imported fact-checks as they were', async () => {
    const file = path.join(tempDir(), 'claimdesk.db');
    const sqlite = new SqliteDatabase(file);
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    expect(await migrate(db, sqlite, MIGRATIONS.slice(0, 11))).toBe(11);
    const now = '2025-03-02T09:00:00.000Z';
    sqlite.prepare('insert into articles (id, title, text, language, content_hash, imported_at) values (?, ?, ?, ?, ?, ?)').run('a1', 'Bergfeld', TEXT, 'de', 'hash-a1', now);
    const claim = sqlite.prepare('insert into claims (id, article_id, start, "end", text, kind, checkworthiness, checkworthiness_reasons, claim_type, verdict, rating_label, created_at, updated_at) values (?, ?, 0, 5, ?, ?, 0.5, ?, ?, ?, ?, ?, ?)');
    claim.run('c1', 'a1', 'Strompreis.', 'statement', '[]', 'other', 'disputed', null, now, now);
    claim.run('c2', 'a1', 'Winterdienst.', 'statement', '[]', 'other', 'verified', 'Stimmt weitgehend', now, now);
    claim.run('c3', 'a1', 'Haushalt.', 'statement', '[]', 'other', 'inconclusive', null, now, now);
    const desk = sqlite.prepare("insert into factchecks (origin, claim_id, claim_version, claim_reviewed, rating_name, rating_value, best_rating, worst_rating, language, imported_at) values ('desk', ?, 1, ?, ?, ?, 5, 1, 'de', ?)");
    desk.run('c1', 'Strompreis.', 'Disputed', 1, now);
    desk.run('c2', 'Winterdienst.', 'Stimmt weitgehend', 5, now);
    desk.run('c3', 'Haushalt.', 'Inconclusive', 3, now);
    sqlite.prepare("insert into factchecks (origin, url, claim_reviewed, rating_name, rating_value, best_rating, worst_rating, imported_at) values ('import', ?, ?, ?, ?, 5, 1, ?)")
      .run('https://factcheck.example.org/1', 'Someone said something.', 'Verified', 5, now);
    await db.destroy();

    const store = await openStore(file);
    try {
      const rows = store.sqlite.prepare('select origin, claim_id, rating_name, rating_code, rating_value from factchecks order by id').all();
      expect(rows).toEqual([
        { origin: 'desk', claim_id: 'c1', rating_name: null, rating_code: 'disputed', rating_value: 1 },
        { origin: 'desk', claim_id: 'c2', rating_name: 'Stimmt weitgehend', rating_code: 'verified', rating_value: 5 },
        { origin: 'desk', claim_id: 'c3', rating_name: null, rating_code: 'inconclusive', rating_value: 3 },
        { origin: 'import', claim_id: null, rating_name: 'Verified', rating_code: null, rating_value: 5 },
      ]);
    } finally {
      await store.close();
    }
  });
});
