// The team server as a newsroom runs it: `claimdesk server --database postgres://…` as its own
// process on a private PostgreSQL cluster, accounts made with `claimdesk users add`, two
// reviewers signed in over HTTP. What one commits, the other reads; a kill -9 of the server
// loses nothing committed, and sessions survive the restart (they live in the database).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePostgres, freshPostgresDatabase } from '../helpers/databases';
import { readServerSentEvents } from '../../src/main/team/event-stream';
import { GERMAN_SAMPLE } from '../helpers/temp-app';

const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');
const PASSWORD = 'a long enough password';

function runCli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Starts the server and waits for the line with its address. */
function startServer(url: string): Promise<{ child: ChildProcess; origin: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'server', '--database', url, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${err}`)), 60_000);
    child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /team server at (http:\/\/[^\s/]+)/u.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, origin: m[1]! });
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${err}`)));
  });
}

describePostgres('team server on PostgreSQL', () => {
    let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
    let server: { child: ChildProcess; origin: string } | null = null;
    beforeAll(async () => {
      database = await freshPostgresDatabase();
    });
    afterAll(async () => {
      server?.child.kill('SIGKILL');
      await database?.drop();
    });

    async function call(method: string, input: unknown, cookie?: string) {
      const res = await fetch(`${server!.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: server!.origin, 'Sec-Fetch-Site': 'same-origin', ...(cookie ? { Cookie: cookie } : {}) },
        body: JSON.stringify(input),
      });
      return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, json: (await res.json()) as { ok: boolean; value?: any; error?: { code: string } } };
    }

    it('two reviewers on one desk: one commits, the other reads it, and a kill -9 loses nothing committed', async () => {
      for (const name of ['anna', 'ben']) {
        const added = await runCli(['users', 'add', name, '--role', 'reviewer', '--database', database.url], `${PASSWORD}\n`);
        expect(added.code, added.stderr).toBe(0);
      }
      server = await startServer(database.url);
      const anna = (await call('team.signIn', { name: 'anna', password: PASSWORD })).cookie;
      const ben = (await call('team.signIn', { name: 'ben', password: PASSWORD })).cookie;
      expect(anna).toMatch(/=/u);
      expect(ben).toMatch(/=/u);
      expect((await call('articles.list', {})).status).toBe(401);

      const created = await call('articles.create', { text: GERMAN_SAMPLE, title: 'Desk on PostgreSQL' }, anna);
      expect(created.json.ok).toBe(true);
      const articleId = created.json.value.article.id as string;
      const claim = (await call('articles.get', { id: articleId }, anna)).json.value.claims[0];
      const verdict = await call('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive', rationale: 'Zahlen fehlen.' }, anna);
      expect(verdict.json.ok).toBe(true);
      // Ben's stale write from the same version is refused, not overwritten.
      const stale = await call('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'disputed', rationale: 'Anders.' }, ben);
      expect(stale.json.error?.code).toBe('conflict');

      const seenByBen = (await call('articles.get', { id: articleId }, ben)).json.value.claims.find((c: { id: string }) => c.id === claim.id);
      expect(seenByBen).toMatchObject({ verdict: 'inconclusive', rationale: 'Zahlen fehlen.', reviewer: 'anna' });

      // kill -9: no shutdown, no flush. What was committed is there after a restart, sessions too.
      server.child.kill('SIGKILL');
      await new Promise((resolve) => server!.child.once('exit', resolve));
      server = await startServer(database.url);
      const after = (await call('articles.get', { id: articleId }, ben)).json;
      expect(after.ok).toBe(true);
      expect(after.value.claims.find((c: { id: string }) => c.id === claim.id)).toMatchObject({ verdict: 'inconclusive', reviewer: 'anna' });
      const history = (await call('claims.history', { claimId: claim.id }, ben)).json.value as Array<{ actor: string | null }>;
      expect(history.map((h) => h.actor)).toContain('anna');
    }, 120_000);

    it('a second server process on the same database tells its windows of writes made through the first (LISTEN/NOTIFY)', async () => {
      const first = server ?? (server = await startServer(database.url));
      const second = await startServer(database.url);
      try {
        const signIn = async (origin: string) => {
          const res = await fetch(`${origin}/api/team.signIn`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
            body: JSON.stringify({ name: 'ben', password: PASSWORD }),
          });
          return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
        };
        const onSecond = await signIn(second.origin);
        const events = await fetch(`${second.origin}/api/events`, { headers: { Cookie: onSecond, 'Sec-Fetch-Site': 'same-origin' } });
        expect(events.status).toBe(200);
        const frames: string[] = [];
        const heard = readServerSentEvents(events.body!, (data) => {
          frames.push(data);
          return data.includes('"articles.create"');
        });

        const onFirst = await signIn(first.origin);
        const created = await fetch(`${first.origin}/api/articles.create`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: first.origin, 'Sec-Fetch-Site': 'same-origin', Cookie: onFirst },
          body: JSON.stringify({ text: GERMAN_SAMPLE, title: 'Over the wire' }),
        });
        const articleId = ((await created.json()) as { value: { article: { id: string } } }).value.article.id;
        await Promise.race([heard, new Promise((_, reject) => setTimeout(() => reject(new Error(`no event within 20 s; heard: ${frames.join(' | ')}`)), 20_000))]);
        const event = frames.map((f) => JSON.parse(f) as { by: string; id: string | null; method?: string }).find((e) => e.method === 'articles.create');
        expect(event).toMatchObject({ by: 'ben', id: articleId });
      } finally {
        second.child.kill('SIGKILL');
      }
    }, 120_000);
});
