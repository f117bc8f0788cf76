// The team server: the real serve host with accounts (src/main/team) over a real SQLite file.
import http from 'node:http';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/main/http/server';
import { openTeam, createTeamGate } from '../../src/main/team';
import type { Team } from '../../src/main/team/accounts';
import { main } from '../../src/main/cli/main';
import { GERMAN_SAMPLE, openTestApp, tempDir, type TestApp, standInRendererDir } from '../helpers/temp-app';

let app: TestApp;
let team: Team;
let server: RunningServer;
let clock = Date.parse('2026-12-04T10:00:00Z');
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  app = await openTestApp({ host: 'serve' });
  const rendererDir = standInRendererDir();
  team = await openTeam(app.store.db, { now: () => new Date(clock), sessionTtlMs: 60 * 60 * 1000, failureDelayMs: 40 });
  await team.add('anna', 'reviewer', PASSWORD);
  await team.add('ben', 'reviewer', PASSWORD);
  await team.add('eva', 'editor', PASSWORD);
  await team.add('lock', 'reviewer', PASSWORD);
  await team.add('gone', 'reviewer', PASSWORD);
  const gate = createTeamGate({ team, secure: false, databaseLabel: app.dbPath, guardFetches: false });
  server = await startServer({ dispatch: app.dispatch, rendererDir, port: 0, team: gate });
});
afterAll(async () => {
  await server.close();
  await app.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { ok: boolean; value?: any; error?: { code: string; message: string } };
}

function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let json: Reply['json'] = { ok: false };
        try {
          json = JSON.parse(body) as Reply['json'];
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const origin = () => `http://127.0.0.1:${server.port}`;
const jsonHeaders = (cookie?: string): Record<string, string> => ({ 'Content-Type': 'application/json', Origin: origin(), 'Sec-Fetch-Site': 'same-origin', ...(cookie ? { Cookie: cookie } : {}) });

async function signIn(name: string, password = PASSWORD): Promise<{ reply: Reply; cookie: string }> {
  const reply = await request({ path: '/api/team.signIn', headers: jsonHeaders(), body: JSON.stringify({ name, password }) });
  const setCookie = reply.headers['set-cookie']?.[0] ?? '';
  return { reply, cookie: setCookie.split(';')[0]! };
}

const api = (method: string, input: unknown, cookie: string, extra: Record<string, string> = {}) =>
  request({ path: `/api/${method}`, headers: { ...jsonHeaders(cookie), ...extra }, body: JSON.stringify(input) });

async function firstClaim(cookie: string) {
  const created = await api('articles.create', { text: GERMAN_SAMPLE, title: 'Team' }, cookie);
  expect(created.status).toBe(200);
  const article = await api('articles.get', { id: created.json.value.article.id }, cookie);
  return article.json.value.claims[0] as { id: string; version: number; articleId: string };
}

describe('team server: accounts and sessions', () => {
  it('signs in with an HTTP-only, SameSite=Strict session cookie and answers calls for the account', async () => {
    const { reply, cookie } = await signIn('anna');
    expect(reply.status).toBe(200);
    const setCookie = reply.headers['set-cookie']![0]!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/); // plain HTTP on loopback in this test
    const me = await api('team.me', {}, cookie);
    expect(me.json.value.account).toEqual({ name: 'anna', role: 'reviewer' });
    expect((await api('articles.list', {}, cookie)).status).toBe(200);
    // Without a session: sign in first.
    const anonymous = await request({ path: '/api/articles.list', headers: jsonHeaders(), body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error!.code).toBe('sign_in_required');
  });

  it('records the account as the reviewer in history, not the free-text name', async () => {
    const { cookie } = await signIn('anna');
    await app.ok('settings.set', { reviewerName: 'Somebody Else' });
    const claim = await firstClaim(cookie);
    const source = await api('sources.add', { claimId: claim.id, url: 'https://www.destatis.de/' }, cookie);
    const verdict = await api('claims.setVerdict', { id: claim.id, expectedVersion: source.json.value.claim.version, verdict: 'verified', rationale: 'Destatis' }, cookie);
    expect(verdict.status).toBe(200);
    expect(verdict.json.value.reviewer).toBe('anna');
    const history = await api('claims.history', { claimId: claim.id }, cookie);
    const last = history.json.value.at(-1);
    expect(JSON.stringify(last)).toContain('anna');
    expect(JSON.stringify(last)).not.toContain('Somebody Else');
    const writes = await team.db.selectFrom('team_writes').selectAll().where('target_id', '=', claim.id).execute();
    expect(writes.map((w) => [w.account_name, w.method])).toContainEqual(['anna', 'claims.setVerdict']);
  });

  it('slows a wrong password and locks the account after 10 in a row', async () => {
    const started = Date.now();
    const wrong = await signIn('lock', 'not the password');
    expect(wrong.reply.status).toBe(401);
    expect(wrong.reply.json.error!.code).toBe('wrong_password');
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    // An unknown name is answered the same way.
    expect((await signIn('nobody', 'whatever it is')).reply.json.error!.code).toBe('wrong_password');
    for (let i = 2; i <= 9; i++) expect((await signIn('lock', `wrong ${i}`)).reply.status).toBe(401);
    const tenth = await signIn('lock', 'wrong 10');
    expect(tenth.reply.json.error!.code).toBe('account_locked');
    // Now even the right password is refused, until an admin resets it.
    const right = await signIn('lock');
    expect(right.reply.status).toBe(403);
    expect(right.reply.json.error!.code).toBe('account_locked');
    await team.resetPassword('lock', 'a brand new password');
    expect((await signIn('lock', 'a brand new password')).reply.status).toBe(200);
  }, 30_000);

  it('ends a session when it expires', async () => {
    const { cookie } = await signIn('ben');
    expect((await api('articles.list', {}, cookie)).status).toBe(200);
    clock += 61 * 60 * 1000;
    const expired = await api('articles.list', {}, cookie);
    expect(expired.status).toBe(401);
    expect(expired.json.error!.code).toBe('sign_in_required');
  });

  it("refuses a reviewer an editor's action with 403, and lets the editor do it", async () => {
    const reviewer = (await signIn('ben')).cookie;
    const editor = (await signIn('eva')).cookie;
    const claim = await firstClaim(reviewer);
    const refused = await api('claims.delete', { id: claim.id }, reviewer);
    expect(refused.status).toBe(403);
    expect(refused.json.error!.code).toBe('forbidden');
    expect((await api('reports.export', { articleId: claim.articleId, format: 'md' }, reviewer)).status).toBe(403);
    expect((await api('settings.set', { organisationName: 'X' }, editor)).status).toBe(403);
    expect((await api('claims.delete', { id: claim.id }, editor)).status).toBe(200);
    expect((await api('reports.export', { articleId: claim.articleId, format: 'md' }, editor)).status).toBe(200);
  });

  it('refuses a cross-site form post (CSRF)', async () => {
    const { cookie } = await signIn('eva');
    const form = await request({
      path: '/api/articles.emptyTrash',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site', Cookie: cookie },
      body: 'ids=',
    });
    expect(form.status).toBe(403);
    expect(form.json.error!.code).toBe('cross_site');
    // The same with a JSON body, or with only one of the two headers, is refused too.
    expect((await api('articles.list', {}, cookie, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await request({ path: '/api/articles.list', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example', Cookie: cookie }, body: '{}' })).status).toBe(403);
    // And a cross-site sign-in (login CSRF).
    expect((await request({ path: '/api/team.signIn', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: JSON.stringify({ name: 'eva', password: PASSWORD }) })).status).toBe(403);
  });

  it('stops a disabled account mid-session', async () => {
    const { cookie } = await signIn('gone');
    expect((await api('articles.list', {}, cookie)).status).toBe(200);
    await team.disable('gone');
    expect((await api('articles.list', {}, cookie)).status).toBe(401);
    expect((await signIn('gone')).reply.status).toBe(403);
  });

  it('takes a personal API token as Authorization: Bearer', async () => {
    const { token } = await team.createToken('eva');
    const withToken = await request({ path: '/api/articles.list', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
    expect(withToken.status).toBe(200);
    const wrong = await request({ path: '/api/articles.list', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}x` }, body: '{}' });
    expect(wrong.status).toBe(401);
    const stored = await team.db.selectFrom('team_tokens').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
  });
});

describe('team server: live events', () => {
  it('tells every open window about a committed write within a second, and who is editing', async () => {
    const anna = (await signIn('anna')).cookie;
    const ben = (await signIn('ben')).cookie;
    const claim = await firstClaim(anna);
    const events: any[] = [];
    const stream = http.get({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Cookie: ben } });
    const connected = new Promise<http.IncomingMessage>((resolve) => stream.on('response', resolve));
    const res = await connected;
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
    let buffer = '';
    res.on('data', (c: Buffer) => {
      buffer += c.toString('utf8');
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const frame = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const data = frame.split('\n').find((l) => l.startsWith('data: '));
        if (data) events.push(JSON.parse(data.slice(6)));
      }
    });
    const waitFor = async (test: (e: any) => boolean) => {
      const until = Date.now() + 1000;
      while (Date.now() < until) {
        const hit = events.find(test);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no such event within a second: ${JSON.stringify(events)}`);
    };
    await api('team.presence', { claimId: claim.id }, anna);
    expect(await waitFor((e) => e.kind === 'presence' && e.id === claim.id)).toMatchObject({ by: 'anna', editing: true });
    const sent = Date.now();
    const updated = await api('claims.update', { id: claim.id, expectedVersion: claim.version, claimant: 'Anna Beispiel' }, anna);
    const event = await waitFor((e) => e.kind === 'claim' && e.id === claim.id);
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(event).toMatchObject({ kind: 'claim', id: claim.id, version: updated.json.value.version, by: 'anna', articleId: claim.articleId });
    // Unauthenticated listeners get nothing.
    expect((await request({ path: '/api/events', method: 'GET' })).status).toBe(401);
    stream.destroy();
  });
});

describe('claimdesk server / users (CLI)', () => {
  const capture = () => {
    let text = '';
    const stream = new PassThrough();
    stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
    return { stream, text: () => text };
  };

  it('refuses to listen on a non-loopback address without TLS, and says so', async () => {
    const out = capture();
    const err = capture();
    const code = await main(['server', '--database', path.join(tempDir(), 'x.db'), '--host', '0.0.0.0', '--port', '0'], { stdout: out.stream, stderr: err.stream });
    expect(code).toBe(2);
    expect(err.text()).toMatch(/Refusing to listen on 0\.0\.0\.0 without TLS/);
    expect(err.text()).toMatch(/--insecure-http/);
  });

  it('adds an account with the password from stdin, lists, disables it and prints a token', async () => {
    const db = path.join(tempDir(), 'desk.db');
    const run = async (args: string[], stdinText?: string) => {
      const out = capture();
      const err = capture();
      const stdin = new PassThrough();
      stdin.end(stdinText ?? '');
      const code = await main(args, { stdout: out.stream, stderr: err.stream, stdin });
      return { code, out: out.text(), err: err.text() };
    };
    expect((await run(['users', 'add', 'clara', '--role', 'editor', '--database', db], 'a long enough password\n')).code).toBe(0);
    expect((await run(['users', 'add', 'dora', '--role', 'boss', '--database', db], 'a long enough password\n')).code).not.toBe(0);
    const listed = await run(['users', 'list', '--json', '--database', db]);
    expect(JSON.parse(listed.out).accounts).toEqual([expect.objectContaining({ name: 'clara', role: 'editor', disabled: false })]);
    const token = await run(['users', 'token', 'clara', '--database', db]);
    expect(token.out.trim()).toMatch(/^cdt_[\w-]{40,}$/);
    expect((await run(['users', 'disable', 'clara', '--database', db])).code).toBe(0);
    expect(JSON.parse((await run(['users', 'list', '--json', '--database', db])).out).accounts[0].disabled).toBe(true);
    expect((await run(['users', 'reset-password', 'clara', '--database', db], 'short\n')).code).not.toBe(0);
  }, 30_000);
});
