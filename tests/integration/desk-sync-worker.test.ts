// The desk's catch-up (its reviewed claims written into the fact-check library) on a large
// desk of a long-lived host: the scan for stale entries and each chunk's claims and analysis
// are read in a worker through its own read-only connection; the host only writes. Other calls
// are answered while it runs, the library ends up as a sync in one thread leaves it, and a
// review changed in the middle of a catch-up is in step after the next sync.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as repository from '../../src/main/core/store/factcheck.repository';
import * as analysis from '../../src/main/core/factchecks/analyse';
import { openTestApp, tempDir, type TestApp } from '../helpers/temp-app';

const TOPICS = ['Arbeitslosenquote', 'Inflationsrate', 'Mietpreise', 'Geburtenrate', 'Pendlerzahl'];
const CLAIMS = 2400;

/** An article of our own sentences, one claim each. */
function article(count: number): string {
  return Array.from({ length: count }, (_, i) => `Im Jahr ${1990 + (i % 30)} stieg die ${TOPICS[i % TOPICS.length]} in Landkreis ${i} auf ${i % 9},${i % 7} Prozent, sagte die Ministerin.`).join(' ');
}

/** Marks every claim reviewed straight in the file, as a migrated or imported desk arrives: none has its library entry yet. */
function reviewAll(app: TestApp): void {
  const verdicts = ['verified', 'disputed', 'inconclusive'];
  const claims = app.context.store.sqlite.prepare('select id from claims order by id').pluck().all() as string[];
  const update = app.context.store.sqlite.prepare(`update claims set verdict = ?, version = version + 1, reviewed_at = '2026-01-02T10:00:00.000Z' where id = ?`);
  app.context.store.sqlite.transaction(() => claims.forEach((id, i) => update.run(verdicts[i % 3], id)))();
}

/** What the library holds of the desk: its entries and its index's vocabulary. */
async function library(app: TestApp) {
  const entries = [];
  for (let offset = 0; ; offset += 1000) {
    const page = (await app.ok('factchecks.list', { origin: 'desk', offset, limit: 1000 })).items;
    entries.push(...page);
    if (page.length < 1000) break;
  }
  const vocabulary = app.context.store.sqlite.prepare('select term, doc, cnt from factchecks_vocab order by term').all();
  return { entries, vocabulary };
}

const apps: TestApp[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const app of apps.splice(0)) await app.close();
});

describe('the desk catch-up on a large desk over serve', () => {
  it('reads in a worker, answers other calls meanwhile, and leaves the library as a sync in this thread does', async () => {
    const dir = tempDir();
    const seeded = await openTestApp({ host: 'cli', dir });
    apps.push(seeded);
    await seeded.ok('articles.create', { text: article(CLAIMS) });
    reviewAll(seeded);
    await seeded.close();
    apps.pop();
    // The same desk twice: one copy synced by serve (the worker), the other by the CLI (this thread).
    const copy = tempDir();
    fs.copyFileSync(path.join(dir, 'claimdesk.db'), path.join(copy, 'claimdesk.db'));

    const serve = await openTestApp({ host: 'serve', dir });
    apps.push(serve);
    const scan = vi.spyOn(repository, 'staleDeskClaims');
    const read = vi.spyOn(repository, 'deskClaimsByIds');
    const analyse = vi.spyOn(analysis, 'analyse');
    const order: string[] = [];
    const sync = serve.ok('factchecks.list', { origin: 'desk', limit: 1 }).then(() => order.push('catch-up'));
    // Calls one after another while the catch-up runs: each is answered before it ends.
    for (let i = 0; i < 3; i++) {
      await serve.ok('settings.get', {});
      await serve.ok('claims.list', { limit: 10 });
      order.push(`call ${i}`);
    }
    await sync;
    expect(order).toEqual(['call 0', 'call 1', 'call 2', 'catch-up']);
    // The reading and the analysis happened in the worker, not in this thread.
    expect(scan).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    expect(analyse).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    const cli = await openTestApp({ host: 'cli', dir: copy });
    apps.push(cli);
    const inWorker = await library(serve);
    expect(inWorker.entries).toHaveLength(CLAIMS);
    expect(inWorker).toEqual(await library(cli));
  }, 180_000);

  it('reads in this thread, without a worker, when the large desk has few reviewed claims', async () => {
    // 2,400 claims, 3 of them reviewed: the scan reads those 3, and starting the worker for it
    // cost a second of the host's CPU right as a long article opened.
    const app = await openTestApp({ host: 'serve' });
    apps.push(app);
    await app.ok('articles.create', { text: article(CLAIMS) });
    const claims = app.context.store.sqlite.prepare('select id from claims order by id limit 3').all() as Array<{ id: string }>;
    const review = app.context.store.sqlite.prepare(`update claims set verdict = 'inconclusive', version = version + 1, reviewed_at = '2026-01-02T10:00:00.000Z' where id = ?`);
    for (const c of claims) review.run(c.id);
    const scan = vi.spyOn(repository, 'staleDeskClaims');
    const { entries } = await library(app);
    expect(scan).toHaveBeenCalled();
    expect(entries.map((e) => e.claimId).sort()).toEqual(claims.map((c) => c.id).sort());
  }, 180_000);

  it('puts a review changed during the catch-up in step by the next sync', async () => {
    const app = await openTestApp({ host: 'serve' });
    apps.push(app);
    await app.ok('articles.create', { text: article(CLAIMS) });
    reviewAll(app);
    const claims = app.context.store.sqlite.prepare('select id, version from claims order by id').all() as Array<{ id: string; version: number }>;
    const sync = app.ok('factchecks.list', { origin: 'desk', limit: 1 });
    // While the catch-up runs: one claim un-reviewed, one reviewed again with a new label.
    const [first, last] = [claims[0]!, claims[claims.length - 1]!];
    await app.ok('claims.setVerdict', { id: first.id, expectedVersion: first.version, verdict: 'unreviewed' });
    await app.ok('claims.setVerdict', { id: last.id, expectedVersion: last.version, verdict: 'inconclusive', ratingLabel: 'Irreführend' });
    await sync;

    const { entries } = await library(app);
    expect(entries).toHaveLength(CLAIMS - 1);
    expect(entries.some((e) => e.claimId === first.id)).toBe(false);
    expect(entries.find((e) => e.claimId === last.id)?.ratingName).toBe('Irreführend');
    const versions = app.context.store.sqlite.prepare(`select count(*) from factchecks f join claims c on c.id = f.claim_id where f.claim_version != c.version`).pluck().get();
    expect(versions).toBe(0);
  }, 180_000);
});
