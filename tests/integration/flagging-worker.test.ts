// "Checked before?" on a large library: a long-lived host (serve, the app) searches the library
// in a worker thread with its own read-only connection, and writes the answers on its own. The
// answers must be the ones a search in this thread gives, and other calls are answered while a
// long flagging runs.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFactChecks, matchText, OFF_THREAD_MIN_DOCUMENTS } from '../../src/main/core/services/factcheck.service';
import { SAME_CLAIM_MIN } from '../../src/main/core/factchecks/thresholds';
import * as repository from '../../src/main/core/store/factcheck.repository';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const TOPICS = ['Arbeitslosenquote', 'Inflationsrate', 'Mietpreise', 'Geburtenrate', 'Pendlerzahl'];

/** A CSV library of our own sentences, larger than the size from which matches leave the host's thread. */
function writeLibrary(dir: string, size: number): string {
  const header = 'claim_reviewed,claimant,claim_date,rating_name,rating_value,best_rating,worst_rating,organisation,url,review_date,language';
  const rows = Array.from({ length: size }, (_, i) => {
    const text = `Die ${TOPICS[i % TOPICS.length]} in Landkreis ${i} stieg im Jahr ${1990 + (i % 30)} auf ${i % 9},${i % 7} Prozent.`;
    return `"${text}",,2020-01-01,Falsch,1,5,1,Test Checks,https://checks.example.org/${i},2020-01-05,de`;
  });
  const file = path.join(dir, 'library.csv');
  fs.writeFileSync(file, [header, ...rows].join('\n'));
  return file;
}

/** Claims that say some of the library's sentences in other words, and some that match nothing. */
function article(count: number): string {
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 2
      ? `Die Feuerwehr rückte im Jahr ${1950 + i} zu ${100 + i} Einsätzen aus, sagte der Branddirektor in Rede ${i}.`
      : `Im Jahr ${1990 + (i % 30)} stieg die ${TOPICS[i % TOPICS.length]} in Landkreis ${i} auf ${i % 9},${i % 7} Prozent, sagte die Ministerin.`,
  ).join(' ');
}

type Kept = { claim_id: string; factcheck_id: number | null; similarity: number; library_version: number };

let app: TestApp | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await app?.close();
  app = undefined;
});

describe('flagging against a large library over serve', () => {
  it('searches off the host thread, keeps the answers a search here gives, and answers other calls meanwhile', async () => {
    app = await openTestApp({ host: 'serve' });
    const size = OFF_THREAD_MIN_DOCUMENTS + 500;
    const summary = await importFactChecks(app.context, { path: writeLibrary(app.dir, size) }, 'library.csv');
    expect(summary.imported).toBe(size);
    const { article: created } = await app.ok('articles.create', { text: article(300) });

    const search = vi.spyOn(repository, 'searchCandidates');
    const order: string[] = [];
    const flagging = app.ok('factchecks.flagClaims', { articleId: created.id }).then((r) => (order.push('flagging'), r));
    // Calls one after another while the flagging runs: each is answered before it ends.
    for (let i = 0; i < 5; i++) {
      await app.ok('settings.get', {});
      await app.ok('claims.list', { limit: 10 });
      order.push(`call ${i}`);
    }
    const flagged = await flagging;
    expect(order).toEqual(['call 0', 'call 1', 'call 2', 'call 3', 'call 4', 'flagging']);
    // The library was searched in the worker, not in this thread.
    expect(search).not.toHaveBeenCalled();
    search.mockRestore();

    // The same answers as a search of the library in this thread.
    const claims = app.context.store.sqlite
      .prepare('select c.id, c.text, a.language from claims c join articles a on a.id = c.article_id where c.article_id = ?')
      .all(created.id) as Array<{ id: string; text: string; language: string }>;
    const kept = new Map((app.context.store.sqlite.prepare('select * from claim_matches').all() as Kept[]).map((k) => [k.claim_id, k]));
    const version = await repository.readLibraryVersion(app.store.db);
    const expected: string[] = [];
    for (const c of claims) {
      const [best] = await matchText(app.context, c.text, c.language, { limit: 1, excludeClaimId: c.id, librarySynced: true });
      expect(kept.get(c.id), `claim ${c.id}`).toMatchObject({ factcheck_id: best?.id ?? null, similarity: best?.similarity ?? 0, library_version: version });
      if (best && best.similarity >= SAME_CLAIM_MIN) expected.push(c.id);
    }
    expect(expected.length).toBeGreaterThan(100);
    expect(flagged.checked.map((c) => c.claimId).sort()).toEqual(expected.sort());

    // The claim panel's match: the same five matches as here, and its best kept.
    const one = claims[0]!;
    const panel = await app.ok('factchecks.match', { claimId: one.id, limit: 5 });
    expect(panel.matches).toEqual(await matchText(app.context, one.text, one.language, { limit: 5, excludeClaimId: one.id, librarySynced: true }));
    expect(await app.ok('factchecks.match', { text: one.text, language: 'de' })).toEqual({
      matches: await matchText(app.context, one.text, 'de', { librarySynced: true }),
      sameClaimMin: panel.sameClaimMin,
    });
  }, 180_000);
});

describe("flagging's own writes", () => {
  it('do not send the next flagging back to looking for stale reviews; a review does', async () => {
    app = await openTestApp({ host: 'serve' });
    await importFactChecks(app.context, { path: writeLibrary(app.dir, 50) }, 'library.csv');
    const { article: created } = await app.ok('articles.create', { text: article(6) });
    const claims = (await app.ok('articles.get', { id: created.id })).claims;
    await app.ok('factchecks.flagClaims', { articleId: created.id });

    const stale = vi.spyOn(repository, 'staleDeskClaims');
    await app.ok('factchecks.flagClaims', {});
    await app.ok('factchecks.match', { claimId: claims[0]!.id });
    await app.ok('factchecks.flagClaims', { articleId: created.id });
    expect(stale).not.toHaveBeenCalled();

    const claim = (await app.ok('sources.add', { claimId: claims[1]!.id, url: 'https://example.org/source' })).claim;
    await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'verified' });
    await app.ok('factchecks.flagClaims', { articleId: created.id });
    expect(stale).toHaveBeenCalledTimes(1);
    expect((await app.ok('factchecks.list', { origin: 'desk' })).items.map((f) => f.claimId)).toEqual([claim.id]);
  }, 60_000);
});

describe('flagging in the background, paced', () => {
  it('starts no matching while the reviewer keeps calling, and keeps the same answers as unpaced', async () => {
    app = await openTestApp({ host: 'serve' });
    await importFactChecks(app.context, { path: writeLibrary(app.dir, OFF_THREAD_MIN_DOCUMENTS + 100) }, 'library.csv');
    const { article: created } = await app.ok('articles.create', { text: article(90) });
    const kept = () => app!.context.store.sqlite.prepare('select claim_id, factcheck_id, similarity, library_version from claim_matches order by claim_id').all() as Kept[];

    // Unpaced first: no rest, no wait for quiet.
    app.context.pace = { restShare: 0, quietMs: 0 };
    const unpaced = await app.ok('factchecks.flagClaims', { articleId: created.id });
    const unpacedKept = kept();
    expect(unpacedKept.length).toBeGreaterThan(50);
    app.context.store.sqlite.prepare('delete from claim_matches').run();

    // Paced, while the reviewer calls every 100 ms for a second and a half: flagging waits for them.
    app.context.pace = { restShare: 1, quietMs: 300 };
    let callsEnded = 0;
    let flaggedAt = 0;
    const flagging = app.ok('factchecks.flagClaims', { articleId: created.id }).then((r) => ((flaggedAt = performance.now()), r));
    for (const until = performance.now() + 1500; performance.now() < until; ) {
      await app.ok('claims.list', { articleId: created.id, limit: 5 });
      await new Promise((r) => setTimeout(r, 100));
    }
    callsEnded = performance.now();
    const paced = await flagging;
    expect(flaggedAt).toBeGreaterThan(callsEnded);
    expect(paced).toEqual(unpaced);
    expect(kept()).toEqual(unpacedKept);
  }, 120_000);
});
