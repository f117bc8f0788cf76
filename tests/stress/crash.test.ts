// Nothing lost, nothing half-written: a writer process is SIGKILLed at random moments while it
// imports articles (one transaction each) or streams verdict and source writes, and the same
// database is checked and reopened after every kill.
//
// SIGKILL leaves no chance to clean up, so this proves atomicity and recovery (WAL replay, FTS
// kept in step by triggers inside the same transaction). It cannot prove durability against
// power loss, which rests on synchronous=FULL and the disk honouring fsync.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src/main/core/app';
import { extractClaims } from '../../src/main/core/extraction';
import type { Language } from '../../src/shared/domain';
import { tempDir } from '../helpers/temp-app';
import { articleText } from './worker';
import { BIN, checkStructure, prng, ROOT, RUN_SEED, runWorkerUntilKilled, withDb, type WorkerRun } from './helpers';

const KILLS_PER_MODE = Number(process.env.STRESS_KILLS ?? 20);
const random = prng(RUN_SEED);
const killDelay = () => 50 + Math.floor(random() * 750);

console.log(`[stress] crash: seed ${RUN_SEED} (repeat with STRESS_SEED=${RUN_SEED}), ${KILLS_PER_MODE} kills per mode`);

function expectKilled(run: WorkerRun, round: number): void {
  const errors = run.lines.filter((l) => l.startsWith('ERR'));
  expect(errors, `round ${round}: the worker reported an error (stderr: ${run.stderr.slice(-800)})`).toEqual([]);
  expect(run.lines, `round ${round}: the worker never got ready (stderr: ${run.stderr.slice(-800)})`).toContain('READY');
  expect(run.signal, `round ${round}: the worker ended by itself (code ${run.code}) before the kill`).toBe('SIGKILL');
}

describe('crash safety (SIGKILL at random moments)', () => {
  it(`bulk import: ${KILLS_PER_MODE} kills; every article is whole, every ACKed article is there`, async () => {
    const dbPath = path.join(tempDir('claimdesk-crash-'), 'crash.db');
    const acked = new Map<string, { claims: number; token: string }>();
    const whole = new Map<string, number>(); // article → its claim count, proved in an earlier round
    let unacked = 0;
    let landedMidWrite = 0;

    for (let round = 0; round < KILLS_PER_MODE; round++) {
      const run = await runWorkerUntilKilled(['articles', dbPath, String(RUN_SEED + round)], killDelay());
      expectKilled(run, round);
      const acks = run.lines.filter((l) => l.startsWith('ACK article '));
      for (const line of acks) {
        const [, , id, count, token] = line.split(' ');
        acked.set(id!, { claims: Number(count), token: token! });
      }

      checkStructure(dbPath);
      const { articles, claimCounts } = withDb(dbPath, (sqlite) => ({
        articles: sqlite.prepare('select id, text, language from articles').all() as Array<{ id: string; text: string; language: Language }>,
        claimCounts: new Map((sqlite.prepare('select article_id, count(*) as n from claims group by article_id').all() as Array<{ article_id: string; n: number }>).map((r) => [r.article_id, r.n])),
      }));
      const present = new Set(articles.map((a) => a.id));
      for (const [id, { claims }] of acked) {
        expect(present.has(id), `round ${round}: ACKed article ${id} is missing`).toBe(true);
        expect(claimCounts.get(id) ?? 0, `round ${round}: ACKed article ${id} has lost claims`).toBe(claims);
      }
      // Articles committed but killed before their ACK was printed must be whole as well: their
      // claims are exactly what extraction gives for their stored text.
      let newUnacked = 0;
      for (const article of articles) {
        const known = whole.get(article.id);
        if (known !== undefined) {
          expect(claimCounts.get(article.id) ?? 0, `round ${round}: article ${article.id} changed after it was whole`).toBe(known);
          continue;
        }
        if (!acked.has(article.id)) newUnacked++;
        const expected = extractClaims(article.text, { language: article.language }).claims.length;
        expect(claimCounts.get(article.id) ?? 0, `round ${round}: article ${article.id} is half-written`).toBe(expected);
        whole.set(article.id, expected);
      }
      expect([...whole.keys()].filter((id) => !present.has(id)), `round ${round}: articles disappeared`).toEqual([]);
      // Only the one write in flight at the kill can be committed without its ACK.
      expect(newUnacked, `round ${round}: more than one article committed without an ACK`).toBeLessThanOrEqual(1);
      unacked += newUnacked;
      if (acks.length > 0) landedMidWrite++;

      // The search index finds the last ACKed article by its unique token.
      const last = acks.at(-1)?.split(' ')[4];
      if (last) {
        const hit = withDb(dbPath, (sqlite) => sqlite.prepare('select count(*) from articles_fts where articles_fts match ?').pluck().get(`"${last}"`));
        expect(hit, `round ${round}: the search index lost ${last}`).toBe(1);
      }
    }
    // The database still opens in the app after the last kill, and holds exactly what was counted.
    const app = await openApp(dbPath, { host: 'cli', defaultActor: 'checker' });
    try {
      const list = await app.dispatch('articles.list', {});
      expect(list.ok && (list.value as unknown[]).length).toBe(acked.size + unacked);
    } finally {
      await app.close();
    }
    console.log(`[stress] crash/import: ${KILLS_PER_MODE} kills, ${acked.size} ACKed articles, ${unacked} committed without ACK, ${landedMidWrite} kills after at least one write`);
    expect(acked.size).toBeGreaterThan(KILLS_PER_MODE); // the kills did land while writing
  }, 240_000);

  it(`verdict stream: ${KILLS_PER_MODE} kills; every ACKed verdict and source is there, every change has its history row`, async () => {
    const dbPath = path.join(tempDir('claimdesk-crash-'), 'verdicts.db');
    const seedRandom = prng(RUN_SEED ^ 0x5eed);
    const seeded = await openApp(dbPath, { host: 'cli', defaultActor: 'seeder' });
    for (let i = 0; i < 3; i++) await seeded.dispatch('articles.create', { text: articleText(seedRandom, `seed${i}`, 12), language: 'en' });
    await seeded.close();

    const sources = new Map<string, string>(); // source id → claim id
    const verdicts: Array<{ claimId: string; version: number; verdict: string; rationale: string }> = [];
    const lastAck = new Map<string, { version: number; verdict?: string; rationale?: string }>();
    let writesBefore = 0;
    let ackedWrites = 0;

    for (let round = 0; round < KILLS_PER_MODE; round++) {
      const run = await runWorkerUntilKilled(['verdicts', dbPath, String(RUN_SEED + 1000 + round)], killDelay());
      expectKilled(run, round);
      const acks = run.lines.filter((l) => l.startsWith('ACK '));
      for (const line of acks) {
        const [, kind, claimId, version, a, b] = line.split(' ') as [string, 'source' | 'verdict', string, string, string, string];
        const v = Number(version);
        if (kind === 'source') {
          sources.set(a, claimId);
          lastAck.set(claimId, { version: v });
        } else {
          verdicts.push({ claimId, version: v, verdict: a, rationale: b });
          lastAck.set(claimId, { version: v, verdict: a, rationale: b });
        }
      }
      ackedWrites += acks.length;

      checkStructure(dbPath);
      withDb(dbPath, (sqlite) => {
        const stored = new Map((sqlite.prepare('select id, claim_id from sources').all() as Array<{ id: string; claim_id: string }>).map((r) => [r.id, r.claim_id]));
        for (const [id, claimId] of sources) expect(stored.get(id), `round ${round}: ACKed source ${id} is missing`).toBe(claimId);
        const verdictEvents = new Set(
          (sqlite.prepare("select claim_id, after_json from claim_events where action = 'verdict'").all() as Array<{ claim_id: string; after_json: string }>).map(
            (r) => `${r.claim_id} ${JSON.parse(r.after_json).rationale}`,
          ),
        );
        for (const v of verdicts) expect(verdictEvents.has(`${v.claimId} ${v.rationale}`), `round ${round}: ACKed verdict ${v.rationale} is not in the history`).toBe(true);

        const claims = sqlite
          .prepare(
            `select c.id, c.version, c.verdict, c.rationale,
               (select count(*) from claim_events e where e.claim_id = c.id) as events,
               (select count(*) from claim_events e where e.claim_id = c.id and e.action = 'source.added') as sourceEvents,
               (select count(*) from sources s where s.claim_id = c.id) as sources
             from claims c`,
          )
          .all() as Array<{ id: string; version: number; verdict: string; rationale: string | null; events: number; sourceEvents: number; sources: number }>;
        let writes = 0;
        for (const c of claims) {
          // Each write bumps the version and appends one history row in the same transaction.
          expect(c.events, `round ${round}: claim ${c.id} version ${c.version} with ${c.events} history rows`).toBe(c.version - 1);
          expect(c.sources, `round ${round}: claim ${c.id} sources vs source.added events`).toBe(c.sourceEvents);
          writes += c.version - 1;
          const ack = lastAck.get(c.id);
          if (!ack) continue;
          expect(c.version, `round ${round}: claim ${c.id} went back in time`).toBeGreaterThanOrEqual(ack.version);
          if (c.version === ack.version && ack.verdict) expect({ verdict: c.verdict, rationale: c.rationale }).toEqual({ verdict: ack.verdict, rationale: ack.rationale });
        }
        // Every committed write was ACKed, except at most the one in flight at each kill.
        const unackedThisRound = writes - writesBefore - acks.length;
        expect(unackedThisRound, `round ${round}: committed writes not ACKed`).toBeGreaterThanOrEqual(0);
        expect(unackedThisRound).toBeLessThanOrEqual(1);
        writesBefore = writes;
      });
    }
    console.log(`[stress] crash/verdicts: ${KILLS_PER_MODE} kills, ${ackedWrites} ACKed writes (${sources.size} sources, ${verdicts.length} verdicts), ${writesBefore - ackedWrites} committed without ACK`);
    expect(ackedWrites).toBeGreaterThan(KILLS_PER_MODE);
  }, 240_000);
  it(`claimdesk import of a folder, killed ${KILLS_PER_MODE / 2} times and run again: every article whole, none twice, all there at the end`, async () => {
    // The real bulk path (a worker thread prepares files while the main thread writes), as a
    // person runs it: killed part-way, then the same command again to finish the folder.
    const dir = tempDir('claimdesk-crash-import-');
    const folder = path.join(dir, 'inbox');
    fs.mkdirSync(folder);
    const files = 3000;
    const fileRandom = prng(RUN_SEED ^ 0xf01d);
    for (let i = 0; i < files; i++) fs.writeFileSync(path.join(folder, `article-${String(i).padStart(4, '0')}.txt`), articleText(fileRandom, `bulk${RUN_SEED}x${i}`, 8 + Math.floor(fileRandom() * 30)));
    const dbPath = path.join(dir, 'bulk.db');
    const rounds = KILLS_PER_MODE / 2;
    let killedMidImport = 0;
    let before = 0;

    const runImport = (killAfterMs: number | null) =>
      new Promise<{ signal: NodeJS.Signals | null; code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'import', '--json', '--db', dbPath, folder], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let armed = false;
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          // Progress lines start once files are being written: kill from then on.
          if (!armed && killAfterMs !== null && /^\[\d+\/\d+\]/m.test(stderr)) {
            armed = true;
            setTimeout(() => child.kill('SIGKILL'), killAfterMs);
          }
        });
        const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
        child.once('error', reject);
        child.once('exit', (code, signal) => {
          clearTimeout(guard);
          resolve({ signal, code, stdout, stderr });
        });
      });

    const checkWhole = (round: string) => {
      checkStructure(dbPath);
      return withDb(dbPath, (sqlite) => {
        const articles = sqlite.prepare('select id, text, language, content_hash from articles').all() as Array<{ id: string; text: string; language: Language; content_hash: string }>;
        const claimCounts = new Map((sqlite.prepare('select article_id, count(*) as n from claims group by article_id').all() as Array<{ article_id: string; n: number }>).map((r) => [r.article_id, r.n]));
        for (const article of articles) {
          const expected = extractClaims(article.text, { language: article.language }).claims.length;
          expect(claimCounts.get(article.id) ?? 0, `${round}: article ${article.id} is half-written`).toBe(expected);
        }
        expect(new Set(articles.map((a) => a.content_hash)).size, `${round}: an article was imported twice`).toBe(articles.length);
        return articles.length;
      });
    };

    for (let round = 0; round < rounds; round++) {
      const run = await runImport(100 + Math.floor(random() * 1400));
      if (run.signal === 'SIGKILL') killedMidImport++;
      else expect(run.code, `round ${round}: ${run.stderr.slice(-800)}`).toBe(0);
      const now = checkWhole(`round ${round}`);
      expect(now, `round ${round}: articles disappeared`).toBeGreaterThanOrEqual(before);
      before = now;
    }
    // The same command again finishes the folder: what is there is recognised, the rest imported.
    const last = await runImport(null);
    expect(last.code, last.stderr.slice(-800)).toBe(0);
    const summary = JSON.parse(last.stdout) as { imported: number; duplicates: number; failed: number };
    expect(summary).toMatchObject({ imported: files - before, duplicates: before, failed: 0 });
    expect(checkWhole('after the last run')).toBe(files);
    console.log(`[stress] crash/claimdesk import: ${killedMidImport} of ${rounds} runs killed mid-import, ${before} of ${files} articles in before the last run`);
    expect(killedMidImport).toBeGreaterThan(rounds / 2);
  }, 300_000);
});
