// `claimdesk list --json` prints articleSummariesJson: on SQLite the database writes that document
// itself. It must be byte for byte what JSON.stringify gives for listArticleSummaries, whatever
// the titles hold, with every count, without the trash, and for an empty desk.
import { afterEach, expect, it } from 'vitest';
import { articleSummariesJson, listArticleSummaries } from '../../src/main/core/store/article.repository';
import { describeDatabases } from '../helpers/databases';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const TITLES = [
  'Plain title',
  'Quotes " and \\ backslashes \\" mixed',
  'Tab\there, new\nline, return\r, form\ffeed, backspace\b',
  'Controls \u0001\u0007\u001f and DEL \u007f',
  'Separators \u2028 and \u2029 and </script>',
  'Umlaute äöü ß, Emoji 🧪👩🏽‍🔬, Arabic مرحبا, a flag 🇩🇪',
];

/** A paragraph of our own, different per article (the same text twice is one article). */
const text = (i: number) =>
  `Die Zahl der Pendler in Kreis ${i} stieg im Jahr 2024 um ${i + 3} Prozent. Die Mieten in Kreis ${i} lagen bei ${i + 9} Euro je Quadratmeter. Der Landrat von Kreis ${i} sagte, die Schulden seien um ${i + 1} Millionen Euro gesunken.`;

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function expectSameDocument(app: TestApp): Promise<void> {
  const db = app.context.store.db;
  const expected = JSON.stringify({ articles: await listArticleSummaries(db) }, null, 2);
  const actual = await articleSummariesJson(db);
  expect(actual.toString('utf8')).toBe(expected);
  expect(actual.equals(Buffer.from(expected))).toBe(true);
}

describeDatabases('the article list as one JSON document', (database) => {
  it('is what JSON.stringify gives for an empty desk', async () => {
    const app = await openTestApp({ database });
    apps.push(app);
    await expectSameDocument(app);
  });

  it('is what JSON.stringify gives for hostile titles, every verdict count, nulls, and without the trash', async () => {
    const app = await openTestApp({ database });
    apps.push(app);
    const ids: string[] = [];
    for (const [i, title] of TITLES.entries()) {
      const { article } = await app.ok('articles.create', { text: text(i), title, url: i % 2 ? `https://example.org/${i}` : null, publisher: i % 3 ? `Verlag ${i}` : null });
      ids.push(article.id);
    }
    // Reviews of every kind on the first article, so its counts differ from claimCount.
    const { claims } = await app.ok('articles.get', { id: ids[0]! });
    expect(claims.length).toBeGreaterThanOrEqual(3);
    const verdicts = ['verified', 'disputed', 'inconclusive'] as const;
    for (const [i, verdict] of verdicts.entries()) {
      const claim = claims[i]!;
      const { claim: withSource } = await app.ok('sources.add', { claimId: claim.id, expectedVersion: claim.version, url: `https://example.org/source-${i}` });
      await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: withSource.version, verdict });
    }
    await app.ok('articles.delete', { id: ids[1]! });

    const listed = await listArticleSummaries(app.context.store.db);
    expect(listed.map((a) => a.id)).not.toContain(ids[1]);
    // The titles are stored as given, so the document is tested with every one of them.
    expect(new Set(listed.map((a) => a.title))).toEqual(new Set(TITLES.filter((_, i) => i !== 1)));
    expect(listed.find((a) => a.id === ids[0])?.counts).toMatchObject({ verified: 1, disputed: 1, inconclusive: 1 });
    await expectSameDocument(app);
  });
});
