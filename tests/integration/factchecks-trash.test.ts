// The fact-check library holds the desk's own reviewed claims beside imported fact-checks. An
// article in the trash "leaves every list, search and report until articles.restore", but its
// reviewed claims stayed in the library: factchecks.list still listed them, factchecks.match
// offered them as earlier checks of a new claim (pointing at an article that no longer opens),
// and factchecks.flagClaims marked new claims "checked before" on their strength. Restored, the
// article's reviews must be back in the library.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const REVIEWED = 'Harbour Commissioner Lena Stroud said container traffic through the port rose by 18 percent in 2025.';
const LATER = 'Container traffic through the port rose by 18 percent in 2025, the harbour commissioner told the council on Friday.';

describeDatabases('the desk reviews of an article in the trash', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ database });
  });
  afterAll(async () => {
    await app.close();
  });

  it('leave the fact-check library, its matches and its flags while the article is in the trash, and come back with it', async () => {
    const { article } = await app.ok('articles.create', { text: REVIEWED, title: 'Port figures', language: 'en' });
    const reviewed = (await app.ok('articles.get', { id: article.id })).claims[0]!;
    const { claim } = await app.ok('sources.add', { claimId: reviewed.id, url: 'https://port.example.org/statistics-2025' });
    await app.ok('claims.setVerdict', { id: reviewed.id, expectedVersion: claim.version, verdict: 'disputed', rationale: 'The port statistics say 8 percent.' });
    const { article: later } = await app.ok('articles.create', { text: LATER, title: 'Council meeting', language: 'en' });
    const laterClaim = (await app.ok('articles.get', { id: later.id })).claims[0]!;

    const deskIds = async () => (await app.ok('factchecks.list', { origin: 'desk' })).items.map((f) => f.claimId);
    const matchedIds = async () => (await app.ok('factchecks.match', { claimId: laterClaim.id })).matches.map((m) => m.claimId);
    const flagged = async () => (await app.ok('factchecks.flagClaims', {})).checked.map((c) => c.claimId);
    const checkedBefore = async () => (await app.ok('claims.list', { checkedBefore: true })).items.map((c) => c.id);

    expect(await deskIds()).toEqual([reviewed.id]);
    expect(await matchedIds()).toEqual([reviewed.id]);
    expect(await flagged()).toEqual([laterClaim.id]);
    expect(await checkedBefore()).toEqual([laterClaim.id]);

    await app.ok('articles.delete', { id: article.id });
    expect(await deskIds()).toEqual([]);
    expect(await matchedIds()).toEqual([]);
    expect(await flagged()).toEqual([]);
    expect(await checkedBefore()).toEqual([]);

    await app.ok('articles.restore', { id: article.id });
    expect(await deskIds()).toEqual([reviewed.id]);
    expect(await matchedIds()).toEqual([reviewed.id]);
    expect(await flagged()).toEqual([laterClaim.id]);
    expect(await checkedBefore()).toEqual([laterClaim.id]);
  });
});
