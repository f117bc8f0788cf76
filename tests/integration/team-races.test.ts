// Two reviewers on the same claim at once: on PostgreSQL through two hosts on one database (two
// `server` processes on one desk), on SQLite through one host (one process writes a file at a
// time; two processes on one file are the stress suite's). Whatever the order
// the database runs them in, the second gets a clear answer, nothing is lost, each claim's
// version is 1 + its history rows, and a verified or disputed claim keeps a source.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openApp, type ClaimdeskApp } from '../../src/main/core/app';
import type { ApiResult } from '../../src/shared/contract';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const TEXT = `Die Stadt hat im Mai 40 neue Busse gekauft. Die Fahrpreise steigen um 3 Prozent.
„Das ist ein guter Tag für den Nahverkehr“, sagte Bürgermeisterin Erika Probe.
Der Verband kritisierte die Preise.`;

const ROUNDS = 6;

describeDatabases('two reviewers on one claim at once', (database) => {
  let anna: TestApp;
  let bert: Pick<ClaimdeskApp, 'dispatch' | 'close'>;
  beforeEach(async () => {
    anna = await openTestApp({ database, host: 'serve' });
    bert = database === 'postgres' ? await openApp(anna.dbPath, { host: 'serve', defaultActor: 'bert', snapshots: false }) : { dispatch: anna.dispatch, close: async () => {} };
  });
  afterEach(async () => {
    await bert.close();
    await anna.close();
  });

  async function freshClaims(round: number) {
    const { article } = await anna.ok('articles.create', { text: `${TEXT}\nRunde ${round}.`, title: `Runde ${round}` });
    const { claims } = await anna.ok('articles.get', { id: article.id });
    expect(claims.length).toBeGreaterThanOrEqual(2);
    return claims;
  }

  /** The invariants every write keeps, whoever won. */
  async function expectWhole(id: string) {
    const claim = await anna.ok('claims.get', { id });
    const history = await anna.ok('claims.history', { claimId: id });
    // The extracted row has no version of its own: version 1 is the claim as extracted.
    expect({ version: claim.version, actions: history.map((e) => e.action) }).toEqual({ version: history.length, actions: expect.any(Array) });
    if (claim.verdict === 'verified' || claim.verdict === 'disputed') expect(claim.sources.length).toBeGreaterThan(0);
    const added = history.filter((e) => e.action === 'source.added').length;
    const removed = history.filter((e) => e.action === 'source.removed').length;
    expect(claim.sources).toHaveLength(added - removed);
  }

  const codes = (results: ApiResult<unknown>[]) => results.map((r) => (r.ok ? 'ok' : r.error.code)).sort();

  it('two sources added from the same version: one is saved, the other is a conflict', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [claim] = await freshClaims(round);
      const results = await Promise.all([
        anna.dispatch('sources.add', { claimId: claim!.id, url: 'https://example.org/anna', expectedVersion: claim!.version }),
        bert.dispatch('sources.add', { claimId: claim!.id, url: 'https://example.org/bert', expectedVersion: claim!.version }),
      ]);
      expect(codes(results)).toEqual(['conflict', 'ok']);
      await expectWhole(claim!.id);
    }
  });

  it('the two sources of a verified claim removed at once: one goes, the last one stays', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [claim] = await freshClaims(round);
      const first = await anna.ok('sources.add', { claimId: claim!.id, url: 'https://example.org/1' });
      const second = await anna.ok('sources.add', { claimId: claim!.id, url: 'https://example.org/2' });
      await anna.ok('claims.setVerdict', { id: claim!.id, expectedVersion: second.claim.version, verdict: 'verified' });
      const results = await Promise.all([
        anna.dispatch('sources.remove', { id: first.source.id }),
        bert.dispatch('sources.remove', { id: second.source.id }),
      ]);
      expect(codes(results)).toEqual(['ok', 'rule']);
      await expectWhole(claim!.id);
    }
  });

  it('a verdict that needs a source against the removal of that source: never a disputed claim without one', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [claim] = await freshClaims(round);
      const { source, claim: withSource } = await anna.ok('sources.add', { claimId: claim!.id, url: 'https://example.org/only' });
      const results = await Promise.all([
        anna.dispatch('claims.setVerdict', { id: claim!.id, expectedVersion: withSource.version, verdict: 'disputed' }),
        bert.dispatch('sources.remove', { id: source.id }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      await expectWhole(claim!.id);
    }
  });

  it('the same source removed twice at once: removed once, the other is told it is gone', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [claim] = await freshClaims(round);
      const { source } = await anna.ok('sources.add', { claimId: claim!.id, url: 'https://example.org/twice' });
      const results = await Promise.all([anna.dispatch('sources.remove', { id: source.id }), bert.dispatch('sources.remove', { id: source.id })]);
      expect(codes(results)).toEqual(['not_found', 'ok']);
      await expectWhole(claim!.id);
    }
  });

  it('a verdict, an edit or a source on a claim someone deleted meanwhile says it was deleted, by whom, and saves nothing', async () => {
    const [claim] = await freshClaims(0);
    await bert.dispatch('claims.delete', { id: claim!.id, expectedVersion: claim!.version });
    const deleter = (await anna.ok('claims.history', { claimId: claim!.id })).at(-1)!.actor;
    const attempts = await Promise.all([
      anna.dispatch('claims.setVerdict', { id: claim!.id, expectedVersion: claim!.version, verdict: 'inconclusive' }),
      anna.dispatch('claims.update', { id: claim!.id, expectedVersion: claim!.version, claimant: 'Jemand' }),
      anna.dispatch('sources.add', { claimId: claim!.id, url: 'https://example.org/late', expectedVersion: claim!.version }),
    ]);
    for (const result of attempts) {
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found', details: { id: claim!.id, deletedBy: deleter } } });
      if (!result.ok) expect(result.error.message).toMatch(new RegExp(`deleted .*by ${deleter}.*Nothing was saved`, 'u'));
    }
    expect((await anna.ok('claims.history', { claimId: claim!.id })).map((e) => e.action)).toEqual(['extracted', 'deleted']);
  });

  it('a verdict against a deletion: one wins, the other is refused, the history has both only if both were saved', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [, claim] = await freshClaims(round);
      const { claim: withSource } = await anna.ok('sources.add', { claimId: claim!.id, url: 'https://example.org/d' });
      const results = await Promise.all([
        anna.dispatch('claims.setVerdict', { id: claim!.id, expectedVersion: withSource.version, verdict: 'verified' }),
        bert.dispatch('claims.delete', { id: claim!.id }),
      ]);
      expect(results.some((r) => r.ok)).toBe(true);
      for (const r of results) if (!r.ok) expect(['conflict', 'not_found']).toContain(r.error.code);
      const history = await anna.ok('claims.history', { claimId: claim!.id });
      expect(history.filter((e) => e.action === 'verdict')).toHaveLength(results[0]!.ok ? 1 : 0);
      expect(history.filter((e) => e.action === 'deleted')).toHaveLength(results[1]!.ok ? 1 : 0);
    }
  });
});
