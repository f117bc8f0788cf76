// The real serve host on port 0 over a real database: its boundary, and the contract over HTTP.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/main/http/server';
import { withServe } from '../helpers/serve';
import { openTestApp } from '../helpers/temp-app';

const serve = withServe();
// (Only the headers given: a request without them is one without a token.)
const request = (options: Parameters<typeof serve.request>[0]) => serve.request({ ...options, headers: options.headers ?? {} });
const auth = () => serve.auth();
const api = (method: string, input: unknown, headers = auth()) => request({ path: `/api/${method}`, headers, body: JSON.stringify(input) });

describe('serve host', () => {
  it('binds to 127.0.0.1 and prints its URL with a token', () => {
    expect(serve.server.host).toBe('127.0.0.1');
    expect(serve.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('answers API calls without the right token with 401', async () => {
    expect((await api('articles.list', {}, { 'Content-Type': 'application/json' })).status).toBe(401);
    expect((await api('articles.list', {}, { 'Content-Type': 'application/json', Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await api('articles.list', {}, { 'Content-Type': 'application/json', Authorization: `Basic ${serve.server.token}` })).status).toBe(401);
  });

  it('answers a foreign Host header with 403 (DNS rebinding)', async () => {
    const res = await request({ path: '/api/articles.list', headers: { ...auth(), Host: `evil.example:${serve.server.port}` }, body: '{}' });
    expect(res.status).toBe(403);
    expect((await request({ path: '/', method: 'GET', headers: { Host: 'evil.example' } })).status).toBe(403);
  });

  it('requires JSON bodies (415) and rejects malformed JSON (400)', async () => {
    expect((await request({ path: '/api/articles.list', headers: { Authorization: `Bearer ${serve.server.token}`, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await request({ path: '/api/articles.list', headers: { Authorization: `Bearer ${serve.server.token}` }, body: '{}' })).status).toBe(415);
    const bad = await request({ path: '/api/articles.list', headers: auth(), body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('answers GET on the API with 405 and unknown methods with 404', async () => {
    expect((await request({ path: '/api/articles.list', method: 'GET', headers: auth() })).status).toBe(405);
    const unknown = await api('articles.explode', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('serves the renderer with a CSP and no CORS, and never files outside it', async () => {
    const index = await request({ path: '/', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['access-control-allow-origin']).toBeUndefined();
    expect((await request({ path: '/../../etc/passwd', method: 'GET' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/%2e%2e/etc/passwd', method: 'GET' })).status).toBe(404);
    // A malformed escape is a bad request, not a crash: the server still answers afterwards.
    expect((await request({ path: '/%E0%A4%A', method: 'GET' })).status).toBe(400);
    expect((await request({ path: '/', method: 'GET' })).status).toBe(200);
  });

  it('runs the contract: create, verdict without source refused, stale version refused, javascript: refused', async () => {
    const created = JSON.parse((await api('articles.create', { text: 'Die Inflation lag im Mai bei 2,1 Prozent. Das teilte das Amt mit.' })).body);
    expect(created.ok).toBe(true);
    const article = JSON.parse((await api('articles.get', { id: created.value.article.id })).body).value;
    const claim = article.claims[0];

    const noSource = await api('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'verified' });
    expect(noSource.status).toBe(422);
    expect(JSON.parse(noSource.body).error.message).toMatch(/at least one source/);

    const js = await api('sources.add', { claimId: claim.id, url: 'javascript:alert(1)' });
    expect(js.status).toBe(400);
    expect(JSON.parse(js.body).error.issues[0].path).toBe('url');

    const added = JSON.parse((await api('sources.add', { claimId: claim.id, url: 'https://www.destatis.de/' })).body).value;
    const ok = await api('claims.setVerdict', { id: claim.id, expectedVersion: added.claim.version, verdict: 'verified', rationale: 'Destatis' });
    expect(ok.status).toBe(200);
    const stale = await api('claims.setVerdict', { id: claim.id, expectedVersion: added.claim.version, verdict: 'disputed' });
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.body).error.details.current.verdict).toBe('verified');

    const after = JSON.parse((await api('articles.get', { id: article.id })).body).value;
    expect(after.claims[0]).toMatchObject({ verdict: 'verified', rationale: 'Destatis' });
  });
});

describe('a body over the limit', () => {
  it('is refused from its Content-Length before it is read, naming the limit, and nothing is stored', async () => {
    const before = JSON.parse((await api('articles.list', {})).body).value.length;
    // Only the header is sent: the answer must come without the 101 MB body.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: serve.server.port, path: '/api/articles.create', method: 'POST', headers: { ...auth(), 'Content-Length': String(101 * 1024 * 1024) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      req.on('error', reject);
      req.write('{"text":"');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/limit is 100 MB/);
    expect(JSON.parse((await api('articles.list', {})).body).value.length).toBe(before);
  });
});

describe('serve host stopping', () => {
  it('lets a call that is running finish and answer before the database is closed under it', async () => {
    const own = await openTestApp({ host: 'serve' });
    const logged: unknown[] = [];
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    // The real dispatch, slowed: the call is still running when the host is told to stop.
    const slow = (async (method: string, input: unknown) => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const result = await own.dispatch(method, input);
      if (!result.ok) logged.push(result.error);
      return result;
    }) as typeof own.dispatch;
    const host = await startServer({ dispatch: slow, rendererDir: serve.rendererDir, port: 0 });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: '/api/articles.create', method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ text: 'Der Minister sagte, die Steuer steige um 3 Prozent.', language: 'de', title: 'Beim Beenden' }));
    });
    await running;
    await host.close();
    await own.close(); // as serve does after the host stopped: the call must be done by now
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ ok: true });
    expect(logged).toEqual([]);

    const reopened = await openTestApp({ dir: own.dir });
    try {
      expect((await reopened.ok('articles.list', {})).map((a) => a.title)).toEqual(['Beim Beenden']);
    } finally {
      await reopened.close();
    }
  });
});
