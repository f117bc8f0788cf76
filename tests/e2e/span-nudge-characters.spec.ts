// The span's one-character nudges ("Start one character earlier", "End one character later")
// moved an end by one UTF-16 unit. Beside an emoji (two units) that lands between its halves,
// which claims.update refuses ("falls inside a character"), and pressing again asked for the same
// offset: the span could not get past the emoji at all. Beside a letter with a combining mark or
// a flag it cut the character the reviewer sees in two. One press now moves over one character as
// the reader sees it.
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedArticle } from './pages/seed';

const CLAIM = 'The ferry carried 120,000 passengers in 2023';
const TEXT = `Harbour notes.\n\n🚢${CLAIM}🇩🇪 and the q\u0308 buoy stayed lit.`;

test('a nudge moves the span over a whole emoji, flag or accented letter, never into one', async ({ page, serve, openApp }) => {
  test.setTimeout(90_000);
  const { article, claims } = await seedArticle(serve.api, TEXT, 'Harbour');
  // Only the reviewer's own claim, so a click on its highlight can only mean it.
  for (const extracted of claims) await serve.api('claims.delete', { id: extracted.id });
  const start = article.text.indexOf(CLAIM);
  const end = start + CLAIM.length;
  const claim = await serve.api('claims.create', { articleId: article.id, start, end });
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle('Harbour');
  await ws.highlight(claim.id).click();
  await expect(ws.panel.getByText(`Characters ${start}–${end}`)).toBeVisible();

  // The ship emoji before the span is two UTF-16 units, the flag after it four.
  await ws.panel.getByRole('button', { name: 'Start one character earlier' }).click();
  await expect(ws.panel.getByText(`Characters ${start - 2}–${end}`)).toBeVisible();
  await ws.panel.getByRole('button', { name: 'End one character later' }).click();
  await expect(ws.panel.getByText(`Characters ${start - 2}–${end + 4}`)).toBeVisible();
  await expect(ws.quote()).toHaveText(`🚢${CLAIM}🇩🇪`);
  await ws.panel.getByRole('button', { name: 'End one character earlier' }).click();
  await ws.panel.getByRole('button', { name: 'Start one character later' }).click();
  await expect(ws.panel.getByText(`Characters ${start}–${end}`)).toBeVisible();
  await expect(ws.panel.getByRole('alert')).toHaveCount(0);

  // A q with a combining diaeresis (no precomposed form, so it stays two units when stored): the end steps over both.
  const cafe = article.text.indexOf('q\u0308') + 'q\u0308'.length;
  await serve.api('claims.update', { id: claim.id, expectedVersion: (await serve.api('claims.get', { id: claim.id })).version, end: cafe - 2, exactSpan: true });
  await page.reload();
  await ws.waitForArticle('Harbour');
  await ws.highlight(claim.id).click();
  await expect(ws.panel.getByText(`Characters ${start}–${cafe - 2}`)).toBeVisible();
  await ws.panel.getByRole('button', { name: 'End one character later' }).click();
  await expect(ws.panel.getByText(`Characters ${start}–${cafe}`)).toBeVisible();
  expect(await serve.api('claims.get', { id: claim.id })).toMatchObject({ start, end: cafe });
});
