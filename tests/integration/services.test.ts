import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRows, describeDatabases } from '../helpers/databases';
import { GERMAN_SAMPLE, openTestApp, type TestApp } from '../helpers/temp-app';

// The same suite on SQLite and on PostgreSQL.
describeDatabases('services', (database) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp({ database });
  });
  afterEach(async () => {
    await app.close();
  });

  async function firstClaim() {
    const { article } = await app.ok('articles.create', { text: GERMAN_SAMPLE, title: 'Test' });
    const full = await app.ok('articles.get', { id: article.id });
    return { article: full, claim: full.claims[0]! };
  }

  /** Every table's rows, to prove a refused call changed nothing. */
  function snapshot() {
    const tables = [['articles', 'id'], ['claims', 'id'], ['sources', 'id'], ['claim_events', 'id'], ['settings', 'key']] as const;
    return Promise.all(tables.map(([t, key]) => app.store.db.selectFrom(t).selectAll().orderBy(key).execute()));
  }

  describe('articles', () => {
    it('stores an article with its claims whose offsets index the stored text', async () => {
      const { article } = await firstClaim();
      expect(article.claims.length).toBeGreaterThanOrEqual(3);
      for (const c of article.claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);
      expect(article.language).toBe('de');
      expect(article.counts.unreviewed).toBe(article.claims.length);
    });

    it('recognises the same text imported again after normalisation', async () => {
      const first = await app.ok('articles.create', { text: GERMAN_SAMPLE });
      const again = await app.ok('articles.create', { text: `\uFEFF${GERMAN_SAMPLE.replace(/\n/g, '\r\n')}  \n` });
      expect(again.duplicate).toBe(true);
      expect(again.article.id).toBe(first.article.id);
      expect(await app.ok('articles.list', {})).toHaveLength(1);
    });

    it('refuses empty text with a clear error', async () => {
      const result = await app.dispatch('articles.create', { text: '  \n ' });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: 'The article has no text.' } });
    });

    it('adds the sample article once', async () => {
      const a = await app.ok('articles.createSample', {});
      const b = await app.ok('articles.createSample', {});
      expect(b.article.id).toBe(a.article.id);
      expect(b.duplicate).toBe(true);
      expect(a.article.claimCount).toBeGreaterThan(10);
    });

    it('deletes an article to the trash, and emptying the trash deletes it with its claims and sources', async () => {
      const { article, claim } = await firstClaim();
      await app.ok('sources.add', { claimId: claim.id, url: 'https://example.org/a' });
      await app.ok('articles.delete', { id: article.id });
      expect((await app.dispatch('articles.get', { id: article.id })).ok).toBe(false);
      expect(await countRows(app.store.db, 'sources')).toBe(1);
      await app.ok('articles.emptyTrash', {});
      expect(await countRows(app.store.db, 'articles')).toBe(0);
      expect(await countRows(app.store.db, 'claims')).toBe(0);
      expect(await countRows(app.store.db, 'sources')).toBe(0);
    });
  });

  describe('verdicts, sources and history', () => {
    it('refuses verified or disputed without a source, and changes nothing', async () => {
      const { claim } = await firstClaim();
      const before = await snapshot();
      for (const verdict of ['verified', 'disputed'] as const) {
        const result = await app.dispatch('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict });
        expect(result).toMatchObject({ ok: false, error: { code: 'rule' } });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('allows inconclusive without a source', async () => {
      const { claim } = await firstClaim();
      const updated = await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive', rationale: 'No data yet' });
      expect(updated.verdict).toBe('inconclusive');
    });

    it('refuses non-http(s) source URLs and changes nothing', async () => {
      const { claim } = await firstClaim();
      const before = await snapshot();
      for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/relative', 'http//missing-colon', 'ftp://example.org/x']) {
        const result = await app.dispatch('sources.add', { claimId: claim.id, url });
        expect(result, url).toMatchObject({ ok: false, error: { code: 'validation' } });
      }
      expect(await snapshot()).toEqual(before);
    });

    it('marks a claim verified with a source, records who did what, and keeps the history', async () => {
      await app.ok('settings.set', { reviewerName: 'Ada Reviewer' });
      const { claim } = await firstClaim();
      const { claim: withSource, source } = await app.ok('sources.add', {
        claimId: claim.id,
        url: 'https://www.bundestag.de/abstimmung',
        title: 'Abstimmungsergebnis',
        stance: 'supports',
      });
      expect(source.accessedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(withSource.version).toBe(claim.version + 1);
      const verified = await app.ok('claims.setVerdict', {
        id: claim.id,
        expectedVersion: withSource.version,
        verdict: 'verified',
        rationale: 'Protokoll bestätigt',
        ratingLabel: 'Richtig',
      });
      expect(verified).toMatchObject({ verdict: 'verified', rationale: 'Protokoll bestätigt', ratingLabel: 'Richtig', reviewer: 'Ada Reviewer' });
      const history = await app.ok('claims.history', { claimId: claim.id });
      expect(history.map((e) => e.action)).toEqual(['extracted', 'source.added', 'verdict']);
      expect(history[2]).toMatchObject({ actor: 'Ada Reviewer', before: { verdict: 'unreviewed' }, after: { verdict: 'verified', ratingLabel: 'Richtig' } });
      expect(await app.ok('claims.ratingLabels', {})).toEqual(['Richtig']);
    });

    it('refuses a stale expectedVersion as a conflict carrying the current claim, and changes nothing', async () => {
      const { claim } = await firstClaim();
      await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive' });
      const before = await snapshot();
      const stale = await app.dispatch('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'unreviewed' });
      expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', details: { current: { verdict: 'inconclusive', version: claim.version + 1 } } } });
      const staleEdit = await app.dispatch('claims.update', { id: claim.id, expectedVersion: claim.version, claimant: 'Someone' });
      expect(staleEdit).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses source changes that name a stale claim version, and says who changed it', async () => {
      await app.ok('settings.set', { reviewerName: 'Rita' });
      const { claim } = await firstClaim();
      const { source, claim: after } = await app.ok('sources.add', { claimId: claim.id, url: 'https://example.org/1', expectedVersion: claim.version });
      const before = await snapshot();
      const stale = await app.dispatch('sources.add', { claimId: claim.id, url: 'https://example.org/2', expectedVersion: claim.version });
      expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('by Rita'), details: { changedBy: 'Rita' } } });
      expect(await app.dispatch('sources.update', { id: source.id, title: 'x', expectedVersion: claim.version })).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(await app.dispatch('sources.remove', { id: source.id, expectedVersion: claim.version })).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(await snapshot()).toEqual(before);
      await app.ok('sources.remove', { id: source.id, expectedVersion: after.version });
    });

    it('answers every write with the claim as that write left it, even when another write follows at once', async () => {
      // SQLite: the second write is queued while the first holds the connection, so it commits right
      // after the first. Each answer must still carry its own version, not the one after the next
      // write: a client that saves again with that version would otherwise overwrite unseen changes.
      // PostgreSQL runs writes side by side on a pool (in no set order), so there they are sent one
      // after another; the next test shows what two writes at once do there.
      const all: <T extends unknown[]>(calls: { [K in keyof T]: () => Promise<T[K]> }) => Promise<T> =
        database === 'sqlite' ? (calls) => Promise.all(calls.map((c) => c())) as never : async (calls) => {
          const out: unknown[] = [];
          for (const call of calls) out.push(await call());
          return out as never;
        };
      const { claim } = await firstClaim();
      const v = claim.version;
      const [added, verdict] = await all([
        () => app.ok('sources.add', { claimId: claim.id, url: 'https://example.org/1', expectedVersion: v }),
        () => app.ok('claims.setVerdict', { id: claim.id, expectedVersion: v + 1, verdict: 'verified' }),
      ]);
      expect(added.claim.version).toBe(v + 1);
      expect(added.claim.verdict).toBe('unreviewed');
      expect(verdict.version).toBe(v + 2);
      const [edited, updated, removed] = await all([
        () => app.ok('sources.update', { id: added.source.id, title: 'Statistik', expectedVersion: v + 2 }),
        () => app.ok('claims.update', { id: claim.id, expectedVersion: v + 3, claimant: 'Jemand' }),
        () => app.ok('sources.add', { claimId: claim.id, url: 'https://example.org/2', expectedVersion: v + 4 }),
      ]);
      expect([edited.claim.version, updated.version, removed.claim.version]).toEqual([v + 3, v + 4, v + 5]);
      expect(edited.claim.claimant).toBe(claim.claimant);
      const [gone, disputed] = await all([
        () => app.ok('sources.remove', { id: removed.source.id, expectedVersion: v + 5 }),
        () => app.ok('claims.setVerdict', { id: claim.id, expectedVersion: v + 6, verdict: 'disputed' }),
      ]);
      expect([gone.claim.version, gone.claim.verdict, disputed.version]).toEqual([v + 6, 'verified', v + 7]);
    });

    it('refuses all but one of several writes at once from the same version, and records only that one', async () => {
      const { claim } = await firstClaim();
      const v = claim.version;
      const historyBefore = (await app.ok('claims.history', { claimId: claim.id })).length;
      const names = ['Anna', 'Bert', 'Cem', 'Dora', 'Emil', 'Fritz'];
      const results = await Promise.all(names.map((claimant) => app.dispatch('claims.update', { id: claim.id, expectedVersion: v, claimant })));
      const saved = results.filter((r) => r.ok);
      expect(saved).toHaveLength(1);
      for (const r of results) if (!r.ok) expect(r.error.code).toBe('conflict');
      const after = await app.ok('claims.get', { id: claim.id });
      expect(after.version).toBe(v + 1);
      expect(names).toContain(after.claimant);
      // One write, one history row: none lost, none doubled.
      expect(await app.ok('claims.history', { claimId: claim.id })).toHaveLength(historyBefore + 1);
    });

    it('will not remove the last source of a verified claim', async () => {
      const { claim } = await firstClaim();
      const { claim: c1, source } = await app.ok('sources.add', { claimId: claim.id, url: 'https://example.org/1' });
      await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: c1.version, verdict: 'verified' });
      expect(await app.dispatch('sources.remove', { id: source.id })).toMatchObject({ ok: false, error: { code: 'rule' } });
      await app.ok('sources.add', { claimId: claim.id, url: 'https://example.org/2' });
      const { claim: after } = await app.ok('sources.remove', { id: source.id });
      expect(after.sources.map((s) => s.url)).toEqual(['https://example.org/2']);
    });

    it('edits a source and records before and after', async () => {
      const { claim } = await firstClaim();
      const { source } = await app.ok('sources.add', { claimId: claim.id, url: 'https://example.org/1' });
      const { source: edited } = await app.ok('sources.update', { id: source.id, title: 'Statistik', stance: 'refutes', archivedUrl: 'https://web.archive.org/web/2025/https://example.org/1' });
      expect(edited).toMatchObject({ title: 'Statistik', stance: 'refutes' });
      const history = await app.ok('claims.history', { claimId: claim.id });
      expect(history.at(-1)).toMatchObject({ action: 'source.updated', before: { stance: 'supports' }, after: { stance: 'refutes' } });
    });
  });

  describe('editing claims', () => {
    it('adds a claim from a span, trims it to its words, and records it', async () => {
      const { article } = await firstClaim();
      const start = article.text.indexOf('Die Steuer') - 1;
      const end = article.text.indexOf('3 Prozent.') + '3 Prozent.'.length;
      const claim = await app.ok('claims.create', { articleId: article.id, start, end, claimant: 'Bundestag' });
      expect(claim.text).toBe('Die Steuer steigt um 3 Prozent.');
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.origin).toBe('manual');
      expect((await app.ok('claims.history', { claimId: claim.id }))[0]).toMatchObject({ action: 'created', actor: 'test-runner' });
    });

    it('refuses spans outside the article', async () => {
      const { article } = await firstClaim();
      expect(await app.dispatch('claims.create', { articleId: article.id, start: 5, end: 5 })).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(await app.dispatch('claims.create', { articleId: article.id, start: 0, end: article.text.length + 1 })).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(await app.dispatch('claims.create', { articleId: article.id, start: -1, end: 3 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    });

    it('adjusts a span (text follows), edits claimant and kind, deletes and restores', async () => {
      const { article, claim } = await firstClaim();
      const moved = await app.ok('claims.update', { id: claim.id, expectedVersion: claim.version, end: claim.end - 1, claimant: 'Der Bundestag', kind: 'reported' });
      expect(moved.text).toBe(article.text.slice(claim.start, claim.end - 1));
      expect(moved).toMatchObject({ claimant: 'Der Bundestag', kind: 'reported', edited: true, version: claim.version + 1 });
      await app.ok('claims.delete', { id: claim.id, expectedVersion: moved.version });
      expect((await app.ok('articles.get', { id: article.id })).claims.some((c) => c.id === claim.id)).toBe(false);
      const restored = await app.ok('claims.restore', { id: claim.id });
      expect(restored.text).toBe(moved.text);
      const actions = (await app.ok('claims.history', { claimId: claim.id })).map((e) => e.action);
      expect(actions).toEqual(['extracted', 'updated', 'deleted', 'restored']);
    });

    it('re-extraction keeps every claim a person touched and replaces only untouched ones', async () => {
      const { article, claim } = await firstClaim();
      const other = article.claims[1]!;
      await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive', rationale: 'keep me' });
      await app.ok('sources.add', { claimId: other.id, url: 'https://example.org/source' });
      const result = await app.ok('articles.reextract', { id: article.id });
      expect(result.kept).toBe(2);
      const after = await app.ok('articles.get', { id: article.id });
      expect(after.claims.find((c) => c.id === claim.id)).toMatchObject({ verdict: 'inconclusive', rationale: 'keep me' });
      expect(after.claims.find((c) => c.id === other.id)?.sources).toHaveLength(1);
      for (const c of after.claims) expect(after.text.slice(c.start, c.end)).toBe(c.text);
    });
  });

  describe('re-extraction history', () => {
    it('records every change it makes to an untouched claim', async () => {
      const { article, claim } = await firstClaim();
      // As if an older extractor had scored it differently.
      await app.store.db.updateTable('claims').set({ checkworthiness: 0.01, claimant: 'Jemand' }).where('id', '=', claim.id).execute();
      const result = await app.ok('articles.reextract', { id: article.id });
      expect(result.updated).toBe(1);
      const after = await app.ok('claims.get', { id: claim.id });
      expect(after.checkworthiness).toBe(claim.checkworthiness);
      expect(after.version).toBe(claim.version + 1);
      const history = await app.ok('claims.history', { claimId: claim.id });
      expect(history.at(-1)).toMatchObject({ action: 're-extracted', before: { checkworthiness: 0.01, claimant: 'Jemand' }, after: { checkworthiness: claim.checkworthiness } });
    });
  });

  describe('listing and search', () => {
    it('lists claims across articles with filters and sorting', async () => {
      await firstClaim();
      await app.ok('articles.createSample', {});
      const all = await app.ok('claims.list', {});
      expect(all.total).toBeGreaterThan(10);
      const ranked = await app.ok('claims.list', { sort: 'checkworthiness', limit: 5 });
      const scores = ranked.items.map((c) => c.checkworthiness);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      const none = await app.ok('claims.list', { verdicts: ['verified'] });
      expect(none.total).toBe(0);
    });

    it('finds claims and articles by words, with marked snippets, for any input', async () => {
      await firstClaim();
      const { hits } = await app.ok('search', { query: 'Steuer' });
      expect(hits.some((h) => h.type === 'claim' && h.snippet.includes('\u0002Steuer\u0003'))).toBe(true);
      // Prefix, umlaut-insensitive, and whatever a person may type.
      expect((await app.ok('search', { query: 'Deutschl' })).hits.length).toBeGreaterThan(0);
      for (const query of ['"', '"unbalanced', 'AND OR NOT', '*', 'NEAR(', 'a:b', ')(', "'; drop table claims; --", '^', '-', '""']) {
        const result = await app.dispatch('search', { query });
        expect(result.ok, query).toBe(true);
      }
      expect(await app.ok('search', { query: '   ' })).toMatchObject({ hits: [], message: expect.any(String), messageCode: 'empty_query' });
      expect(await app.ok('search', { query: 'zzzzqx' })).toMatchObject({ hits: [], messageCode: 'no_results' });
    });
  });

  describe('settings', () => {
    it('stores settings, trims, clears with null, and validates the organisation URL', async () => {
      expect(await app.ok('settings.get', {})).toEqual({ reviewerName: null, organisationName: null, organisationUrl: null, methodology: null, methodologyNotes: { en: null, de: null }, uiLanguage: null });
      await app.ok('settings.set', { reviewerName: '  Ada ', organisationUrl: 'https://factcheck.example.org', uiLanguage: 'de' });
      expect(await app.ok('settings.get', {})).toMatchObject({ reviewerName: 'Ada', organisationUrl: 'https://factcheck.example.org', uiLanguage: 'de' });
      await app.ok('settings.set', { reviewerName: null });
      expect((await app.ok('settings.get', {})).reviewerName).toBeNull();
      expect(await app.dispatch('settings.set', { organisationUrl: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    });
  });

  describe('dispatch', () => {
    it('answers unknown methods and unknown fields with clear errors', async () => {
      expect(await app.dispatch('claims.nuke', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      expect(await app.dispatch('settings.get', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(await app.dispatch('articles.get', JSON.parse('{"id":"x","__proto__":{"admin":true}}'))).toMatchObject({ ok: false, error: { code: 'validation' } });
    });
  });

  describe('claims.list paging', () => {
    it('pages in a stable order and can skip the count', async () => {
      await app.ok('articles.createSample', {});
      const first = await app.ok('claims.list', { limit: 5 });
      const second = await app.ok('claims.list', { offset: 5, limit: 5, includeTotal: false });
      expect(second.total).toBe(-1);
      const all = await app.ok('claims.list', { limit: 10 });
      expect([...first.items, ...second.items].map((c) => c.id)).toEqual(all.items.map((c) => c.id));
      const ranked = await app.ok('claims.list', { sort: 'checkworthiness', offset: 3, limit: 4 });
      const full = await app.ok('claims.list', { sort: 'checkworthiness', limit: 7 });
      expect(ranked.items.map((c) => c.id)).toEqual(full.items.slice(3).map((c) => c.id));
    });
  });
});
