// Articles are the reviewer's to fix: edit details, re-extract with a summary, delete to a trash
// that can be undone and is emptied by hand or 30 days later at start-up.
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import { openApp } from '../../src/main/core/app';
import { GERMAN_SAMPLE, openTestApp, type TestApp } from '../helpers/temp-app';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(async () => {
  await app.close();
});

async function reviewedArticle() {
  const { article } = await app.ok('articles.create', { text: GERMAN_SAMPLE, title: 'Haushalt' });
  const full = await app.ok('articles.get', { id: article.id });
  const claim = full.claims[0]!;
  const { claim: withSource } = await app.ok('sources.add', { claimId: claim.id, url: 'https://example.org/protokoll' });
  await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: withSource.version, verdict: 'verified', rationale: 'Protokoll' });
  return { article: full, claim };
}

const count = (sql: string) => app.store.sqlite.prepare(sql).pluck().get();

describe('the article trash', () => {
  it('hides a deleted article from lists, search, All claims and reports, and keeps its claims, sources and history', async () => {
    const { article, claim } = await reviewedArticle();
    const other = await app.ok('articles.createSample', {});
    const before = { claims: count('select count(*) from claims'), sources: count('select count(*) from sources'), events: count('select count(*) from claim_events') };

    expect(await app.ok('articles.delete', { id: article.id })).toEqual({ deleted: true });

    expect((await app.ok('articles.list', {})).map((a) => a.id)).toEqual([other.article.id]);
    expect(await app.dispatch('articles.get', { id: article.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const { hits } = await app.ok('search', { query: 'Steuer' });
    expect(hits.filter((h) => h.articleId === article.id)).toEqual([]);
    const all = await app.ok('claims.list', { limit: 5000 });
    expect(all.items.some((c) => c.articleId === article.id)).toBe(false);
    const report = JSON.parse((await app.ok('reports.export', { all: true, format: 'json' })).content) as { articles: { id: string }[] };
    expect(report.articles.map((a) => a.id)).toEqual([other.article.id]);
    expect(await app.dispatch('reports.export', { articleId: article.id, format: 'json' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await app.dispatch('reports.export', { claimIds: [claim.id], format: 'json' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await app.dispatch('articles.update', { id: article.id, title: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await app.dispatch('articles.delete', { id: article.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Nothing of it is gone.
    expect({ claims: count('select count(*) from claims'), sources: count('select count(*) from sources'), events: count('select count(*) from claim_events') }).toEqual(before);

    const trash = await app.ok('articles.listTrash', {});
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatchObject({ id: article.id, title: 'Haushalt', counts: { verified: 1 } });
    expect(Date.parse(trash[0]!.purgeAt) - Date.parse(trash[0]!.deletedAt)).toBe(30 * 24 * 3600 * 1000);
  });

  it('restores an article as it was, verdicts, sources and history included', async () => {
    const { article, claim } = await reviewedArticle();
    const historyBefore = await app.ok('claims.history', { claimId: claim.id });
    await app.ok('articles.delete', { id: article.id });
    const restored = await app.ok('articles.restore', { id: article.id });
    expect(restored).toMatchObject({ id: article.id, counts: { verified: 1 } });
    const back = await app.ok('articles.get', { id: article.id });
    expect(back.claims.find((c) => c.id === claim.id)).toMatchObject({ verdict: 'verified', rationale: 'Protokoll', sources: [{ url: 'https://example.org/protokoll' }] });
    expect(await app.ok('claims.history', { claimId: claim.id })).toEqual(historyBefore);
    expect(await app.ok('articles.listTrash', {})).toEqual([]);
    expect(await app.dispatch('articles.restore', { id: article.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('brings a trashed article back when the same text is imported again', async () => {
    const { article } = await reviewedArticle();
    await app.ok('articles.delete', { id: article.id });
    const again = await app.ok('articles.create', { text: GERMAN_SAMPLE });
    expect(again).toMatchObject({ duplicate: true, article: { id: article.id, counts: { verified: 1 } } });
    expect(await app.ok('articles.listTrash', {})).toEqual([]);
  });

  it('empties the trash by hand (all, or chosen ids) and never touches a live article', async () => {
    const { article } = await reviewedArticle();
    const sample = await app.ok('articles.createSample', {});
    await app.ok('articles.delete', { id: article.id });
    expect(await app.ok('articles.emptyTrash', { ids: [sample.article.id] })).toEqual({ removed: 0 });
    expect(await app.ok('articles.emptyTrash', {})).toEqual({ removed: 1 });
    expect(count(`select count(*) from claims where article_id = '${article.id}'`)).toBe(0);
    expect(count('select count(*) from sources')).toBe(0);
    expect((await app.ok('articles.list', {})).map((a) => a.id)).toEqual([sample.article.id]);
  });

  it('deletes for good at start-up what has been in the trash for 30 days, and keeps what has not', async () => {
    const { article } = await reviewedArticle();
    const sample = await app.ok('articles.createSample', {});
    await app.ok('articles.delete', { id: article.id });
    await app.ok('articles.delete', { id: sample.article.id });
    const day = 24 * 3600 * 1000;
    app.store.sqlite.prepare('update articles set deleted_at = ? where id = ?').run(new Date(Date.now() - 31 * day).toISOString(), article.id);
    app.store.sqlite.prepare('update articles set deleted_at = ? where id = ?').run(new Date(Date.now() - 29 * day).toISOString(), sample.article.id);
    await app.close();

    const reopened = await openApp(app.dbPath, { host: 'cli', defaultActor: 'test-runner' });
    try {
      const trash = await reopened.dispatch('articles.listTrash', {});
      expect(trash.ok && (trash.value as Array<{ id: string }>).map((a) => a.id)).toEqual([sample.article.id]);
      expect(reopened.store.sqlite.prepare('select count(*) from articles where id = ?').pluck().get(article.id)).toBe(0);
      expect(reopened.store.sqlite.prepare('select count(*) from claims where article_id = ?').pluck().get(article.id)).toBe(0);
    } finally {
      await reopened.close();
      app = await openTestApp({ dir: app.dir });
    }
  });
});

describe('the trash and commands that only read', () => {
  it('leaves the expired trash to the next start that writes: claimdesk list and report write nothing', async () => {
    const { article } = await reviewedArticle();
    await app.ok('articles.delete', { id: article.id });
    app.store.sqlite.prepare('update articles set deleted_at = ? where id = ?').run(new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString(), article.id);
    await app.close();
    const sink = () => {
      let text = '';
      return { stream: new Writable({ write: (chunk: Buffer, _e, done) => ((text += chunk.toString()), done()) }), text: () => text };
    };
    const articles = () => {
      const sqlite = new Database(app.dbPath, { readonly: true });
      try {
        return sqlite.prepare('select count(*) from articles').pluck().get();
      } finally {
        sqlite.close();
      }
    };
    const before = articles();
    for (const args of [['list', '--json'], ['report', '--all', '--format', 'json']]) {
      const out = sink();
      const err = sink();
      const code = await main([...args, '--db', app.dbPath], { stdout: out.stream, stderr: err.stream });
      expect(code, err.text()).toBe(0);
      expect(out.text()).not.toContain(article.id);
      expect(articles()).toBe(before);
    }
    app = await openTestApp({ dir: app.dir });
    expect(app.store.sqlite.prepare('select count(*) from articles where id = ?').pluck().get(article.id)).toBe(0);
  });
});

describe('editing and re-extracting an article', () => {
  it('edits the details and refuses bad ones with a validation error, changing nothing', async () => {
    const { article } = await reviewedArticle();
    const edited = await app.ok('articles.update', {
      id: article.id,
      title: 'Haushalt 2025',
      publisher: 'Nordkurier',
      author: 'Katrin Albers',
      publishedAt: '2025-03-12',
      url: 'https://example.org/haushalt',
      language: 'de',
    });
    expect(edited).toMatchObject({ title: 'Haushalt 2025', publisher: 'Nordkurier', author: 'Katrin Albers', publishedAt: '2025-03-12', url: 'https://example.org/haushalt' });
    for (const bad of [{ publishedAt: '12.03.2025' }, { url: 'javascript:alert(1)' }, { language: 'fr' }, { title: 'x'.repeat(1001) }]) {
      expect(await app.dispatch('articles.update', { id: article.id, ...bad })).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await app.ok('articles.get', { id: article.id })).toMatchObject({ title: 'Haushalt 2025', publishedAt: '2025-03-12' });
  });

  it('re-extracts keeping every reviewed claim and says which claims it added and removed', async () => {
    const { article, claim } = await reviewedArticle();
    const untouched = article.claims[1]!;
    // As if an older extractor had missed one claim and found a fragment that is no claim now.
    app.store.sqlite.prepare('delete from claims where id = ?').run(untouched.id);
    const fragment = { start: article.claims[2]!.start, end: article.claims[2]!.start + 10 };
    app.store.sqlite
      .prepare("insert into claims (id, article_id, start, \"end\", text, kind, created_at, updated_at) values ('stale', ?, ?, ?, ?, 'statement', '2025-01-01', '2025-01-01')")
      .run(article.id, fragment.start, fragment.end, article.text.slice(fragment.start, fragment.end));
    const history = await app.ok('claims.history', { claimId: claim.id });
    const result = await app.ok('articles.reextract', { id: article.id });
    expect(result).toMatchObject({ added: 1, removed: 1, kept: 1 });
    expect(result.addedClaims).toEqual([{ start: untouched.start, end: untouched.end, text: untouched.text }]);
    expect(result.removedClaims).toEqual([{ ...fragment, text: article.text.slice(fragment.start, fragment.end) }]);
    const after = await app.ok('articles.get', { id: article.id });
    expect(after.claims.find((c) => c.id === claim.id)).toMatchObject({ verdict: 'verified', rationale: 'Protokoll', sources: [{ url: 'https://example.org/protokoll' }] });
    expect(await app.ok('claims.history', { claimId: claim.id })).toEqual(history);
  });
});
