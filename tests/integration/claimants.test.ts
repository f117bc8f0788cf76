// Claimants through dispatch on a real SQLite file and a real PostgreSQL database: grouping on import, the claimant record,
// rename / merge / split with history, undo and version conflicts, bad input, and stats.desk.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const ARTICLE_1 = `US-Präsident Donald Trump sagte am Montag, die Zölle würden um 25 Prozent steigen.
Bundeskanzler Friedrich Merz erklärte, Deutschland werde 5 Prozent für Verteidigung ausgeben.
Die Bundesregierung teilte mit, die Inflation sei auf 2 Prozent gesunken.`;
const ARTICLE_2 = `Präsident Donald Trump sagte, die Wirtschaft sei um 4 Prozent gewachsen.
Merz sagte, die Arbeitslosigkeit liege bei 6 Prozent.
Chinas Staatschef Xi Jinping sagte, das Wachstum liege bei 5 Prozent.`;
const ARTICLE_3 = `President Joe Biden said inflation fell to 3 percent last year.
Hunter Biden said he paid $2 million in taxes in 2021.`;

// The same suite on SQLite and on PostgreSQL.
describeDatabases('claimants', (database) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp({ database });
    await app.ok('articles.create', { text: ARTICLE_1, language: 'de', title: 'Eins' });
    await app.ok('articles.create', { text: ARTICLE_2, language: 'de', title: 'Zwei' });
    await app.ok('articles.create', { text: ARTICLE_3, language: 'en', title: 'Three' });
  });
  afterEach(async () => app.close());

  const named = async (name: string) => (await app.ok('claimants.list', {})).claimants.find((c) => c.name === name)!;

  describe('claimants', () => {
    it('groups the claims of several articles under one claimant each, typed, most claims first', async () => {
      const { claimants } = await app.ok('claimants.list', {});
      const trump = claimants.find((c) => c.name === 'Donald Trump')!;
      expect(trump).toMatchObject({ type: 'person', claims: 2, articles: 2, verdicts: { verified: 0, disputed: 0, inconclusive: 0, open: 2 } });
      expect((await named('Friedrich Merz')).articles).toBe(2);
      expect((await named('Bundesregierung')).type).toBe('organisation');
      expect(claimants.filter((c) => c.name.endsWith('Biden')).map((c) => c.name).sort()).toEqual(['Hunter Biden', 'Joe Biden']);
      expect(claimants[0]!.claims).toBeGreaterThanOrEqual(claimants[claimants.length - 1]!.claims);
    });

    it('a bare surname is the person its article\'s text names in full, not another article\'s namesake', async () => {
      await app.ok('articles.create', { text: 'Rhona Kettering, a councillor, said the bridge would be repaired by June.', language: 'en', title: 'Bridge' });
      // The extractor gives this claim "Kettering"; the text names Tomas Kettering (with a possessive).
      await app.ok('articles.create', { text: "Tomas Kettering's bakery has lost half its customers this winter. Kettering said the flour price had doubled since March.", language: 'en', title: 'Bakery' });
      const ketterings = (await app.ok('claimants.list', {})).claimants.filter((c) => c.name.endsWith('Kettering'));
      expect(ketterings.map((c) => [c.name, c.claims, c.aliases.includes('Kettering')]).sort()).toEqual([
        ['Rhona Kettering', 1, false],
        ['Tomas Kettering', 1, true],
      ]);
    });

    it('finds a claimant by any alias and lists its claims newest first', async () => {
      const { claimant, claims } = await app.ok('claimants.get', { claimant: 'merz' });
      expect(claimant.name).toBe('Friedrich Merz');
      expect(claims).toHaveLength(2);
      expect(claims.map((c) => c.articleTitle)).toEqual(['Zwei', 'Eins']);
      const listed = await app.ok('claims.list', { claimantId: claimant.id });
      expect(listed.total).toBe(2);
      expect((await app.ok('claimants.list', { query: 'Soeder' })).claimants).toHaveLength(0);
      expect((await app.ok('claimants.list', { query: 'xi' })).claimants.map((c) => c.name)).toContain('Xi Jinping');
    });

    it('merges, keeps the history, and an undo brings both back with every claim', async () => {
      const trump = await named('Donald Trump');
      const merz = await named('Friedrich Merz');
      const merged = await app.ok('claimants.merge', { keep: trump.id, other: 'Friedrich Merz', keepVersion: trump.version, otherVersion: merz.version });
      expect(merged.claims).toBe(4);
      expect(merged.aliases).toEqual(expect.arrayContaining(['Merz', 'Friedrich Merz']));
      expect((await app.ok('claimants.list', {})).claimants.some((c) => c.name === 'Friedrich Merz')).toBe(false);
      // The old name still finds the claimant it went into.
      expect((await app.ok('claimants.get', { claimant: merz.id })).claimant.id).toBe(trump.id);

      const stale = await app.dispatch('claimants.merge', { keep: trump.id, other: 'Bundesregierung', keepVersion: trump.version });
      expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

      const undone = await app.ok('claimants.undo', { claimant: trump.id, expectedVersion: merged.version });
      expect(undone.claims).toBe(2);
      expect((await named('Friedrich Merz')).claims).toBe(2);
      const history = await app.ok('claimants.history', { claimant: trump.id });
      expect(history.map((e) => [e.action, e.undone])).toEqual([
        ['merged', true],
        ['undo', false],
      ]);
    });

    it('renames and splits, each undoable', async () => {
      const merz = await named('Friedrich Merz');
      const renamed = await app.ok('claimants.rename', { claimant: merz.id, name: 'Friedrich Merz (CDU)', expectedVersion: merz.version });
      expect(renamed.name).toBe('Friedrich Merz (CDU)');
      expect((await app.dispatch('claimants.rename', { claimant: merz.id, name: 'X', expectedVersion: merz.version })).ok).toBe(false);
      const split = await app.ok('claimants.split', { claimant: merz.id, aliases: ['Merz'], name: 'Ein anderer Merz' });
      expect(split.created).toMatchObject({ name: 'Ein anderer Merz', claims: 1 });
      expect(split.kept.claims).toBe(1);
      await app.ok('claimants.undo', { claimant: merz.id });
      expect((await app.ok('claimants.get', { claimant: merz.id })).claims).toHaveLength(2);
      expect((await app.ok('claimants.undo', { claimant: merz.id })).name).toBe('Friedrich Merz');
    });

    it('refuses bad input with a clear error and changes nothing', async () => {
      const before = await app.ok('claimants.list', {});
      const trump = await named('Donald Trump');
      const cases: Array<[string, unknown, string, RegExp]> = [
        ['claimants.merge', { keep: trump.id, other: 'Donald Trump' }, 'rule', /same claimant/],
        ['claimants.merge', { keep: trump.id, other: 'Nobody Known' }, 'not_found', /No claimant/],
        ['claimants.rename', { claimant: trump.id, name: 'x'.repeat(10 * 1024 * 1024) }, 'validation', /at most 200/],
        ['claimants.rename', { claimant: trump.id, name: 'Don\u0007ald' }, 'validation', /control characters/],
        ['claimants.get', { claimant: 'Trump\u0000' }, 'validation', /control characters/],
        ['claimants.split', { claimant: trump.id, aliases: ['Nobody'] }, 'validation', /no alias/],
      ];
      for (const [method, input, code, message] of cases) {
        const result = await app.dispatch(method, input);
        expect(result.ok, method).toBe(false);
        if (!result.ok) {
          expect(result.error.code, JSON.stringify(input).slice(0, 80)).toBe(code);
          expect(result.error.message).toMatch(message);
        }
      }
      expect(await app.ok('claimants.list', {})).toEqual(before);
    });

    it('groups a claimant a reviewer types on a claim', async () => {
      const article = (await app.ok('articles.list', {})).find((a) => a.title === 'Three')!;
      const claim = (await app.ok('articles.get', { id: article.id })).claims[0]!;
      const updated = await app.ok('claims.update', { id: claim.id, expectedVersion: claim.version, claimant: 'Joseph R. Biden' });
      expect(updated.claimantId).not.toBeNull();
      const hunter = await named('Hunter Biden');
      expect(updated.claimantId).not.toBe(hunter.id);
    });

    it('stats.desk counts verdicts per week, reviewers, time to verdict and top claimants', async () => {
      const trump = await named('Donald Trump');
      const { claims } = await app.ok('claimants.get', { claimant: trump.id });
      await app.ok('settings.set', { reviewerName: 'Ana' });
      const full = await app.ok('claims.get', { id: claims[0]!.id });
      await app.ok('claims.setVerdict', { id: full.id, expectedVersion: full.version, verdict: 'inconclusive' });
      const stats = await app.ok('stats.desk', {});
      expect(stats.verdicts.inconclusive).toBe(1);
      expect(stats.verdicts.open).toBeGreaterThan(5);
      expect(stats.perWeek.reduce((n, w) => n + w.inconclusive, 0)).toBe(1);
      expect(stats.perWeek[0]!.week).toMatch(/^\d{4}-W\d{2}$/);
      expect(stats.reviewers).toEqual([{ name: 'Ana', verdicts: 1 }]);
      expect(stats.medianHoursToVerdict).not.toBeNull();
      expect(stats.openByCheckworthiness.map((b) => b.band)).toEqual(['high', 'medium', 'low']);
      expect(stats.topClaimants[0]!.claims).toBeGreaterThanOrEqual(2);
      const none = await app.ok('stats.desk', { from: '2000-01-01', to: '2000-01-31' });
      expect(none.verdicts).toEqual({ verified: 0, disputed: 0, inconclusive: 0, open: 0 });
    });
  });

  it('stats.desk from the tallies the triggers keep equals the count over every claim, with the trash, edits and merges', async () => {
    await app.ok('settings.set', { reviewerName: 'Ana' });
    const articles = await app.ok('articles.list', {});
    // Verdicts by two reviewers, one claim deleted by re-checking, one article in the trash, a merge.
    let i = 0;
    for (const article of articles) {
      for (const claim of (await app.ok('articles.get', { id: article.id })).claims) {
        const verdict = (['inconclusive', 'unreviewed', 'inconclusive'] as const)[i++ % 3]!;
        if (verdict !== 'unreviewed') await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict });
      }
      await app.ok('settings.set', { reviewerName: 'Ben' });
    }
    const merz = await named('Friedrich Merz');
    const xi = await named('Xi Jinping');
    await app.ok('claimants.merge', { keep: merz.id, other: xi.id });
    await app.ok('articles.delete', { id: articles.find((a) => a.title === 'Three')!.id });
    // A time of day in `from` reads every claim (no tallies); whole days read the tallies.
    const fromTallies = await app.ok('stats.desk', { from: '2000-01-01' });
    const fromClaims = await app.ok('stats.desk', { from: '2000-01-01T00:00:00.000Z' });
    expect(fromTallies).toEqual(fromClaims);
    expect(fromTallies.verdicts.inconclusive).toBeGreaterThan(0);
    expect(fromTallies.reviewers.length).toBeGreaterThan(0);
    expect(fromTallies.topClaimants.map((c) => c.name)).not.toContain('Joe Biden');
    expect(await app.ok('stats.desk', {})).toEqual(fromTallies);
  });

  it('assigns an unresolved name to a claimant by hand, only that claim, and undoes it', async () => {
    // A bare "Biden" in an article of its own fits Joe and Hunter: unresolved.
    const { article } = await app.ok('articles.create', { text: 'Biden said inflation fell to 3 percent last year.', language: 'en', title: 'Four' });
    const claim = (await app.ok('articles.get', { id: article.id })).claims[0]!;
    expect(claim.claimant).toBe('Biden');
    expect(claim.claimantId).toBeNull();
    expect((await app.ok('claimants.list', {})).unresolved.map((u) => u.name)).toContain('Biden');
    const joe = await named('Joe Biden');
    const assigned = await app.ok('claimants.assign', { claimId: claim.id, claimant: joe.id, expectedVersion: joe.version });
    expect(assigned.claims).toBe(joe.claims + 1);
    expect((await app.ok('claims.get', { id: claim.id })).claimantId).toBe(joe.id);
    // Only that claim: a bare "Biden" later stays unresolved.
    const { article: later } = await app.ok('articles.create', { text: 'Biden said the economy grew by 2 percent in 2023.', language: 'en', title: 'Five' });
    expect((await app.ok('articles.get', { id: later.id })).claims[0]!.claimantId).toBeNull();
    // A stale version is refused; an unknown claim too; nothing changes.
    expect((await app.dispatch('claimants.assign', { claimId: claim.id, claimant: joe.id, expectedVersion: joe.version })).ok).toBe(false);
    expect((await app.dispatch('claimants.assign', { claimId: 'nope', claimant: joe.id })).ok).toBe(false);
    expect((await app.ok('claimants.history', { claimant: joe.id })).at(-1)).toMatchObject({ action: 'assigned', after: { claimId: claim.id, name: 'Biden' } });
    await app.ok('claimants.undo', { claimant: joe.id });
    expect((await app.ok('claims.get', { id: claim.id })).claimantId).toBeNull();
    expect((await named('Joe Biden')).claims).toBe(joe.claims);
  });
});
