// workspace.open: the first screen in one answer, the same as the four reads it stands for.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

describe('workspace.open', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers with no article when there is none', async () => {
    const first = await app.ok('workspace.open', {});
    expect(first.articles).toEqual([]);
    expect(first.article).toBeNull();
    expect(first.settings).toEqual(await app.ok('settings.get', {}));
  });

  it('opens the article given while it exists, else the newest, each as articles.get answers it', async () => {
    await app.ok('settings.set', { reviewerName: 'Ines Prüferin' });
    const { article: older } = await app.ok('articles.create', { title: 'Harbour', text: 'The port authority said cargo volumes rose by 4 percent in 2024.', language: 'en' });
    const { article: newer } = await app.ok('articles.create', { title: 'Schools', text: 'Das Ministerium teilte mit, dass 1.200 neue Lehrkräfte eingestellt wurden.', language: 'de' });
    const given = await app.ok('workspace.open', { id: older.id, claimsLimit: 1 });
    expect(given.article).toEqual(await app.ok('articles.get', { id: older.id, claimsLimit: 1 }));
    expect(given.articles).toEqual(await app.ok('articles.list', {}));
    expect(given.ratingLabels).toEqual(await app.ok('claims.ratingLabels', {}));
    expect(given.settings.reviewerName).toBe('Ines Prüferin');
    // Gone (in the trash): the newest opens instead, as the workspace does.
    await app.ok('articles.delete', { id: older.id });
    const gone = await app.ok('workspace.open', { id: older.id });
    expect(gone.article?.id).toBe(newer.id);
    expect(gone.article).toEqual(await app.ok('articles.get', { id: newer.id }));
    expect((await app.ok('workspace.open', {})).article?.id).toBe(newer.id);
  });

  it('gives each claim of a first page its own sources, whether the page holds every claim or only some', async () => {
    const text = 'Exports rose by 3 percent in 2023. Imports fell by 5 percent in 2023. The deficit reached 12 billion euros in 2024.';
    const { article } = await app.ok('articles.create', { title: 'Trade', text, language: 'en' });
    const all = (await app.ok('articles.get', { id: article.id })).claims;
    expect(all.length).toBe(3);
    await app.ok('sources.add', { claimId: all[0]!.id, url: 'https://example.org/first' });
    await app.ok('sources.add', { claimId: all[2]!.id, url: 'https://example.org/third-a' });
    await app.ok('sources.add', { claimId: all[2]!.id, url: 'https://example.org/third-b' });
    const urls = (claims: Array<{ sources: Array<{ url: string }> }>) => claims.map((c) => c.sources.map((s) => s.url));
    const expected = [['https://example.org/first'], [], ['https://example.org/third-a', 'https://example.org/third-b']];
    expect(urls((await app.ok('articles.get', { id: article.id })).claims)).toEqual(expected);
    expect(urls((await app.ok('articles.get', { id: article.id, claimsLimit: 5 })).claims)).toEqual(expected);
    expect(urls((await app.ok('articles.get', { id: article.id, claimsLimit: 3 })).claims)).toEqual(expected);
    expect(urls((await app.ok('articles.get', { id: article.id, claimsLimit: 2 })).claims)).toEqual(expected.slice(0, 2));
    const first = (await app.ok('articles.get', { id: article.id, claimsLimit: 1 })).claims;
    const rest = await app.ok('claims.page', { articleId: article.id, after: { start: first[0]!.start, end: first[0]!.end, id: first[0]!.id }, limit: 5 });
    expect(urls([...first, ...rest.claims])).toEqual(expected);
  });
});

