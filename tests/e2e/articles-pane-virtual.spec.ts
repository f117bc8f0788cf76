// The workspace's article list with 10,000 articles: virtualised (a few rows in the DOM, not
// 10,000), reachable end to end from the keyboard, the right titles after scrolling, the open
// article scrolled into view.
import { seedClaims } from '../../bench/ui';
import { expect, test } from './fixtures';

const ARTICLES = 10_000;

test('10,000 articles: few rows in the DOM, Home/End and arrows reach and open the first and last', async ({ serve, openApp, page }) => {
  test.setTimeout(180_000);
  seedClaims(serve.app.store.sqlite, ARTICLES, ARTICLES);
  await serve.api('settings.set', { reviewerName: 'Tess' });
  const list = await serve.api('articles.list', {});
  expect(list).toHaveLength(ARTICLES);
  const title = (i: number) => list[i]!.title;
  await page.setViewportSize({ width: 1360, height: 900 });
  await openApp();

  const nav = page.getByRole('navigation', { name: 'Articles' });
  const rows = nav.locator('.article-list > li');
  await expect(nav.locator('.article-list')).toHaveAttribute('data-count', String(ARTICLES), { timeout: 60_000 });
  await expect(rows.first()).toBeVisible();
  // A window of rows, not the desk: well under 100 list items in the DOM.
  expect(await rows.count()).toBeLessThan(100);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(ARTICLES));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  // End reaches the last article (focused, in view, numbered), Enter opens it.
  const firstButton = nav.getByRole('button', { name: new RegExp(`^${title(0)}\\b`) });
  await firstButton.focus();
  await page.keyboard.press('End');
  const lastButton = nav.getByRole('button', { name: new RegExp(`^${title(ARTICLES - 1)}\\b`) });
  await expect(lastButton).toBeFocused();
  await expect(lastButton).toBeInViewport();
  await expect(nav.locator(`li[aria-posinset="${ARTICLES}"]`)).toContainText(title(ARTICLES - 1));
  expect(await rows.count()).toBeLessThan(100);
  await page.keyboard.press('Enter');
  await expect(lastButton).toHaveAttribute('aria-current', 'true');

  // ArrowUp goes to the one before; Home back to the first, which Enter opens.
  await page.keyboard.press('ArrowUp');
  await expect(nav.getByRole('button', { name: new RegExp(`^${title(ARTICLES - 2)}\\b`) })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(firstButton).toBeFocused();
  await expect(firstButton).toBeInViewport();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(nav.getByRole('button', { name: new RegExp(`^${title(2)}\\b`) })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(firstButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(firstButton).toHaveAttribute('aria-current', 'true');

  // Scrolled by hand to the middle: the rows there carry the titles at their positions.
  await nav.evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  await expect(async () => {
    const shown = await rows.evaluateAll((items) => items.map((li) => [Number(li.getAttribute('aria-posinset')), li.querySelector('.article-row-title')?.textContent ?? ''] as const));
    expect(shown.length).toBeLessThan(100);
    const middle = shown.filter(([pos]) => pos > ARTICLES / 3 && pos < (2 * ARTICLES) / 3);
    expect(middle.length).toBeGreaterThan(3);
    for (const [pos, text] of shown) expect(text).toBe(title(pos - 1));
  }).toPass({ timeout: 30_000 });
});

test('the open article is back in view after another view', async ({ serve, openApp, page }, testInfo) => {
  test.setTimeout(180_000);
  seedClaims(serve.app.store.sqlite, ARTICLES, ARTICLES);
  await serve.api('settings.set', { reviewerName: 'Tess' });
  const list = await serve.api('articles.list', {});
  await page.setViewportSize({ width: 1360, height: 900 });
  await openApp();
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.locator('.article-list')).toHaveAttribute('data-count', String(ARTICLES), { timeout: 60_000 });
  await nav.locator('.article-row').first().focus();
  await page.keyboard.press('End');
  await expect(nav.getByRole('button', { name: new RegExp(`^${list[ARTICLES - 1]!.title}\\b`) })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const open = nav.getByRole('button', { name: new RegExp(`^${list[ARTICLES - 2]!.title}\\b`) });
  // Enter acts on the focused row: the one ArrowUp moved to, once it has focus.
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-current', 'true');

  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Dashboard' }).click();
  await expect(nav).toHaveCount(0);
  await views.getByRole('button', { name: 'Workspace' }).click();
  await expect(open).toBeInViewport();
  await expect(open).toHaveAttribute('aria-current', 'true');
  expect(await nav.locator('.article-list > li').count()).toBeLessThan(100);
  // To look at: the list scrolled near its end, the open article marked.
  await page.screenshot({ path: testInfo.outputPath('articles-pane-10000.png') });
});
