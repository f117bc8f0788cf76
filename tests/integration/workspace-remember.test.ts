// workspace.remember / workspace.open: the host remembers where the reviewer was (article and
// claim), so the next start reopens it whatever browser, window or port it starts in. It was
// kept in the page's localStorage only, and serve's page has a new origin at each start (a new
// port): the newest article opened instead.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actingAccount } from '../../src/main/core/services/context';
import { openTestApp, type TestApp } from '../helpers/temp-app';

describe('workspace.remember', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function twoArticles() {
    const { article: older } = await app.ok('articles.create', { title: 'Ferry', text: 'The ferry company said fares rose by 9 percent in March. The mayor said the pier cost 3 million pounds.', language: 'en' });
    const { article: newer } = await app.ok('articles.create', { title: 'Library', text: 'The council said the library lent 40,000 books in 2024.', language: 'en' });
    const claims = [...(await app.ok('articles.get', { id: older.id })).claims].sort((a, b) => a.start - b.start);
    return { older, newer, claims };
  }

  it('reopens the article and claim remembered, not the newest, while they exist', async () => {
    const { older, newer, claims } = await twoArticles();
    expect((await app.ok('workspace.open', {})).article?.id).toBe(newer.id);
    expect(await app.ok('workspace.remember', { articleId: older.id, claimId: claims[1]!.id })).toEqual({ remembered: true });
    const opened = await app.ok('workspace.open', { claimsLimit: 10 });
    expect(opened.article?.id).toBe(older.id);
    expect(opened.claimId).toBe(claims[1]!.id);
    // An article asked for by id still wins; the remembered claim goes with its own article only.
    const asked = await app.ok('workspace.open', { id: newer.id });
    expect([asked.article?.id, asked.claimId]).toEqual([newer.id, null]);
    // The claim deleted: the article still opens, with no claim selected.
    await app.ok('claims.delete', { id: claims[1]!.id, expectedVersion: claims[1]!.version });
    expect(await app.ok('workspace.open', {})).toMatchObject({ article: { id: older.id }, claimId: null });
    // The article in the trash: the newest opens.
    await app.ok('articles.delete', { id: older.id });
    expect(await app.ok('workspace.open', {})).toMatchObject({ article: { id: newer.id }, claimId: null });
    // Nothing open: forgotten.
    expect(await app.ok('workspace.remember', { articleId: null, claimId: null })).toEqual({ remembered: false });
    expect(app.store.sqlite.prepare("select count(*) from settings where key like 'workspace.selection%'").pluck().get()).toBe(0);
  });

  it('keeps one place per account on a team server', async () => {
    const { older, newer, claims } = await twoArticles();
    await actingAccount.run({ name: 'Ada' }, () => app.ok('workspace.remember', { articleId: older.id, claimId: claims[0]!.id }));
    await actingAccount.run({ name: 'Ben' }, () => app.ok('workspace.remember', { articleId: newer.id, claimId: null }));
    const ada = await actingAccount.run({ name: 'Ada' }, () => app.ok('workspace.open', {}));
    const ben = await actingAccount.run({ name: 'Ben' }, () => app.ok('workspace.open', {}));
    expect([ada.article?.id, ada.claimId]).toEqual([older.id, claims[0]!.id]);
    expect([ben.article?.id, ben.claimId]).toEqual([newer.id, null]);
  });
});
