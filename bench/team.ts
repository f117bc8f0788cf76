// npm run bench -- team: a desk of 20 reviewers at once (#14). On a private, durable PostgreSQL
// cluster (fsync on, as a real server runs), the built `claimdesk server` runs as its own process
// with 20 accounts signed in over HTTP, for CLAIMDESK_BENCH_TEAM_SECONDS (default 60) on 1,000
// articles: each reviewer opens an article of its share (one in ten from a set all share, so
// stale writes happen), reads, sets a verdict, and on a conflict reads again as the app does
// (see Pace: a reviewer's pace for the timed figures, then flat out for the capacity). A
// listener on /api/events times how long a saved verdict takes to reach the other windows.
// Afterwards every claim's version must be 1 + its history rows (nothing lost or doubled).
// The same run goes through `claimdesk serve` on SQLite for comparison. Last, a short run is
// cut by kill -9 of the server: every write it had acknowledged must be there after a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import SqliteDatabase from 'better-sqlite3';
import { openApp } from '../src/main/core/app';
import { openTeam } from '../src/main/team';
import { readServerSentEvents } from '../src/main/team/event-stream';
import { startPostgresCluster } from '../tests/helpers/postgres-cluster';
import { tempDir } from '../tests/helpers/temp-app';
import { prng } from '../scripts/lib/prng';

const BIN = path.resolve(__dirname, '..', 'bin', 'claimdesk.js');
const REVIEWERS = 20;
const ARTICLES = 1_000;
const SHARED_ARTICLES = 10;
const SECONDS = Number(process.env.CLAIMDESK_BENCH_TEAM_SECONDS ?? 60);
const CAPACITY_SECONDS = Math.max(5, Math.round(SECONDS / 4));
const PASSWORD = 'bench password long enough';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

function startProcess(args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(process.env.CLAIMDESK_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.CLAIMDESK_BENCH_PROF] : []), BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = ready.exec(out);
      if (m) resolve({ child, match: m });
    });
    child.on('exit', (code) => reject(new Error(`${args[0]} exited (${code}): ${err.slice(-500)}`)));
  });
}

const articleText = (a: number) =>
  `Die Arbeitslosenquote in Region ${a} sank im Jahr ${2000 + (a % 25)} um ${(a % 9) + 1},${a % 10} Prozent, sagte die Ministerin Weber. ` +
  `Die Zahl der Anträge stieg laut Statistikamt um ${(a % 40) + 3} Prozent. Der Haushalt ${2010 + (a % 15)} umfasst ${a + 100} Millionen Euro.`;

async function seed(dbLocation: string, accounts: boolean): Promise<string[]> {
  const app = await openApp(dbLocation, { host: 'cli', defaultActor: 'bench' });
  try {
    if (accounts) {
      const team = await openTeam(app.store.db);
      for (let r = 0; r < REVIEWERS; r++) await team.add(`reviewer${r}`, 'reviewer', PASSWORD);
    }
    const ids: string[] = [];
    for (let a = 0; a < ARTICLES; a++) {
      const created = await app.dispatch('articles.create', { text: articleText(a), title: `Bench article ${a}` });
      if (!created.ok) throw new Error(created.error.message);
      ids.push((created.value as { article: { id: string } }).article.id);
    }
    await app.dispatch('settings.set', { reviewerName: 'Bench' });
    return ids;
  } finally {
    await app.close();
  }
}

interface Client {
  post(method: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: { code: string; message: string } }>;
}

function client(origin: string, headers: Record<string, string>): Client {
  return {
    async post(method, input) {
      const res = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });
      return (await res.json()) as { ok: boolean; value?: any; error?: { code: string; message: string } };
    },
  };
}

/** Listens to /api/events and notes when each claim version was announced. */
function listen(origin: string, headers: Record<string, string>): { seen: Map<string, number>; stop(): void } {
  const seen = new Map<string, number>();
  const controller = new AbortController();
  void (async () => {
    try {
      const res = await fetch(`${origin}/api/events`, { headers, signal: controller.signal });
      await readServerSentEvents(res.body!, (data) => {
        const e = JSON.parse(data) as { kind: string; id: string | null; version: number | null };
        if (e.kind === 'claim' && e.id && e.version) seen.set(`${e.id}@${e.version}`, performance.now());
      });
    } catch {
      // stopped
    }
  })();
  return { seen, stop: () => controller.abort() };
}

interface RunResult {
  verdictMs: number[];
  openMs: number[];
  conflicts: number;
  errors: string[];
  /** claimId → the highest version the server acknowledged. */
  acknowledged: Map<string, number>;
  ackAt: Map<string, number>;
  seconds: number;
}

/**
 * How fast a simulated reviewer works. A person reads a claim before judging it: `human` waits
 * 0.5–2 s between opening an article and its verdict and 0.2–0.6 s before the next article
 * (one verdict every ~1.6 s each, about ten times the pace of a real desk, where a verdict takes
 * minutes). `flatOut` sends the next request the moment the last one is answered: it measures
 * what the server can take (its capacity), not what a reviewer waits.
 */
type Pace = 'human' | 'flatOut';
const THINK_MS = { read: [500, 2000], next: [200, 600] } as const;

async function load(clients: Client[], articleIds: string[], seconds: number, pace: Pace, stopEarly?: Promise<void>): Promise<RunResult> {
  const result: RunResult = { verdictMs: [], openMs: [], conflicts: 0, errors: [], acknowledged: new Map(), ackAt: new Map(), seconds: 0 };
  const started = performance.now();
  let stopped = false;
  void stopEarly?.then(() => (stopped = true));
  const until = started + seconds * 1000;
  await Promise.all(
    clients.map(async (c, r) => {
      const random = prng(r + 1); // seeded: every run thinks the same pauses
      const think = async (range: readonly [number, number]) => {
        if (pace === 'flatOut' || stopped) return;
        const ms = range[0] + random() * (range[1] - range[0]);
        await new Promise((resolve) => setTimeout(resolve, Math.min(ms, Math.max(0, until - performance.now()))));
      };
      // Reviewers do not all start in the same millisecond.
      await think([0, THINK_MS.read[1]]);
      let i = 0;
      while (!stopped && performance.now() < until) {
        i++;
        // One article in ten from a few every reviewer works on; the rest from the reviewer's own share.
        const a = i % 10 === 0 ? (r + i) % SHARED_ARTICLES : SHARED_ARTICLES + ((r * 997 + i * 31) % (articleIds.length - SHARED_ARTICLES));
        try {
          let t = performance.now();
          const opened = await c.post('articles.get', { id: articleIds[a] });
          result.openMs.push(performance.now() - t);
          if (!opened.ok) throw new Error(opened.error?.message);
          const claims = opened.value.claims as Array<{ id: string; version: number }>;
          if (!claims.length) continue;
          const claim = claims[i % claims.length]!;
          await think(THINK_MS.read);
          if (stopped || performance.now() >= until) break;
          t = performance.now();
          const saved = await c.post('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive', rationale: `Bench ${r}/${i}` });
          const done = performance.now();
          result.verdictMs.push(done - t);
          if (saved.ok) {
            const version = saved.value.version as number;
            if (version > (result.acknowledged.get(claim.id) ?? 0)) result.acknowledged.set(claim.id, version);
            result.ackAt.set(`${claim.id}@${version}`, done);
          } else if (saved.error?.code === 'conflict') result.conflicts++;
          else result.errors.push(saved.error?.message ?? 'unknown');
          await think(THINK_MS.next);
        } catch (error) {
          if (!stopped) result.errors.push((error as Error).message);
        }
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Claims whose version is not 1 + their history rows (a write lost or doubled). */
async function integrityPostgres(url: string): Promise<number> {
  const c = new pg.Client(url);
  await c.connect();
  try {
    const r = await c.query(`select count(*)::int as n from claims c
      where c.version <> 1 + (select count(*) from claim_events e where e.claim_id = c.id and e.action <> 'created')`);
    return r.rows[0].n as number;
  } finally {
    await c.end();
  }
}
function integritySqlite(file: string): number {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from claims c where c.version <> 1 + (select count(*) from claim_events e where e.claim_id = c.id and e.action <> 'created')`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
async function lostAfterRestart(acknowledged: Map<string, number>, read: (ids: string[]) => Promise<Map<string, number>>): Promise<number> {
  const stored = await read([...acknowledged.keys()]);
  return [...acknowledged].filter(([id, v]) => (stored.get(id) ?? 0) < v).length;
}

const figuresOf = (label: string, run: RunResult, seen?: Map<string, number>) => {
  const live = seen ? [...run.ackAt].flatMap(([key, ack]) => (seen.has(key) ? [Math.max(0, seen.get(key)! - ack)] : [])) : [];
  return {
    [`team: ${label}, verdict write p50 (ms)`]: Math.round(percentile(run.verdictMs, 50)),
    [`team: ${label}, verdict write p95 (ms)`]: Math.round(percentile(run.verdictMs, 95)),
    [`team: ${label}, open an article p95 (ms)`]: Math.round(percentile(run.openMs, 95)),
    [`team: ${label}, verdicts per second`]: Math.round((run.verdictMs.length / run.seconds) * 10) / 10,
    [`team: ${label}, conflicts refused`]: run.conflicts,
    [`team: ${label}, errors other than conflicts`]: run.errors.length,
    ...(seen ? { [`team: ${label}, live update seen by another window p95 (ms)`]: Math.round(percentile(live, 95)), [`team: ${label}, saved verdicts never announced`]: run.ackAt.size - live.length } : {}),
  };
};

const capacityOf = (label: string, run: RunResult) => ({
  [`team: ${label} flat out (capacity), verdicts per second`]: Math.round((run.verdictMs.length / run.seconds) * 10) / 10,
  [`team: ${label} flat out (capacity), verdict write p95 (ms)`]: Math.round(percentile(run.verdictMs, 95)),
  [`team: ${label} flat out (capacity), errors other than conflicts`]: run.errors.length,
});

export async function benchTeam(): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  const cluster = await startPostgresCluster({ durable: true });
  let server: ChildProcess | null = null;
  try {
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query('create database claimdesk_team_bench');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/u, '/claimdesk_team_bench');
    const articleIds = await seed(url, true);

    const startTeam = async () => {
      const { child, match } = await startProcess(['server', '--database', url, '--port', '0'], /team server at (http:\/\/[^\s/]+)/u);
      server = child;
      const origin = match[1]!;
      const cookies = await Promise.all(
        Array.from({ length: REVIEWERS }, async (_, r) => {
          const res = await fetch(`${origin}/api/team.signIn`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Origin: origin, 'Sec-Fetch-Site': 'same-origin' },
            body: JSON.stringify({ name: `reviewer${r}`, password: PASSWORD }),
          });
          return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
        }),
      );
      const headersOf = (cookie: string) => ({ Origin: origin, 'Sec-Fetch-Site': 'same-origin', Cookie: cookie });
      return { origin, clients: cookies.map((c) => client(origin, headersOf(c))), listenerHeaders: headersOf(cookies[0]!) };
    };

    // PostgreSQL, the timed run.
    let team = await startTeam();
    const listener = listen(team.origin, team.listenerHeaders);
    const run = await load(team.clients, articleIds, SECONDS, 'human');
    await new Promise((r) => setTimeout(r, 1500)); // the last announcements
    listener.stop();
    Object.assign(figures, figuresOf('PostgreSQL, 20 reviewers', run, listener.seen));
    // The same desk flat out, no pause between requests: the server's capacity.
    const flatOut = await load(team.clients, articleIds, CAPACITY_SECONDS, 'flatOut');
    Object.assign(figures, capacityOf('PostgreSQL', flatOut));
    figures['team: PostgreSQL, claims whose version is not 1 + history rows (lost or doubled writes)'] = await integrityPostgres(url);

    // kill -9 in the middle of a short run: every acknowledged write survives.
    let kill!: () => void;
    const killed = new Promise<void>((resolve) => (kill = resolve));
    const crashRun = load(team.clients, articleIds, 30, 'flatOut', killed);
    await new Promise((r) => setTimeout(r, 3000));
    (server as ChildProcess | null)?.kill('SIGKILL');
    kill();
    const crashed = await crashRun;
    team = await startTeam();
    figures['team: kill -9 under load, acknowledged writes before the kill'] = crashed.acknowledged.size;
    figures['team: kill -9 under load, acknowledged writes lost after restart'] = await lostAfterRestart(crashed.acknowledged, async (ids) => {
      const versions = new Map<string, number>();
      const c = new pg.Client(url);
      await c.connect();
      try {
        const r = await c.query('select id, version from claims where id = any($1)', [ids]);
        for (const row of r.rows as Array<{ id: string; version: number }>) versions.set(row.id, row.version);
      } finally {
        await c.end();
      }
      return versions;
    });
    figures['team: kill -9 under load, claims whose version is not 1 + history rows'] = await integrityPostgres(url);
    (server as ChildProcess | null)?.kill('SIGTERM');
    server = null;

    // SQLite through serve, the same run for comparison (one token, the reviewers share it).
    const file = path.join(tempDir('claimdesk-bench-team-'), 'claimdesk.db');
    const sqliteIds = await seed(file, false);
    const { child, match } = await startProcess(['serve', '--db', file, '--port', '0'], /serving at (http:\/\/[^\s/]+)\/\?token=(\S+)/u);
    server = child;
    const headers = { Authorization: `Bearer ${match[2]!}` };
    const sqliteClients = Array.from({ length: REVIEWERS }, () => client(match[1]!, headers));
    const sqliteRun = await load(sqliteClients, sqliteIds, SECONDS, 'human');
    Object.assign(figures, figuresOf('SQLite through serve, 20 clients', sqliteRun));
    Object.assign(figures, capacityOf('SQLite through serve', await load(sqliteClients, sqliteIds, CAPACITY_SECONDS, 'flatOut')));
    child.kill('SIGTERM');
    server = null;
    figures['team: SQLite, claims whose version is not 1 + history rows'] = integritySqlite(file);
    return figures;
  } finally {
    (server as ChildProcess | null)?.kill('SIGKILL');
    await cluster.stop();
  }
}

if (require.main === module) {
  void benchTeam().then((r) => console.table(r));
}
