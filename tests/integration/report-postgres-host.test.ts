// reports.export in a long-lived host (the desktop app, `serve`, `claimdesk server`) on either
// database. The host hands the report to a worker that reads the store through a read-only
// SQLite connection of its own; on a PostgreSQL desk (`claimdesk server --database postgres://…`)
// that worker was given the URL as a file name, and every export answered
// "database: Could not open postgres://… for reading".
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../src/shared/report';
import { describeDatabases } from '../helpers/databases';
import { GERMAN_SAMPLE, openTestApp, type TestApp } from '../helpers/temp-app';

describeDatabases('reports.export on a long-lived host', (database) => {
  let app: TestApp;
  let articleId: string;
  beforeAll(async () => {
    app = await openTestApp({ database, host: 'serve' });
    await app.ok('settings.set', { organisationName: 'Faktencheck Nord', organisationUrl: 'https://fc.example/' });
    const { article } = await app.ok('articles.create', { text: GERMAN_SAMPLE, title: 'Bundestag' });
    articleId = article.id;
    const [claim] = (await app.ok('articles.get', { id: articleId })).claims;
    const { claim: withSource } = await app.ok('sources.add', { claimId: claim!.id, url: 'https://example.org/protokoll' });
    await app.ok('claims.setVerdict', { id: claim!.id, expectedVersion: withSource.version, verdict: 'verified', rationale: 'Protokoll' });
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(REPORT_FORMATS)('exports %s for an article and for everything', async (format) => {
    for (const scope of [{ articleId }, { all: true }] as const) {
      const result = await app.dispatch('reports.export', { ...scope, format });
      expect(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`).toBe('ok');
      if (result.ok) expect((result.value as { content: string }).content.length).toBeGreaterThan(100);
    }
  });

  it('answers a missing article as not_found', async () => {
    expect(await app.dispatch('reports.export', { articleId: 'missing', format: 'json' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
