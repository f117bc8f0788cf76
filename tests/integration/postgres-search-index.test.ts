// Search on PostgreSQL goes through its GIN indexes: the query is fixed per statement for each
// text search configuration, so the planner can use claims_fts_gin and articles_fts_gin. With
// sequential scans switched off, a plan that cannot use an index still shows a Seq Scan.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleHitsQuery, claimHitsQuery } from '../../src/main/core/store/postgres/search';
import { describePostgres } from '../helpers/databases';
import { GERMAN_SAMPLE, openTestApp, type TestApp } from '../helpers/temp-app';

describePostgres('PostgreSQL search uses its GIN indexes', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await openTestApp({ database: 'postgres' });
      await app.ok('articles.create', { text: GERMAN_SAMPLE });
      await app.ok('articles.create', { text: 'The committee said unemployment fell to 4.2 percent in March. Critics disputed the figure.', language: 'en' });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('EXPLAIN of the claim and article searches shows claims_fts_gin and articles_fts_gin', async () => {
      await app.store.db.connection().execute(async (conn) => {
        await sql`set enable_seqscan = off`.execute(conn);
        const plan = async (query: ReturnType<typeof claimHitsQuery> | ReturnType<typeof articleHitsQuery>) =>
          (await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(conn)).rows.map((r) => r['QUERY PLAN']).join('\n');
        const claims = await plan(claimHitsQuery("('steuer' & 'prozent')", 20));
        expect(claims).toMatch(/Bitmap Index Scan on claims_fts_gin/u);
        expect(claims).not.toMatch(/Seq Scan on claims_fts/u);
        const articles = await plan(articleHitsQuery("'unemployment'", 20));
        expect(articles).toMatch(/Bitmap Index Scan on articles_fts_gin/u);
        expect(articles).not.toMatch(/Seq Scan on articles_fts/u);
      });
      // And the search itself still finds in both languages.
      expect((await app.ok('search', { query: 'Steuer' })).hits.length).toBeGreaterThan(0);
      expect((await app.ok('search', { query: 'unemployment' })).hits.length).toBeGreaterThan(0);
    });
});
