import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { openSample, seedArticle } from './pages/seed';

test('clicking a highlight selects its claim; selecting a claim elsewhere scrolls its passage into view', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);

  const third = claims[2]!;
  await ws.highlight(third.id).click();
  await expect(ws.quote()).toHaveText(third.text);
  await expect(ws.highlight(third.id)).toHaveClass(/is-selected/);
  await expect(ws.selectedOption()).toHaveAttribute('aria-posinset', '3');

  const last = claims.at(-1)!;
  await expect(ws.highlight(last.id)).not.toBeInViewport();
  await ws.claimsList.focus();
  await page.keyboard.press('End');
  await expect(ws.quote()).toHaveText(last.text);
  await expect(ws.highlight(last.id)).toBeInViewport();
  await expect(ws.highlight(last.id)).toHaveClass(/is-selected/);
  // Only the selected claim's runs carry the selected class.
  await expect(ws.text.locator('.is-selected')).toHaveCount(await ws.text.locator(`[data-claims~="${last.id}"]`).count());
});

const TEXT = [
  'Harbour town notes.',
  'The mayor said the new ferry carried 120,000 passengers in 2023. The weather stayed mild all week.',
  'Critics said the ferry lost 3 million euros last year.',
].join('\n');

test('adding a claim from a text selection, then adjusting its span', async ({ page, serve, openApp }) => {
  const { article, claims } = await seedArticle(serve.api, TEXT, 'Harbour');
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle('Harbour');

  const phrase = 'The weather stayed mild all week';
  const start = article.text.indexOf(phrase);
  await ws.selectTextRange(start, start + phrase.length);
  await ws.centre.getByRole('button', { name: /Add as claim/ }).click();
  await expect(ws.quote()).toHaveText(phrase);
  await expect(ws.liveRegion).toHaveText('Claim added');
  const after = await serve.api('claims.list', { articleId: article.id });
  expect(after.total).toBe(claims.length + 1);
  const created = after.items.find((c) => c.text === phrase)!;
  expect(created).toMatchObject({ start, end: start + phrase.length, origin: 'manual' });
  await expect(ws.highlight(created.id)).toHaveText(phrase);
  await expect(ws.history().getByText('Added')).toBeVisible();

  // Nudge the end one character earlier: the quoted text follows the span.
  await ws.panel.getByRole('button', { name: 'End one character earlier' }).click();
  await expect(ws.quote()).toHaveText(phrase.slice(0, -1));
  await expect(ws.panel.getByText(`Characters ${start}–${start + phrase.length - 1}`)).toBeVisible();
  await ws.panel.getByRole('button', { name: 'End one character later' }).click();
  await expect(ws.quote()).toHaveText(phrase);
  // Two quick nudges are two characters: the second moves on from where the first left it.
  const earlier = ws.panel.getByRole('button', { name: 'End one character earlier' });
  await earlier.click();
  await earlier.click();
  await expect(ws.quote()).toHaveText(phrase.slice(0, -2));
  expect(await serve.api('claims.get', { id: created.id })).toMatchObject({ end: start + phrase.length - 2 });
  await ws.panel.getByRole('button', { name: 'End one character later' }).click();
  await ws.panel.getByRole('button', { name: 'End one character later' }).click();
  await expect(ws.quote()).toHaveText(phrase);

  // Set the span to a new selection.
  const wider = 'The weather stayed mild all week.';
  await ws.selectTextRange(start, start + wider.length);
  await ws.panel.getByRole('button', { name: 'Set span to selection' }).click();
  await expect(ws.quote()).toHaveText(wider);
  expect(await serve.api('claims.get', { id: created.id })).toMatchObject({ start, end: start + wider.length, text: wider, edited: true });
  await expect(ws.history().getByText('Edited').first()).toBeVisible();

  // The key `a` adds the selection too, and an overlapping manual claim renders without breaking the text.
  const inner = 'stayed mild';
  const innerStart = article.text.indexOf(inner);
  await ws.selectTextRange(innerStart, innerStart + inner.length);
  await page.keyboard.press('a');
  await expect(ws.quote()).toHaveText(inner);
  await expect(ws.text.locator('.hl-overlap').filter({ hasText: /^stayed mild$/ })).toHaveCount(1);
  await expect(ws.text.locator('.hl-overlap.is-selected')).toHaveText(inner);
  await expect(ws.text).toContainText('The mayor said the new ferry carried 120,000 passengers in 2023. The weather stayed mild all week.');
});
