// What an article in the trash has left every list, search and report: the rating labels the
// verdict form offers (claims.ratingLabels) and the sources a link check fetches (sources.check)
// must not count its claims or sources either, and must count them again once it is restored.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('still here'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(async () => {
  await app.close();
});

/** An article with one claim, reviewed with `label` and one source at `path` on the local server. */
async function reviewed(text: string, label: string, path: string) {
  const { article } = await app.ok('articles.create', { text, title: label, language: 'en' });
  const claim = await app.ok('claims.create', { articleId: article.id, start: 0, end: text.indexOf('.') + 1 });
  const { source, claim: withSource } = await app.ok('sources.add', { claimId: claim.id, url: `${base}${path}` });
  await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: withSource.version, verdict: 'disputed', ratingLabel: label });
  return { articleId: article.id, sourceId: source.id };
}

describe('claims and sources of an article in the trash', () => {
  it('are counted by neither claims.ratingLabels nor sources.check, and are again after a restore', async () => {
    const kept = await reviewed('The lighthouse keeper counted nine hundred gulls on the pier. Nobody checked.', 'Overcounted', '/kept');
    const trashed = await reviewed('The ferry timetable lists forty crossings a week. It was printed in May.', 'Half right', '/trashed');
    expect((await app.ok('claims.ratingLabels', {})).sort()).toEqual(['Half right', 'Overcounted']);

    await app.ok('articles.delete', { id: trashed.articleId });
    expect(await app.ok('claims.ratingLabels', {})).toEqual(['Overcounted']);
    const all = await app.ok('sources.check', {});
    expect(all.sources.map((s) => s.sourceId)).toEqual([kept.sourceId]);
    // Named by id, a trashed article's source is not fetched either.
    expect((await app.ok('sources.check', { ids: [trashed.sourceId] })).sources).toEqual([]);

    await app.ok('articles.restore', { id: trashed.articleId });
    expect((await app.ok('claims.ratingLabels', {})).sort()).toEqual(['Half right', 'Overcounted']);
    expect((await app.ok('sources.check', {})).sources.map((s) => s.sourceId).sort()).toEqual([kept.sourceId, trashed.sourceId].sort());
  });
});
