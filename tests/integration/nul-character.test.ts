// A NUL character (U+0000) in what a client sends: a pasted article, a title, a claimant, a
// rationale. PostgreSQL cannot store it in text, so on a team server each of these was an
// "internal" error ("Something went wrong") while SQLite stored it. Dispatch now makes it
// U+FFFD, one unit for one as it does a lone surrogate, so offsets stay true on both stores.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

describeDatabases('a NUL character in the input', (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ database });
  });
  afterAll(async () => {
    await app.close();
  });

  it('is stored as U+FFFD in an article, its title, a claimant and a rationale; offsets index the stored text', async () => {
    const text = 'Die Miete stieg um 9\u0000Prozent, sagte Anna Beispiel.\u0007 Der Senat widersprach am Montag.';
    const created = await app.ok('articles.create', { text, title: 'Mieten\u0000spiegel' });
    expect(created.article.title).toBe('Mieten\uFFFDspiegel');
    const article = await app.ok('articles.get', { id: created.article.id });
    expect(article.text).toBe(text.replace('\u0000', '\uFFFD'));
    expect(article.claims.length).toBeGreaterThan(0);
    for (const c of article.claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);

    const claim = article.claims[0]!;
    const renamed = await app.ok('claims.update', { id: claim.id, expectedVersion: claim.version, claimant: 'Anna\u0000Beispiel' });
    expect(renamed.claimant).toBe('Anna\uFFFDBeispiel');
    const judged = await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: renamed.version, verdict: 'inconclusive', rationale: 'Keine\u0000Quelle.' });
    expect(judged.rationale).toBe('Keine\uFFFDQuelle.');
    const hits = await app.ok('search', { query: 'Miete\u0000' });
    expect(hits.hits.length).toBeGreaterThan(0);
  });
});
