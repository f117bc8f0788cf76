// Two claimants of the same name ("Police" of two cities' forces) must be told apart in the
// claimant list, the dashboard and the claimant picker: each claimant says which article (and
// outlet) it first appears in, from the service.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

describeDatabases('claimants: where each first appears', (database) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp({ database });
  });
  afterEach(async () => {
    await app.close();
  });

  async function article(title: string, publisher: string, publishedAt: string, claimant: string) {
    const text = `${title}.\n\nOfficers said 40 bicycles were stolen near the station in March.`;
    const { article } = await app.ok('articles.create', { text, title, publisher, publishedAt });
    const start = text.indexOf('Officers');
    await app.ok('claims.create', { articleId: article.id, start, end: text.length, claimant });
    return article;
  }

  async function twoPolices() {
    const harbourLater = await article('Harbour thefts continue', 'Harbour Herald', '2025-03-01', 'Harbour Police');
    const harbourFirst = await article('Harbour thefts rise', 'Harbour Herald', '2025-02-01', 'Harbour Police');
    const valley = await article('Valley station thefts', 'Valley Times', '2025-02-15', 'Valley Police');
    const all = (await app.ok('claimants.list', {})).claimants;
    for (const c of all) await app.ok('claimants.rename', { claimant: c.id, name: 'Police', expectedVersion: c.version });
    return { harbourFirst, harbourLater, valley, ids: Object.fromEntries(all.map((c) => [c.name, c.id])) };
  }

  it('claimants.list gives each of two same-named claimants its first article and outlet', async () => {
    const { harbourFirst, valley, ids } = await twoPolices();
    const listed = (await app.ok('claimants.list', {})).claimants;
    expect(listed.map((c) => c.name)).toEqual(['Police', 'Police']);
    const byId = new Map(listed.map((c) => [c.id, c]));
    expect(byId.get(ids['Harbour Police']!)!.firstSeen).toEqual({ articleId: harbourFirst.id, articleTitle: 'Harbour thefts rise', publisher: 'Harbour Herald', date: '2025-02-01' });
    expect(byId.get(ids['Valley Police']!)!.firstSeen).toMatchObject({ articleId: valley.id, articleTitle: 'Valley station thefts', publisher: 'Valley Times' });
    // The picker searches by name: both come back, told apart.
    const picked = (await app.ok('claimants.list', { query: 'Police', limit: 8 })).claimants;
    expect(new Set(picked.map((c) => c.firstSeen?.publisher))).toEqual(new Set(['Harbour Herald', 'Valley Times']));
  });

  it('claimants.get, a rename and the dashboard top claimants carry it too; a trashed article no longer counts', async () => {
    const { harbourFirst, harbourLater, ids } = await twoPolices();
    expect((await app.ok('claimants.get', { claimant: ids['Harbour Police']! })).claimant.firstSeen?.articleId).toBe(harbourFirst.id);
    const top = (await app.ok('stats.desk', {})).topClaimants;
    expect(top.find((c) => c.id === ids['Valley Police'])!.firstSeen?.publisher).toBe('Valley Times');
    expect((await app.ok('stats.desk', { language: 'en' })).topClaimants.find((c) => c.id === ids['Harbour Police'])!.firstSeen?.articleId).toBe(harbourFirst.id);
    await app.ok('articles.delete', { id: harbourFirst.id });
    const current = (await app.ok('claimants.get', { claimant: ids['Harbour Police']! })).claimant;
    expect(current.firstSeen?.articleId).toBe(harbourLater.id);
    // Renamed apart, neither name is shared any more: nothing to tell apart, nothing read.
    const renamed = await app.ok('claimants.rename', { claimant: current.id, name: 'Harbour Police', expectedVersion: current.version });
    expect(renamed.firstSeen).toBeNull();
    expect((await app.ok('claimants.get', { claimant: ids['Valley Police']! })).claimant.firstSeen).toBeNull();
    expect((await app.ok('claimants.list', {})).claimants.map((c) => c.firstSeen)).toEqual([null, null]);
  });

  it('a page of many claimants gives firstSeen to the namesakes only', async () => {
    await twoPolices();
    const others = ['Anna Berg', 'Boris Kahn', 'Clara Dietz', 'David Engel', 'Eva Fuchs', 'Felix Graf', 'Greta Hahn', 'Hugo Iske', 'Ida Jung'];
    for (const [i, name] of others.entries()) await article(`Story ${i}`, 'Paper', `2025-01-1${i}`, name);
    const listed = (await app.ok('claimants.list', {})).claimants;
    expect(listed).toHaveLength(11);
    expect(listed.filter((c) => c.firstSeen).map((c) => c.name)).toEqual(['Police', 'Police']);
  });
});
