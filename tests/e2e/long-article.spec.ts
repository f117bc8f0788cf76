// Issue #16: the longest articles are kept (up to 2,000,000 characters, tens of thousands of
// claims). Their text renders only the paragraphs in and near view, so opening one and moving
// through it stay quick; every claim is still reachable from the keyboard, the list and the text.
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';

const SENTENCES = 4000;

/** About 400,000 characters: over the 300,000 above which the text is virtualised. */
function longText(): string {
  const lines: string[] = [];
  for (let i = 0; i < SENTENCES; i += 4) {
    lines.push(
      [0, 1, 2, 3]
        .map((k) => `In region ${i + k + 1} the ministry said spending on schools rose by ${((i + k) % 90) + 5} percent in 2024, according to figures it published on Monday.`)
        .join(' '),
    );
  }
  return lines.join('\n');
}

test('a very long article renders the paragraphs in view; j/k, the list and verdict keys reach every claim', async ({ page, serve, openApp }) => {
  test.setTimeout(180_000);
  await serve.api('settings.set', { reviewerName: 'Lena' });
  const text = longText();
  expect(text.length).toBeGreaterThan(300_000);
  const { article } = await serve.api('articles.create', { text, title: 'Schools, region by region', language: 'en' });
  const full = await serve.api('articles.get', { id: article.id });
  expect(full.claims.length).toBeGreaterThan(3000);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.articlesPane.getByRole('button', { name: /Schools, region by region/ }).click();
  await ws.waitForArticle('Schools, region by region');
  // The claims after the first page arrive by cursor in the background; End needs them all.
  await expect(page.getByTestId('claims-loading')).toBeHidden({ timeout: 60_000 });

  // Only a screenful or so of paragraphs is in the page, not thousands.
  const paragraphs = () => ws.text.locator('p').count();
  expect(await paragraphs()).toBeLessThan(60);
  expect((await ws.highlightedClaimIds()).length).toBeLessThan(400);

  // j from the first claim selects the next in the text and the list.
  const first = full.claims[0]!;
  await ws.highlight(first.id).click();
  await expect(ws.highlight(first.id)).toHaveClass(/is-selected/);
  await page.keyboard.press('j');
  await expect(ws.highlight(full.claims[1]!.id)).toHaveClass(/is-selected/);

  // End in the list goes to the last claim: its paragraph is brought in and it is shown selected.
  const last = full.claims[full.claims.length - 1]!;
  await ws.claimsList.focus();
  await page.keyboard.press('End');
  await expect(ws.highlight(last.id)).toHaveClass(/is-selected/);
  await expect(ws.highlight(last.id)).toBeInViewport();
  expect(await paragraphs()).toBeLessThan(60);
  await page.keyboard.press('i');
  await expect(ws.highlight(last.id)).toHaveClass(/hl-inconclusive/);
  await expect.poll(async () => (await serve.api('articles.get', { id: article.id, claimsOffset: full.claims.length - 1, claimsLimit: 1 })).claims[0]!.verdict).toBe('inconclusive');

  // k steps back across the paragraph boundary; Home goes back to the top.
  await page.keyboard.press('k');
  await expect(ws.highlight(full.claims[full.claims.length - 2]!.id)).toHaveClass(/is-selected/);
  await ws.claimsList.focus();
  await page.keyboard.press('Home');
  await expect(ws.highlight(first.id)).toHaveClass(/is-selected/);
  await expect(ws.highlight(first.id)).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/long-article-en.png' });
});

test('a long article opens with the first page of its claims; the rest come by cursor, and j, the list and the highlights reach them', async ({ page, serve, openApp }) => {
  test.setTimeout(180_000);
  await serve.api('settings.set', { reviewerName: 'Lena' });
  const text = longText();
  const { article } = await serve.api('articles.create', { text, title: 'Paged schools', language: 'en' });
  const full = await serve.api('articles.get', { id: article.id });
  const total = full.claims.length;
  expect(total).toBeGreaterThan(3000);
  const FIRST = 2500;

  // Hold the later pages until the first one has been looked at.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const pageRequests: Array<Record<string, unknown>> = [];
  const getRequests: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/articles.get')) getRequests.push(request.postDataJSON() as Record<string, unknown>);
  });
  await page.route('**/api/claims.page', async (route) => {
    pageRequests.push(route.request().postDataJSON() as Record<string, unknown>);
    await held;
    await route.continue();
  });

  await openApp();
  const ws = new WorkspacePage(page);
  await ws.articlesPane.getByRole('button', { name: /Paged schools/ }).click();
  await ws.waitForArticle('Paged schools');
  expect(getRequests.filter((r) => r.id === article.id).every((r) => r.claimsLimit === FIRST)).toBe(true);
  const loading = page.getByTestId('claims-loading');
  await expect(loading).toHaveText(`Reading claims… 2,500 of ${total.toLocaleString('en-US')}`);
  await expect.poll(() => pageRequests.length).toBe(1);
  expect(pageRequests[0]).toEqual({ articleId: article.id, limit: 5000, after: { start: full.claims[FIRST - 1]!.start, end: full.claims[FIRST - 1]!.end, id: full.claims[FIRST - 1]!.id } });

  // The first page is there: End in the list goes to its last claim, j past it says the rest is on its way.
  await ws.claimsList.focus();
  await page.keyboard.press('End');
  await expect(ws.highlight(full.claims[FIRST - 1]!.id)).toHaveClass(/is-selected/);
  await expect(ws.quote()).toHaveText(full.claims[FIRST - 1]!.text);
  await page.keyboard.press('j');
  await expect(page.getByRole('alert')).toContainText('still being read');
  await expect(ws.quote()).toHaveText(full.claims[FIRST - 1]!.text);
  expect(await ws.highlightedClaimIds()).not.toContain(full.claims[FIRST]!.id);
  await page.screenshot({ path: 'test-results/screenshots/long-article-paging.png' });

  // A verdict on a claim of the first page while the rest is on its way is kept when it arrives.
  await page.keyboard.press('i');
  await expect(ws.highlight(full.claims[FIRST - 1]!.id)).toHaveClass(/hl-inconclusive/);

  release();
  await expect(loading).toBeHidden({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: `Hide list (${total})` })).toBeVisible();
  await page.keyboard.press('j');
  await expect(ws.highlight(full.claims[FIRST]!.id)).toHaveClass(/is-selected/);
  await expect(ws.quote()).toHaveText(full.claims[FIRST]!.text);
  await expect(ws.highlight(full.claims[FIRST - 1]!.id)).toHaveClass(/hl-inconclusive/);
  await page.keyboard.press('k');
  await expect(ws.highlight(full.claims[FIRST - 1]!.id)).toHaveClass(/is-selected/);
  await ws.claimsList.focus();
  await page.keyboard.press('End');
  await expect(ws.highlight(full.claims[total - 1]!.id)).toHaveClass(/is-selected/);
  await expect(ws.highlight(full.claims[total - 1]!.id)).toBeInViewport();
  // The queue counts every claim: one inconclusive, the rest unreviewed.
  const filter = page.getByRole('group', { name: 'Show claims by verdict' });
  await expect(filter).toContainText(String(total - 1));
});
