// A reviewer has an article open; someone else moves it to the trash. Every write the first
// reviewer then sends about one of its claims (a verdict, an edit, a source, a deletion, a
// claimant link) must be refused with a reason, and the trashed article must stay exactly as it
// was, so articles.restore brings it back "as it was". Before this test, claims.setVerdict,
// claims.delete, claims.restore, sources.update, sources.remove and claimants.assign all
// answered ok and changed the article in the trash (only a span edit and sources.add, by
// accident of their own checks, were refused).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabases, describePostgres } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const TEXT = `Finance Minister Karla Venn said the deficit fell to 2 percent of output in 2025.
Opposition leader Tomas Reed said unemployment rose to 6 percent last year.
"Fees will go up by 4 percent," Venn said on Monday.
Reed said the ministry had spent 12 billion on outside advisers.`;

describeDatabases('writes to a claim whose article is in the trash', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ database });
  });
  afterAll(async () => {
    await app.close();
  });

  /** Every row the article's claims, sources, history and claimant links are made of. */
  async function stateOf(articleId: string) {
    const db = app.store.db;
    const claims = await db.selectFrom('claims').selectAll().where('article_id', '=', articleId).orderBy('id').execute();
    const ids = claims.map((c) => c.id);
    const sources = await db.selectFrom('sources').selectAll().where('claim_id', 'in', ids).orderBy('id').execute();
    const events = await db.selectFrom('claim_events').selectAll().where('article_id', '=', articleId).orderBy('id').execute();
    const claimantEvents = await db.selectFrom('claimant_events').selectAll().orderBy('id').execute();
    return JSON.stringify({ claims, sources, events, claimantEvents });
  }

  it('refuses each write with not_found naming the trash, and leaves the article as it was', async () => {
    const { article } = await app.ok('articles.create', { text: TEXT, title: 'Budget', language: 'en' });
    const full = await app.ok('articles.get', { id: article.id });
    expect(full.claims.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = full.claims as [(typeof full.claims)[0], (typeof full.claims)[0], (typeof full.claims)[0]];
    const { source } = await app.ok('sources.add', { claimId: first.id, url: 'https://stats.example.org/deficit' });
    const { claim: withTwo } = await app.ok('sources.add', { claimId: first.id, url: 'https://stats.example.org/deficit-2' });
    await app.ok('claims.delete', { id: third.id });
    const reed = (await app.ok('claimants.list', {})).claimants.find((c) => c.name === 'Tomas Reed');
    expect(reed).toBeDefined();

    // The second reviewer trashes the article while the first still has it open.
    await app.ok('articles.delete', { id: article.id });
    const before = await stateOf(article.id);

    const writes: Array<[string, unknown]> = [
      ['claims.setVerdict', { id: first.id, expectedVersion: withTwo.version, verdict: 'disputed', rationale: 'Figures revised.' }],
      ['claims.update', { id: first.id, expectedVersion: withTwo.version, claimant: 'Someone Else' }],
      ['claims.update', { id: first.id, expectedVersion: withTwo.version, text: 'A text of my own.' }],
      ['claims.delete', { id: second.id }],
      ['claims.restore', { id: third.id }],
      ['sources.add', { claimId: second.id, url: 'https://stats.example.org/jobs' }],
      ['sources.update', { id: source.id, title: 'Revised table' }],
      ['sources.remove', { id: source.id }],
      ['claimants.assign', { claimId: first.id, claimant: reed!.id }],
    ];
    for (const [method, input] of writes) {
      const result = await app.dispatch(method as never, input as never);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code, method).toBe('not_found');
        expect(result.error.message, method).toMatch(/trash/);
      }
    }
    expect(await stateOf(article.id)).toBe(before);

    // Restored, it is as it was, and the same writes go through again.
    await app.ok('articles.restore', { id: article.id });
    expect(await stateOf(article.id)).toBe(before);
    const judged = await app.ok('claims.setVerdict', { id: first.id, expectedVersion: withTwo.version, verdict: 'disputed', rationale: 'Figures revised.' });
    expect(judged.verdict).toBe('disputed');
    expect((await app.ok('claims.restore', { id: third.id })).id).toBe(third.id);
  });
});

// PostgreSQL runs two hosts' writes side by side: a verdict whose transaction read the article
// as live while another host's articles.delete had not yet committed landed in the trash.
describePostgres('a verdict racing articles.delete on another host [postgres]', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ database: 'postgres' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('waits for the delete and is refused, leaving the trashed claim as it was', async () => {
    const { article } = await app.ok('articles.create', { text: TEXT, title: 'Budget', language: 'en' });
    const claim = (await app.ok('articles.get', { id: article.id })).claims[0]!;
    const { default: pg } = await import('pg');
    const other = new pg.Client(app.dbPath);
    await other.connect();
    try {
      // The other host's delete, in its transaction, not yet committed.
      await other.query('begin');
      await other.query('update articles set deleted_at = $1 where id = $2', [new Date().toISOString(), article.id]);
      const verdict = app.dispatch('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive', rationale: 'No data yet.' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query('commit');
      const result = await verdict;
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/trash/);
    } finally {
      await other.end();
    }
    const row = await app.store.db.selectFrom('claims').select(['verdict', 'version']).where('id', '=', claim.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ verdict: 'unreviewed', version: claim.version });
  });
});
