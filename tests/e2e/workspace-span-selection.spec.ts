// "Set span to selection" after a triple-click: the browser selects the paragraph with the
// paragraph break after it, and the claim took the break into its span and its quoted text
// (found on a reviewer's day in session 21). The page sends the raw selection; claims.update trims
// it on the server as claims.create does, only at the ends (a nudge onto a space stays the reviewer's choice).
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedArticle } from './pages/seed';

const FIRST = 'Harbour town notes.';
const SECOND = 'The mayor said the new ferry carried 120,000 passengers in 2023. The weather stayed mild all week.';
const THIRD = 'Critics said the ferry lost 3 million euros last year.';
const TEXT = [FIRST, SECOND, THIRD].join('\n\n');

test('a triple-clicked paragraph sets the span to the paragraph without the break after it', async ({ page, serve, openApp }) => {
  const { article } = await seedArticle(serve.api, TEXT, 'Harbour');
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle('Harbour');

  const paragraph = ws.text.locator('p').filter({ hasText: 'The mayor said' }).first();
  await paragraph.getByText('The weather stayed').click();
  await expect(ws.quote()).toContainText('weather');
  const selected = (await serve.api('articles.get', { id: article.id })).claims.find((c) => c.text.includes('weather'))!;

  await paragraph.click({ clickCount: 3 });
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toMatch(/\n$/);
  await ws.panel.getByRole('button', { name: 'Set span to selection' }).click();

  const start = article.text.indexOf(SECOND);
  await expect(ws.panel.getByText(`Characters ${start}–${start + SECOND.length}`)).toBeVisible();
  await expect(ws.quote()).toHaveText(SECOND);
  await page.screenshot({ path: 'test-results/span-selection.png' });
  expect(await serve.api('claims.get', { id: selected.id })).toMatchObject({ start, end: start + SECOND.length, text: SECOND });
});
