// A bulk import stores the articles it has prepared together, in one transaction
// (storePreparedArticles). These tests hold the batch to what one transaction per article gave:
// the same rows and claimants, copies inside one batch recognised, and one article that cannot
// be written failing alone while the others of its batch are stored.
import { afterEach, expect, it } from 'vitest';
import { prepareArticle, storePreparedArticle, storePreparedArticles } from '../../src/main/core/services/article.service';
import { describeDatabases, type DatabaseKind } from '../helpers/databases';
import { GERMAN_SAMPLE, openTestApp, type TestApp } from '../helpers/temp-app';

const texts = [
  GERMAN_SAMPLE,
  '„Wir investieren mehr in Schulen“, sagte die Kämmerin Petra Holm. Die Opposition kritisierte, die Schulden stiegen um 4 Prozent.',
  'Kanzlerin Anna Beispiel sagte, die Steuer steige um 3 Prozent. Petra Holm erklärte, der Haushalt sei solide.',
];

let apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
});

async function open(database: DatabaseKind): Promise<TestApp> {
  const app = await openTestApp({ database });
  apps.push(app);
  return app;
}

/** The claims of the library as (article title, start, end, kind, claimant, claimant's name). */
async function library(app: TestApp) {
  const rows = await app.store.db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .leftJoin('claimants as k', 'k.id', 'c.claimant_id')
    .select(['a.content_hash', 'c.start', 'c.end', 'c.kind', 'c.claimant', 'k.name'])
    .orderBy('a.content_hash').orderBy('c.start')
    .execute();
  const claimants = await app.store.db.selectFrom('claimants').select(['name', 'type']).orderBy('name').execute();
  const tallies = await app.store.db
    .selectFrom('claimant_tallies as t').innerJoin('claimants as k', 'k.id', 't.claimant_id')
    .select(['k.name', 't.verdict', 't.claims']).orderBy('k.name').execute();
  return { rows, claimants, tallies };
}

describeDatabases('storing prepared articles in one transaction', (kind) => {
  it('writes what storing them one by one writes', async () => {
    const prepared = await Promise.all(texts.map((text) => prepareArticle({ text })));
    const one = await open(kind);
    for (const p of prepared) await storePreparedArticle(one.context, p);
    const batch = await open(kind);
    const answers = await storePreparedArticles(batch.context, prepared);
    expect(answers.every((a) => 'article' in a && !a.duplicate)).toBe(true);
    const expected = await library(one);
    expect(expected.rows.some((r) => r.name !== null)).toBe(true);
    expect(await library(batch)).toEqual(expected);
  });

  it('recognises the same text twice in one batch as one article and a duplicate', async () => {
    const app = await open(kind);
    const prepared = await Promise.all([texts[0]!, texts[1]!, texts[0]!].map((text) => prepareArticle({ text })));
    const answers = await storePreparedArticles(app.context, prepared);
    const [a, b, c] = answers.map((x) => ('article' in x ? x : null));
    expect(a?.duplicate).toBe(false);
    expect(b?.duplicate).toBe(false);
    expect(c?.duplicate).toBe(true);
    expect(c?.article.id).toBe(a?.article.id);
    expect(await app.store.db.selectFrom('articles').select('id').execute()).toHaveLength(2);
  });

  it('fails an article that cannot be written alone, and stores the rest of its batch', async () => {
    const app = await open(kind);
    const prepared = await Promise.all(texts.map((text) => prepareArticle({ text })));
    // A claim kind the schema refuses: this article's insert fails inside the batch.
    const bad = { ...prepared[1]!, claims: prepared[1]!.claims.map((c) => ({ ...c, kind: 'bogus' as never })) };
    const answers = await storePreparedArticles(app.context, [prepared[0]!, bad, prepared[2]!]);
    expect('article' in answers[0]!).toBe(true);
    expect('error' in answers[1]!).toBe(true);
    expect('article' in answers[2]!).toBe(true);
    const stored = await app.store.db.selectFrom('articles').select('content_hash').execute();
    expect(stored.map((r) => r.content_hash).sort()).toEqual([prepared[0]!.hash, prepared[2]!.hash].sort());
    // Nothing of the failed article is left behind: no claims without an article.
    const orphans = await app.store.db.selectFrom('claims').leftJoin('articles', 'articles.id', 'claims.article_id').select('claims.id').where('articles.id', 'is', null).execute();
    expect(orphans).toHaveLength(0);
  });
});
