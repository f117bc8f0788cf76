// Several writers on one database file, for real: `claimdesk serve` (a child process) with HTTP
// clients writing through it, a second process writing through dispatch, and `claimdesk import`
// runs, all at once. No "database is locked" may reach anyone, a stale write is refused as a
// conflict and changes nothing, and every acknowledged write is in the file exactly once.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/main/core/app';
import { tempDir } from '../helpers/temp-app';
import { articleText, mixedWrite } from './worker';
import { BIN, checkStructure, lineReader, prng, ROOT, RUN_SEED, runWorkerUntilKilled, withDb } from './helpers';

const DURATION_MS = Number(process.env.STRESS_SECONDS ?? 30) * 1000;
const HTTP_CLIENTS = 3;
const run = promisify(execFile);

console.log(`[stress] concurrency: seed ${RUN_SEED}, ${DURATION_MS / 1000} s`);

let serve: ChildProcessWithoutNullStreams | null = null;
afterAll(() => {
  serve?.kill('SIGKILL');
});

function startServe(dbPath: string): Promise<{ port: number; token: string }> {
  serve = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const child = serve;
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    lineReader(child, (line) => {
      const m = /serving at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/.exec(line);
      if (m) resolve({ port: Number(m[2]), token: m[3]! });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`serve printed no URL: ${stderr}`)), 30_000);
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: HTTP_CLIENTS });

function httpSend(port: number, token: string) {
  return (method: string, input: unknown): Promise<any> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', agent, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (res.statusCode! >= 500) body.error = { ...body.error, message: `HTTP ${res.statusCode}: ${body.error?.message}` };
            resolve(body);
          });
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(input));
    });
}

interface Ack {
  kind: 'source' | 'verdict' | 'update';
  claimId: string;
  version: number;
  value: string;
  by: string;
}

function parseAck(line: string, by: string): Ack | null {
  const parts = line.split(' ');
  if (parts[0] !== 'ACK') return null;
  const [, kind, claimId, version, a, b] = parts as [string, Ack['kind'], string, string, string, string | undefined];
  return { kind, claimId, version: Number(version), value: kind === 'verdict' ? `${a} ${b}` : a, by };
}

describe('several writers on one database', () => {
  it(`serve + HTTP clients, a second writer process and claimdesk import for ${DURATION_MS / 1000} s: nothing lost, nothing doubled, no lock errors`, async () => {
    const dir = tempDir('claimdesk-concurrency-');
    const dbPath = path.join(dir, 'shared.db');
    const random = prng(RUN_SEED);
    const seeded = await openApp(dbPath, { host: 'cli', defaultActor: 'seeder' });
    for (let i = 0; i < 2; i++) await seeded.dispatch('articles.create', { text: articleText(random, `conc${i}`, 10), language: 'en' });
    // Few claims, so that writers collide on the same claim often.
    const claimIds = (seeded.store.sqlite.prepare('select id from claims order by rowid limit 12').pluck().all() as string[]);
    await seeded.close();
    expect(claimIds.length).toBeGreaterThanOrEqual(8);

    const { port, token } = await startServe(dbPath);
    const send = httpSend(port, token);
    const lines: Array<{ line: string; by: string }> = [];
    const until = Date.now() + DURATION_MS;

    // HTTP clients against serve.
    const clients = Array.from({ length: HTTP_CLIENTS }, async (_, c) => {
      const r = prng(RUN_SEED + 17 * (c + 1));
      for (let i = 0; Date.now() < until; i++) lines.push({ line: await mixedWrite(send, claimIds, r, `h${c}-${i}`, r() < 0.1), by: `http${c}` });
    });
    // A second process writing the same file through dispatch.
    const second = runWorkerUntilKilled(['mixed', dbPath, String(RUN_SEED + 99), String(DURATION_MS)], null, DURATION_MS + 60_000);
    // claimdesk import, one process after another, each one article.
    const imports: Array<{ id: string; claimCount: number }> = [];
    const importErrors: string[] = [];
    const importer = (async () => {
      for (let i = 0; Date.now() < until - 1500; i++) {
        const file = path.join(dir, `import-${i}.txt`);
        fs.writeFileSync(file, articleText(random, `imp${RUN_SEED}x${i}`, 5 + Math.floor(random() * 40)));
        try {
          const { stdout } = await run(process.execPath, [BIN, 'import', '--json', '--quiet', '--db', dbPath, file], { cwd: ROOT });
          const summary = JSON.parse(stdout) as { imported: number; results: Array<{ status: string; article?: { id: string; claimCount: number }; reason?: string }> };
          const result = summary.results[0]!;
          if (result.status !== 'imported') importErrors.push(`${file}: ${result.status} ${result.reason ?? ''}`);
          else imports.push(result.article!);
        } catch (error) {
          importErrors.push(`${file}: ${(error as { stderr?: string }).stderr ?? String(error)}`);
        }
      }
    })();

    await Promise.all(clients);
    await importer;
    const worker = await second;
    for (const line of worker.lines) if (line.startsWith('ACK') || line.startsWith('CONFLICT') || line.startsWith('ERR')) lines.push({ line, by: 'process' });
    expect(worker.code, `second writer: ${worker.stderr.slice(-800)}`).toBe(0);

    // Stop serve the way a person does (it takes its daily backup on the way out).
    serve!.kill('SIGTERM');
    await new Promise((resolve) => serve!.once('exit', resolve));
    serve = null;
    agent.destroy();

    // Nothing but ACKs and conflicts reached any client: no SQLITE_BUSY, "database is locked", database or internal errors.
    expect(lines.filter(({ line }) => line.startsWith('ERR')).map(({ by, line }) => `${by}: ${line}`)).toEqual([]);
    expect(lines.map(({ line }) => line).filter((l) => /locked|busy/i.test(l))).toEqual([]);
    expect(importErrors).toEqual([]);

    const acks = lines.map(({ line, by }) => parseAck(line, by)).filter((a): a is Ack => a !== null);
    const conflicts = lines.filter(({ line }) => line.startsWith('CONFLICT'));
    const staleConflicts = conflicts.filter(({ line }) => line.endsWith(' stale'));
    // A conflict names a version other than the one sent: a refusal is never for the current version.
    for (const { line } of conflicts) {
      const [, , , expected, current] = line.split(' ');
      expect(expected, line).not.toBe(current);
    }

    checkStructure(dbPath);
    withDb(dbPath, (sqlite) => {
      // Versions: 1 + the acknowledged changes, exactly. A stale write that changed anything, or a
      // lost write, would break the count.
      const claims = new Map(
        (sqlite.prepare(`select id, version, verdict, rationale, claimant, (select count(*) from claim_events e where e.claim_id = c.id) as events from claims c where id in (${claimIds.map(() => '?').join(',')})`).all(...claimIds) as Array<{
          id: string;
          version: number;
          verdict: string;
          rationale: string | null;
          claimant: string | null;
          events: number;
        }>).map((c) => [c.id, c]),
      );
      const sourcesByClaim = new Map((sqlite.prepare('select claim_id, count(*) as n from sources group by claim_id').all() as Array<{ claim_id: string; n: number }>).map((r) => [r.claim_id, r.n]));
      const sourceIds = new Set(sqlite.prepare('select id from sources').pluck().all() as string[]);
      for (const id of claimIds) {
        const mine = acks.filter((a) => a.claimId === id);
        const claim = claims.get(id)!;
        expect(claim.version, `claim ${id}: version vs ACKed writes`).toBe(1 + mine.length);
        expect(claim.events, `claim ${id}: one history row per write`).toBe(mine.length);
        // No two writers were told they made the same version.
        expect(new Set(mine.map((a) => a.version)).size, `claim ${id}: two writes ACKed with the same version`).toBe(mine.length);
        expect(sourcesByClaim.get(id) ?? 0, `claim ${id}: sources vs ACKed adds`).toBe(mine.filter((a) => a.kind === 'source').length);
        const lastVerdict = mine.filter((a) => a.kind === 'verdict').sort((a, b) => b.version - a.version)[0];
        if (lastVerdict) expect(`${claim.verdict} ${claim.rationale}`, `claim ${id}: final verdict`).toBe(lastVerdict.value);
        const lastUpdate = mine.filter((a) => a.kind === 'update').sort((a, b) => b.version - a.version)[0];
        if (lastUpdate) expect(claim.claimant, `claim ${id}: final claimant`).toBe(lastUpdate.value);
      }
      for (const a of acks.filter((x) => x.kind === 'source')) expect(sourceIds.has(a.value), `ACKed source ${a.value} missing`).toBe(true);
      expect(sourceIds.size).toBe(acks.filter((a) => a.kind === 'source').length);

      // Every imported article is there, whole, once.
      const counts = new Map((sqlite.prepare('select article_id, count(*) as n from claims group by article_id').all() as Array<{ article_id: string; n: number }>).map((r) => [r.article_id, r.n]));
      for (const article of imports) expect(counts.get(article.id), `imported article ${article.id}`).toBe(article.claimCount);
      expect(sqlite.prepare('select count(*) from articles').pluck().get()).toBe(2 + imports.length);
    });

    const by = (who: string) => acks.filter((a) => a.by.startsWith(who)).length;
    console.log(
      `[stress] concurrency: ${acks.length} writes ACKed (HTTP ${by('http')}, second process ${by('process')}), ` +
        `${conflicts.length} conflicts (${staleConflicts.length} deliberately stale, ${conflicts.length - staleConflicts.length} from races), ` +
        `${imports.length} claimdesk imports, 0 lock errors`,
    );
    expect(by('http')).toBeGreaterThan(50);
    expect(by('process')).toBeGreaterThan(50);
    expect(imports.length).toBeGreaterThan(3);
    expect(staleConflicts.length).toBeGreaterThan(0);
  }, 240_000);
});
