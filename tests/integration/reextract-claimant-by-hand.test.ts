// articles.reextract keeps "every claim a person touched". Linking a claim to a claimant by hand
// (claimants.assign, or claimants.split naming the claim) is such a touch, but it writes no claim
// history, so re-extraction treated the claim as untouched: when the rules of a newer version
// read the claimant's name differently it grouped the claim again by name (the reviewer's link
// gone), and when they found a slightly different span it deleted the claim (link and all) and
// added a new one. The stored article below stands for one extracted by an earlier version: its
// claims are edited in the database as an older extractor would have left them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const TEXT = `Finance Minister Karla Venn said the deficit fell to 2 percent of output in 2025.
Opposition leader Tomas Reed said unemployment rose to 6 percent last year.
"Fees will go up by 4 percent," Venn said on Monday.
Reed said the ministry had spent 12 billion on outside advisers.`;

describeDatabases('re-extraction after a claimant was set by hand', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ database });
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps a claim assigned or split off by hand where the reviewer put it, also when extraction now reads it differently', async () => {
    const { article } = await app.ok('articles.create', { text: TEXT, title: 'Budget', language: 'en' });
    const full = await app.ok('articles.get', { id: article.id });
    const byName = (name: string) => full.claims.filter((c) => c.claimant?.includes(name));
    const [vennFirst, vennSecond] = byName('Venn') as [(typeof full.claims)[0], (typeof full.claims)[0]];
    const [reedFirst, reedSecond] = byName('Reed') as [(typeof full.claims)[0], (typeof full.claims)[0]];
    expect([vennFirst, vennSecond, reedFirst, reedSecond].every(Boolean)).toBe(true);
    const claimants = (await app.ok('claimants.list', {})).claimants;
    const venn = claimants.find((c) => c.name === 'Karla Venn')!;
    const reed = claimants.find((c) => c.name === 'Tomas Reed')!;

    // The reviewer knows better than the extractor: two claims go to the other person, and one of
    // Venn's claims goes to a claimant of its own.
    await app.ok('claimants.assign', { claimId: vennFirst.id, claimant: reed.id });
    await app.ok('claimants.assign', { claimId: reedFirst.id, claimant: venn.id });
    const { created: split } = await app.ok('claimants.split', { claimant: venn.id, claimIds: [vennSecond.id], name: 'Karla Venn (spokesperson)' });

    // As an earlier extractor left them: one claimant name read another way, one span a character
    // shorter, one both.
    await app.store.db.updateTable('claims').set({ claimant: 'Karla  Venn' }).where('id', '=', vennFirst.id).execute();
    await app.store.db.updateTable('claims').set({ end: reedFirst.end - 1 }).where('id', '=', reedFirst.id).execute();
    await app.store.db.updateTable('claims').set({ claimant: 'Venn', end: vennSecond.end - 1 }).where('id', '=', vennSecond.id).execute();
    // An untouched claim read another way is still brought up to date.
    await app.store.db.updateTable('claims').set({ claimant: 'Tomas  Reed' }).where('id', '=', reedSecond.id).execute();

    const result = await app.ok('articles.reextract', { id: article.id });
    expect(result.removedClaims).toEqual([]);
    expect(result.kept).toBe(3);
    expect(result.updated).toBe(1);

    const after = await app.ok('articles.get', { id: article.id });
    const find = (id: string) => after.claims.find((c) => c.id === id);
    expect(find(vennFirst.id)?.claimantId).toBe(reed.id);
    expect(find(reedFirst.id)?.claimantId).toBe(venn.id);
    expect(find(reedFirst.id)?.end).toBe(reedFirst.end - 1);
    expect(find(vennSecond.id)?.claimantId).toBe(split.id);
    expect(find(reedSecond.id)?.claimant).toBe('Tomas Reed');
    // No claim was added on top of a kept one.
    expect(after.claims.length).toBe(full.claims.length);

    // Undone (the split, then the assignment), they no longer hold their claims: extraction reads
    // those afresh, and the assignment to Reed still holds its own.
    await app.ok('claimants.undo', { claimant: venn.id });
    await app.ok('claimants.undo', { claimant: venn.id });
    const again = await app.ok('articles.reextract', { id: article.id });
    expect(again.removedClaims.map((c) => c.start)).toEqual([reedFirst.start, vennSecond.start]);
    expect(again.kept).toBe(1);
  });
});
