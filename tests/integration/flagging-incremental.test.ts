// "Checked before" after a review: the library then differs from the one each claim's answer was
// kept at by this desk's own entries only, so flagging compares the claims with those entries
// instead of searching the whole library for each claim again. On a real SQLite database, the
// answers it keeps must be the ones a full match gives, and it must fall back to the full match
// whenever it cannot know what changed (an import, the kept best itself changed, an edited text).
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFactChecks, match, matchText } from '../../src/main/core/services/factcheck.service';
import * as repository from '../../src/main/core/store/factcheck.repository';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const FIXTURE = path.resolve(__dirname, '../fixtures/factchecks/graph.json');

// Sentences of our own: pairs that say the same thing in other words, one the imported library
// knows (pensions), and filler with numbers that match nothing.
const FIRST = [
  'Die Mieten in Leipzig stiegen im Jahr 2023 um 7,5 Prozent, sagte die Bürgermeisterin am Montag.',
  'Die Renten steigen im Juli um 4,57 Prozent, sagte Hubertus Heil.',
  'Der Stadtrat beschloss 2022 den Bau von 340 neuen Sozialwohnungen im Osten der Stadt.',
  'Die Zahl der Fahrgäste im Nahverkehr sank im Winter um 12 Prozent, teilte der Verkehrsverbund mit.',
].join(' ');
const SECOND = [
  'Im Jahr 2023 stiegen die Mieten in Leipzig um 7,5 Prozent, erklärte die Bürgermeisterin.',
  'Der Stadtrat hat 2022 den Bau von 340 neuen Sozialwohnungen beschlossen, hieß es im Rathaus.',
  'Die Feuerwehr rückte im vergangenen Jahr zu 5.812 Einsätzen aus, so der Branddirektor.',
].join(' ');

type Kept = { claim_id: string; factcheck_id: number | null; similarity: number; library_version: number };

function keptAnswers(app: TestApp): Map<string, Kept> {
  const rows = app.context.store.sqlite.prepare('select claim_id, factcheck_id, similarity, library_version from claim_matches').all() as Kept[];
  return new Map(rows.map((r) => [r.claim_id, r]));
}

/** What a full match gives each live claim now (the library already in step). */
async function fullAnswers(app: TestApp): Promise<Map<string, { factcheck_id: number | null; similarity: number }>> {
  const claims = app.context.store.sqlite
    .prepare('select c.id, c.text, a.language from claims c join articles a on a.id = c.article_id where c.deleted_at is null')
    .all() as Array<{ id: string; text: string; language: string }>;
  const out = new Map<string, { factcheck_id: number | null; similarity: number }>();
  for (const c of claims) {
    const [best] = await matchText(app.context, c.text, c.language, { limit: 1, excludeClaimId: c.id, librarySynced: true });
    out.set(c.id, { factcheck_id: best?.id ?? null, similarity: best?.similarity ?? 0 });
  }
  return out;
}

/** Every answer kept at the library's current version is the one a full match gives now. */
async function expectSameAsFullMatch(app: TestApp, articleId?: string): Promise<void> {
  const kept = keptAnswers(app);
  const version = await repository.readLibraryVersion(app.store.db);
  const full = await fullAnswers(app);
  const inArticle = new Set(articleId ? (await app.ok('articles.get', { id: articleId })).claims.map((c) => c.id) : full.keys());
  let compared = 0;
  for (const [id, answer] of full) {
    if (!inArticle.has(id)) continue;
    expect(kept.get(id)?.library_version, `claim ${id} flagged at the current version`).toBe(version);
    expect(kept.get(id), `claim ${id}`).toMatchObject(answer);
    compared++;
  }
  expect(compared).toBeGreaterThan(0);
}

async function review(app: TestApp, claimId: string, verdict: 'verified' | 'disputed' | 'unreviewed') {
  let claim = await app.ok('claims.get', { id: claimId });
  if (verdict !== 'unreviewed' && claim.sources.length === 0) {
    claim = (await app.ok('sources.add', { claimId, url: `https://example.org/${claimId}` })).claim;
  }
  return app.ok('claims.setVerdict', { id: claimId, expectedVersion: claim.version, verdict });
}

describe('flagging after a review', () => {
  let app: TestApp;
  let first: { id: string; claims: Array<{ id: string; text: string }> };
  let second: { id: string; claims: Array<{ id: string; text: string }> };
  beforeEach(async () => {
    app = await openTestApp({ host: 'serve' });
    await importFactChecks(app.context, { path: FIXTURE }, 'graph');
    const a = await app.ok('articles.create', { text: FIRST, title: 'Erster' });
    const b = await app.ok('articles.create', { text: SECOND, title: 'Zweiter' });
    first = { id: a.article.id, claims: (await app.ok('articles.get', { id: a.article.id })).claims };
    second = { id: b.article.id, claims: (await app.ok('articles.get', { id: b.article.id })).claims };
    // Every claim gets its answer from a full match against the imported library.
    await app.ok('factchecks.flagClaims', {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await app.close();
  });

  const find = (article: typeof first, word: string) => article.claims.find((c) => c.text.includes(word))!;

  it('flags a claim the desk just reviewed in other words, without searching the library again, as a full match would', async () => {
    const mietenFirst = find(first, 'Mieten');
    const mietenSecond = find(second, 'Mieten');
    expect(mietenFirst && mietenSecond).toBeTruthy();
    const before = await app.ok('factchecks.flagClaims', { articleId: second.id });
    expect(before.checked.map((c) => c.claimId)).not.toContain(mietenSecond.id);

    await review(app, mietenFirst.id, 'verified');
    const search = vi.spyOn(repository, 'searchCandidates');
    const after = await app.ok('factchecks.flagClaims', { articleId: second.id });
    expect(search).not.toHaveBeenCalled();
    expect(after.checked.map((c) => c.claimId)).toContain(mietenSecond.id);
    const kept = keptAnswers(app).get(mietenSecond.id)!;
    expect(kept.factcheck_id).toBe((await app.ok('factchecks.list', { origin: 'desk' })).items.find((f) => f.claimId === mietenFirst.id)!.id);
    search.mockRestore();
    await expectSameAsFullMatch(app, second.id);
  });

  it('keeps the answers a full match gives over several reviews, un-reviews and both articles', async () => {
    await review(app, find(first, 'Mieten').id, 'verified');
    await app.ok('factchecks.flagClaims', { articleId: second.id });
    await review(app, find(second, 'Stadtrat').id, 'disputed');
    await review(app, find(first, 'Renten').id, 'verified');
    await app.ok('factchecks.flagClaims', {});
    await expectSameAsFullMatch(app);
    expect((await app.ok('factchecks.flagClaims', { articleId: first.id })).checked.map((c) => c.claimId)).toEqual(
      expect.arrayContaining([find(first, 'Renten').id, find(first, 'Stadtrat').id]),
    );

    // The reviewed claim goes back to unreviewed: its library entry is gone, and the claim that
    // matched it is matched again in full (it was its kept best), and is no longer flagged.
    await review(app, find(first, 'Mieten').id, 'unreviewed');
    const search = vi.spyOn(repository, 'searchCandidates');
    const after = await app.ok('factchecks.flagClaims', {});
    expect(search).toHaveBeenCalled();
    expect(after.checked.map((c) => c.claimId)).not.toContain(find(second, 'Mieten').id);
    search.mockRestore();
    await expectSameAsFullMatch(app);
  });

  it('matches in full after a library change it does not know (an import)', async () => {
    await review(app, find(first, 'Mieten').id, 'verified');
    await importFactChecks(app.context, { path: path.resolve(__dirname, '../fixtures/factchecks/factchecks.csv') }, 'csv');
    const search = vi.spyOn(repository, 'searchCandidates');
    await app.ok('factchecks.flagClaims', { articleId: second.id });
    expect(search.mock.calls.length).toBeGreaterThanOrEqual(second.claims.length);
    search.mockRestore();
    await expectSameAsFullMatch(app, second.id);
  });

  it("drops a claim's kept answer when its text is edited, so the next flagging matches the new text", async () => {
    const fire = find(second, 'Feuerwehr');
    await review(app, find(first, 'Mieten').id, 'verified');
    await app.ok('factchecks.flagClaims', { articleId: second.id });
    expect(keptAnswers(app).get(fire.id)?.similarity ?? 0).toBeLessThan(0.5);
    const current = await app.ok('claims.get', { id: fire.id });
    await app.ok('claims.update', { id: fire.id, expectedVersion: current.version, text: 'Die Mieten in Leipzig stiegen 2023 um 7,5 Prozent, sagte die Bürgermeisterin.' });
    expect(keptAnswers(app).has(fire.id)).toBe(false);
    const after = await app.ok('factchecks.flagClaims', { articleId: second.id });
    expect(after.checked.map((c) => c.claimId)).toContain(fire.id);
    await expectSameAsFullMatch(app, second.id);
  });
});

describe('flagging against an empty library', () => {
  it('answers none for every claim without searching, and flags once the desk has reviewed a claim', async () => {
    const app = await openTestApp({ host: 'serve' });
    try {
      const { article } = await app.ok('articles.create', { text: `${FIRST} ${SECOND}` });
      const claims = (await app.ok('articles.get', { id: article.id })).claims;
      const search = vi.spyOn(repository, 'searchCandidates');
      expect((await app.ok('factchecks.flagClaims', { articleId: article.id })).checked).toEqual([]);
      expect(search).not.toHaveBeenCalled();
      const kept = keptAnswers(app);
      expect(claims.every((c) => kept.get(c.id)?.factcheck_id === null && kept.get(c.id)?.similarity === 0)).toBe(true);
      search.mockRestore();

      const mieten = claims.filter((c) => c.text.includes('Mieten'));
      expect(mieten).toHaveLength(2);
      await review(app, mieten[0]!.id, 'verified');
      const after = await app.ok('factchecks.flagClaims', { articleId: article.id });
      expect(after.checked.map((c) => c.claimId)).toEqual([mieten[1]!.id]);
      await expectSameAsFullMatch(app, article.id);
    } finally {
      vi.restoreAllMocks();
      await app.close();
    }
  });
});

describe("the claim panel's match", () => {
  it('goes through cooperative pauses (it stops at one when the app closes) and writes nothing when its answer is kept already', async () => {
    const app = await openTestApp({ host: 'serve' });
    try {
      await importFactChecks(app.context, { path: FIXTURE }, 'graph');
      const { article } = await app.ok('articles.create', { text: FIRST });
      const rente = (await app.ok('articles.get', { id: article.id })).claims.find((c) => c.text.includes('Renten'))!;
      const closing = new AbortController();
      closing.abort();
      await expect(match({ ...app.context, closing: closing.signal }, { claimId: rente.id, limit: 5 })).rejects.toMatchObject({ code: 'closing' });

      const first = await app.ok('factchecks.match', { claimId: rente.id, limit: 5 });
      expect(first.matches[0]?.similarity).toBeGreaterThanOrEqual(0.5);
      const changes = () => (app.context.store.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;
      const before = changes();
      expect(await app.ok('factchecks.match', { claimId: rente.id, limit: 5 })).toEqual(first);
      expect(changes()).toBe(before);
      expect(keptAnswers(app).get(rente.id)).toMatchObject({ factcheck_id: first.matches[0]!.id, similarity: first.matches[0]!.similarity });
    } finally {
      await app.close();
    }
  });
});
