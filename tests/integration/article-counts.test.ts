// Schema 11 keeps each article's live claims counted (article_counts) by triggers, so the article
// list reads them instead of aggregating every claim. These tests hold the kept counts to a fresh
// aggregate over the claims after every kind of write: imports (one and a batch), verdicts,
// verdicts taken back, deleted and restored claims, re-extraction, merges, the trash and purges.
import { afterEach, expect, it } from 'vitest';
import { prepareArticle, storePreparedArticles } from '../../src/main/core/services/article.service';
import { describeDatabases } from '../helpers/databases';
import { GERMAN_SAMPLE, openTestApp, type TestApp } from '../helpers/temp-app';

const texts = [
  '„Wir investieren mehr in Schulen“, sagte die Kämmerin Petra Holm. Die Opposition kritisierte, die Schulden stiegen um 4 Prozent.',
  'Kanzlerin Anna Beispiel sagte, die Steuer steige um 3 Prozent. Petra Holm erklärte, der Haushalt sei solide.',
  'Der Minister Karl Muster sagte, die Arbeitslosigkeit sei um 2 Prozent gesunken. Laut dem Verband stiegen die Preise um 5 Prozent.',
];

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** The kept counts and a fresh aggregate of the live claims, both as sorted rows. */
async function keptAndFresh(t: TestApp) {
  const db = t.store.db;
  const kept = await db.selectFrom('article_counts').select(['article_id', 'claims', 'verified', 'disputed', 'inconclusive']).orderBy('article_id').execute();
  const claims = await db.selectFrom('claims').select(['article_id', 'verdict']).where('deleted_at', 'is', null).execute();
  const fresh = new Map<string, { article_id: string; claims: number; verified: number; disputed: number; inconclusive: number }>();
  for (const c of claims) {
    const row = fresh.get(c.article_id) ?? { article_id: c.article_id, claims: 0, verified: 0, disputed: 0, inconclusive: 0 };
    row.claims += 1;
    if (c.verdict === 'verified' || c.verdict === 'disputed' || c.verdict === 'inconclusive') row[c.verdict] += 1;
    fresh.set(c.article_id, row);
  }
  const norm = (rows: Array<{ article_id: string; claims: number; verified: number; disputed: number; inconclusive: number }>) =>
    rows
      .map((r) => ({ article_id: r.article_id, claims: Number(r.claims), verified: Number(r.verified), disputed: Number(r.disputed), inconclusive: Number(r.inconclusive) }))
      .sort((a, b) => (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0));
  return { kept: norm(kept), fresh: norm([...fresh.values()]) };
}

async function expectExact(t: TestApp, step: string) {
  const { kept, fresh } = await keptAndFresh(t);
  expect(kept, step).toEqual(fresh);
}

describeDatabases('per-article claim counts kept by the database', (kind) => {
  it('stay exact through imports, verdicts, undo, deletes, re-extraction, merges and the trash', async () => {
    const t = (app = await openTestApp({ database: kind }));
    const first = await t.ok('articles.create', { text: GERMAN_SAMPLE });
    await expectExact(t, 'one import');
    const batch = await storePreparedArticles(t.context, await Promise.all(texts.map((text) => prepareArticle({ text }))));
    expect(batch.every((b) => 'article' in b)).toBe(true);
    await expectExact(t, 'a batch import');

    const article = await t.ok('articles.get', { id: first.article.id });
    expect(article.claims.length).toBeGreaterThanOrEqual(4);
    const [a, b, c, d] = article.claims;
    // Verdicts: inconclusive needs no source; verified and disputed do.
    await t.ok('claims.setVerdict', { id: a!.id, expectedVersion: a!.version, verdict: 'inconclusive' });
    const withSource = await t.ok('sources.add', { claimId: b!.id, url: 'https://www.destatis.de/' });
    await t.ok('claims.setVerdict', { id: b!.id, expectedVersion: withSource.claim.version, verdict: 'verified', rationale: 'Destatis' });
    const withSource2 = await t.ok('sources.add', { claimId: c!.id, url: 'https://www.bundesbank.de/' });
    const disputed = await t.ok('claims.setVerdict', { id: c!.id, expectedVersion: withSource2.claim.version, verdict: 'disputed', rationale: 'Bundesbank' });
    await expectExact(t, 'verdicts');
    // Taken back (the reviewer's undo: unreviewed again), and changed from one verdict to another.
    await t.ok('claims.setVerdict', { id: c!.id, expectedVersion: disputed.version, verdict: 'unreviewed' });
    const bNow = await t.ok('claims.get', { id: b!.id });
    await t.ok('claims.setVerdict', { id: b!.id, expectedVersion: bNow.version, verdict: 'disputed', rationale: 'Destatis says otherwise' });
    await expectExact(t, 'verdicts taken back and changed');
    // Deleted and restored claims.
    await t.ok('claims.delete', { id: d!.id });
    await t.ok('claims.delete', { id: a!.id });
    await expectExact(t, 'claims deleted');
    await t.ok('claims.restore', { id: a!.id });
    await expectExact(t, 'a claim restored');
    // Re-extraction removes and adds claims, keeping the reviewed ones.
    await t.ok('articles.reextract', { id: first.article.id });
    await expectExact(t, 're-extraction');
    // Merging claimants moves claims between claimants, not articles: counts unchanged.
    const claimants = await t.ok('claimants.list', {});
    if (claimants.claimants.length >= 2) {
      await t.ok('claimants.merge', { keep: claimants.claimants[0]!.id, other: claimants.claimants[1]!.id });
      await expectExact(t, 'a merge');
    }
    // The trash keeps the counts; emptying it removes the article's row too.
    const second = batch[0] as { article: { id: string } };
    await t.ok('articles.delete', { id: second.article.id });
    await expectExact(t, 'an article in the trash');
    await t.ok('articles.emptyTrash', {});
    await expectExact(t, 'the trash emptied');
    const rows = await t.store.db.selectFrom('article_counts').select('article_id').where('article_id', '=', second.article.id).execute();
    expect(rows).toEqual([]);

    // The list shows the kept counts.
    const list = await t.ok('articles.list', {});
    const listed = list.find((x) => x.id === first.article.id)!;
    const { fresh } = await keptAndFresh(t);
    const expected = fresh.find((r) => r.article_id === first.article.id)!;
    expect(listed.claimCount).toBe(expected.claims);
    expect(listed.counts).toEqual({ verified: expected.verified, disputed: expected.disputed, inconclusive: expected.inconclusive, unreviewed: expected.claims - expected.verified - expected.disputed - expected.inconclusive });
  });
});
