// npm run bench -- team: a desk of 20 reviewers on one team server over PostgreSQL (#14).
// A private, durable cluster (fsync on, as a real server runs), the built `claimdesk server` as
// its own process, 20 accounts signed in over HTTP, all working at once: each reviewer opens the
// article, sets verdicts on its share of the claims, and one claim in ten is shared with another
// reviewer, so stale writes happen and are refused (then re-read and retried, as the app does).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { openApp } from '../src/main/core/app';
import { openTeam } from '../src/main/team';
import { startPostgresCluster } from '../tests/helpers/postgres-cluster';

const BIN = path.resolve(__dirname, '..', 'bin', 'claimdesk.js');
const REVIEWERS = 20;
const VERDICTS_EACH = 40;
const PASSWORD = 'bench password long enough';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

function startServer(url: string): Promise<{ child: ChildProcess; origin: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'server', '--database', url, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /team server at (http:\/\/[^\s/]+)/u.exec(out);
      if (m) resolve({ child, origin: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${err.slice(-500)}`)));
  });
}

const ARTICLE = Array.from(
  { length: 60 },
  (_, i) => `Die Arbeitslosenquote sank im Jahr ${2000 + (i % 25)} um ${(i % 9) + 1},${i % 10} Prozent, sagte die Ministerin ${['Weber', 'Schmidt', 'Klein'][i % 3]}.`,
).join(' ');

export async function benchTeam(): Promise<Record<string, number | string>> {
  const cluster = await startPostgresCluster({ durable: true });
  let server: { child: ChildProcess; origin: string } | null = null;
  try {
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query('create database claimdesk_team_bench');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/u, '/claimdesk_team_bench');

    // Accounts and the articles, written before the server starts (argon2 hashing is not measured).
    const app = await openApp(url, { host: 'cli', defaultActor: 'bench' });
    const team = await openTeam(app.store.db);
    for (let r = 0; r < REVIEWERS; r++) await team.add(`reviewer${r}`, 'reviewer', PASSWORD);
    const articleIds: string[] = [];
    for (let a = 0; a < 5; a++) {
      const created = await app.dispatch('articles.create', { text: `${ARTICLE} Ausgabe ${a}.`, title: `Bench article ${a}` });
      if (!created.ok) throw new Error(created.error.message);
      articleIds.push((created.value as { article: { id: string } }).article.id);
    }
    await app.close();

    server = await startServer(url);
    const origin = server.origin;
    const post = async (method: string, input: unknown, cookie: string) => {
      const res = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin, 'Sec-Fetch-Site': 'same-origin', Cookie: cookie },
        body: JSON.stringify(input),
      });
      return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, json: (await res.json()) as { ok: boolean; value?: any; error?: { code: string } } };
    };

    const cookies = await Promise.all(Array.from({ length: REVIEWERS }, async (_, r) => (await post('team.signIn', { name: `reviewer${r}`, password: PASSWORD }, '')).cookie));
    const verdictMs: number[] = [];
    const openMs: number[] = [];
    let conflicts = 0;
    let saved = 0;
    const started = performance.now();
    await Promise.all(
      cookies.map(async (cookie, r) => {
        const articleId = articleIds[r % articleIds.length]!;
        let t = performance.now();
        let claims = (await post('articles.get', { id: articleId }, cookie)).json.value.claims as Array<{ id: string; version: number }>;
        openMs.push(performance.now() - t);
        // The reviewers on one article split its claims; every tenth verdict goes to a claim another reviewer also has.
        const sharers = Math.ceil(REVIEWERS / articleIds.length);
        const own = Math.floor(r / articleIds.length);
        for (let i = 0; i < VERDICTS_EACH; i++) {
          const shared = i % 10 === 9;
          const index = shared ? i % claims.length : (own + i * sharers) % claims.length;
          const claim = claims[index]!;
          t = performance.now();
          const result = await post('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive', rationale: `Bench ${r}/${i}` }, cookie);
          verdictMs.push(performance.now() - t);
          if (result.json.ok) {
            saved++;
            claims[index] = { id: claim.id, version: result.json.value.version };
          } else if (result.json.error?.code === 'conflict') {
            // Someone else saved first: read again, as the app shows the change and keeps the input.
            conflicts++;
            t = performance.now();
            claims = (await post('articles.get', { id: articleId }, cookie)).json.value.claims;
            openMs.push(performance.now() - t);
          } else throw new Error(`setVerdict failed: ${JSON.stringify(result.json.error)}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      'team: 20 reviewers at once, verdict saved or refused, p50 (ms)': Math.round(percentile(verdictMs, 50)),
      'team: 20 reviewers at once, verdict saved or refused, p95 (ms)': Math.round(percentile(verdictMs, 95)),
      'team: 20 reviewers at once, open a 60-claim article, p95 (ms)': Math.round(percentile(openMs, 95)),
      'team: 20 reviewers at once, verdicts per second': Math.round((verdictMs.length / seconds) * 10) / 10,
      'team: stale writes refused as conflicts (of 800)': conflicts,
      'team: verdicts saved (of 800)': saved,
    };
  } finally {
    server?.child.kill('SIGTERM');
    await cluster.stop();
  }
}

if (require.main === module) {
  void benchTeam().then((r) => console.table(r));
}
