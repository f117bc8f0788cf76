// A claim put back to Unreviewed has no reviewer and no verdict time in what is shown or exported;
// its history still names who gave the earlier verdict (the history is the record).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const TEXT = `Die Stadt hat im vergangenen Jahr 40 neue Schulen gebaut, sagte die Bürgermeisterin Clara Muster.
Der Haushalt wuchs nach Angaben des Kämmerers um 12 Prozent.`;

describe('a verdict reset to Unreviewed', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function reviewedThenReset() {
    const { article } = await app.ok('articles.create', { text: TEXT, title: 'Reset test' });
    const claim = (await app.ok('articles.get', { id: article.id })).claims[0]!;
    await app.ok('settings.set', { reviewerName: 'Alice Example' });
    const reviewed = await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive', rationale: 'No figures published.' });
    expect(reviewed.reviewer).toBe('Alice Example');
    await app.ok('settings.set', { reviewerName: 'Bob Example' });
    const reset = await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: reviewed.version, verdict: 'unreviewed' });
    return { article, claim, reset };
  }

  it('shows no reviewer and no verdict time in claims.get and claims.list', async () => {
    const { claim, reset } = await reviewedThenReset();
    expect(reset).toMatchObject({ verdict: 'unreviewed', reviewer: null, reviewedAt: null });
    expect(await app.ok('claims.get', { id: claim.id })).toMatchObject({ reviewer: null, reviewedAt: null });
    const listed = (await app.ok('claims.list', {})).items.find((c) => c.id === claim.id)!;
    expect(listed).toMatchObject({ reviewer: null, reviewedAt: null });
  });

  it('is not found by a reviewer filter for the earlier reviewer', async () => {
    const { claim } = await reviewedThenReset();
    const byAlice = await app.ok('claims.list', { reviewer: 'Alice' });
    const byBob = await app.ok('claims.list', { reviewer: 'Bob' });
    expect(byAlice.items.map((c) => c.id)).not.toContain(claim.id);
    expect(byBob.items.map((c) => c.id)).not.toContain(claim.id);
  });

  it('exports an empty reviewer and verdict time in CSV and JSON (the corrections still name who reset it)', async () => {
    const { claim } = await reviewedThenReset();
    const csv = (await app.ok('reports.export', { all: true, format: 'csv' })).content.split('\n');
    const header = csv[0]!.split(',');
    const row = csv.find((line) => line.includes(claim.id))!;
    // verdict, rating_label, rationale, reviewer, reviewed_at are adjacent columns, none of them quoted here.
    expect(header.slice(header.indexOf('verdict'), header.indexOf('reviewed_at') + 1)).toEqual(['verdict', 'rating_label', 'rationale', 'reviewer', 'reviewed_at']);
    expect(row).toContain(',unreviewed,,No figures published.,,,');
    expect(row).not.toContain('Alice Example');
    const report = JSON.parse((await app.ok('reports.export', { all: true, format: 'json' })).content) as { articles: { unreviewedClaims: { id: string; reviewer: string | null; reviewedAt: string | null }[] }[] };
    const exported = report.articles.flatMap((a) => a.unreviewedClaims).find((c) => c.id === claim.id)!;
    expect(exported).toMatchObject({ reviewer: null, reviewedAt: null });
  });

  it('keeps the earlier reviewer and verdict in the history', async () => {
    const { claim } = await reviewedThenReset();
    const verdicts = (await app.ok('claims.history', { claimId: claim.id })).filter((e) => e.action === 'verdict');
    expect(verdicts.map((e) => [e.actor, e.after?.verdict])).toEqual([
      ['Alice Example', 'inconclusive'],
      ['Bob Example', 'unreviewed'],
    ]);
    expect(verdicts[1]!.before).toMatchObject({ verdict: 'inconclusive', rationale: 'No figures published.' });
  });

  it('hides a reviewer an older version left on an unreviewed claim', async () => {
    const { claim } = await reviewedThenReset();
    // Before this fix a reset stored the resetting reviewer on the claim: such rows are in databases today.
    await app.store.db.updateTable('claims').set({ reviewer: 'Old Reviewer' }).where('id', '=', claim.id).execute();
    expect(await app.ok('claims.get', { id: claim.id })).toMatchObject({ reviewer: null });
    expect((await app.ok('claims.list', { reviewer: 'Old' })).items).toEqual([]);
    expect((await app.ok('reports.export', { all: true, format: 'csv' })).content).not.toContain('Old Reviewer');
  });
});
