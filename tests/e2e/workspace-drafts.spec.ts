// Drafts end when there is nothing left to save: after a delete, when the input is typed back
// to what is stored (in this article or another), and after a save. Input typed while a save
// is on its way is kept, and Ctrl+Enter during a save does not start a second one.
import type { Page } from '@playwright/test';
import { expect, test, type Serve } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { openSample, seedSample } from './pages/seed';

/** Tries to reload the page; true if the window asked first (the reload is then cancelled). */
async function asksBeforeLeaving(page: Page): Promise<boolean> {
  let asked = false;
  const onDialog = (dialog: import('@playwright/test').Dialog) => {
    if (dialog.type() === 'beforeunload') asked = true;
    void dialog.dismiss();
  };
  page.on('dialog', onDialog);
  await page.evaluate(() => window.location.reload()).catch(() => undefined);
  // Either the dialog came (and the reload was cancelled) or the page reloaded.
  await page.waitForLoadState('load');
  await page.waitForTimeout(700);
  page.off('dialog', onDialog);
  return asked;
}

/** The sample article open, its first claim selected. */
async function firstClaimSelected(page: Page, serve: Serve, openApp: (page?: Page) => Promise<Page>) {
  const { claims, ws } = await openSample(page, serve, openApp);
  const target = claims[0]!;
  await page.keyboard.press('j');
  await expect(ws.quote()).toHaveText(target.text);
  return { ws, target };
}

test('a draft ends with its claim: deleting a claim with unsaved input no longer asks before leaving', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  await page.keyboard.press('j');
  await ws.field('Rationale').fill('draft text');
  await expect(ws.option(claims[0]!.text.slice(0, 30)).locator('[data-draft]')).toBeVisible();
  // The check itself works: with the draft there, leaving asks.
  expect(await asksBeforeLeaving(page)).toBe(true);

  await ws.panel.getByRole('button', { name: 'Delete claim' }).click();
  await expect.poll(async () => (await serve.api('articles.get', { id: claims[0]!.articleId })).claims.some((c) => c.id === claims[0]!.id)).toBe(false);
  await expect(ws.claimsList.locator('[data-draft]')).toHaveCount(0);
  expect(await asksBeforeLeaving(page)).toBe(false);
});

test('input typed back to what is stored is no draft, also once another article is open', async ({ page, serve, openApp }) => {
  const { claims } = await seedSample(serve.api);
  await serve.api('articles.create', { title: 'Other', text: 'The deficit rose by 3 percent in 2024, the minister said.', language: 'en' });
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.articlesPane.getByText(/Putin und Xi/).first().click();
  await ws.waitForArticle(/Putin und Xi/);
  await page.keyboard.press('j');
  await expect(ws.quote()).toHaveText(claims[0]!.text);
  await ws.field('Rationale').fill('x');
  await ws.field('Rating label').fill('y');
  await ws.field('Rationale').fill('');
  await ws.field('Rating label').fill('');
  await expect(ws.claimsList.locator('[data-draft]')).toHaveCount(0);

  // In another article: the reverted input is gone, not counted as unsaved.
  await ws.articlesPane.getByText('Other', { exact: true }).first().click();
  await ws.waitForArticle('Other');
  expect(await asksBeforeLeaving(page)).toBe(false);

  // A real draft in another article still asks (and is still there when coming back).
  await ws.articlesPane.getByText(/Putin und Xi/).first().click();
  await ws.waitForArticle(/Putin und Xi/);
  await ws.selectByText(claims[1]!.text.slice(0, 30));
  await ws.field('Rationale').fill('Keep me.');
  await ws.articlesPane.getByText('Other', { exact: true }).first().click();
  await ws.waitForArticle('Other');
  expect(await asksBeforeLeaving(page)).toBe(true);
  await ws.articlesPane.getByText(/Putin und Xi/).first().click();
  await ws.waitForArticle(/Putin und Xi/);
  await ws.selectByText(claims[1]!.text.slice(0, 30));
  await expect(ws.field('Rationale')).toHaveValue('Keep me.');

  // Typed back to what is stored there too: nothing asks any more.
  await ws.field('Rationale').fill('');
  await ws.articlesPane.getByText('Other', { exact: true }).first().click();
  await ws.waitForArticle('Other');
  expect(await asksBeforeLeaving(page)).toBe(false);
});

test('text typed while a save is on its way is kept as a draft, and saved by the next save', async ({ page, serve, openApp }) => {
  const { ws, target } = await firstClaimSelected(page, serve, openApp);
  // The real request, held back a moment so there is time to type during the save.
  await page.route('**/api/claims.setVerdict', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await ws.field('Rationale').fill('First part.');
  await ws.field('Rating label').fill('Label');
  await page.keyboard.press('Control+Enter');
  await ws.field('Rationale').press('End');
  await page.keyboard.type(' Second part.');
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect(await serve.api('claims.get', { id: target.id })).toMatchObject({ rationale: 'First part.', ratingLabel: 'Label' });

  // What was typed after the save started is still there, and still unsaved.
  await expect(ws.field('Rationale')).toHaveValue('First part. Second part.');
  await expect(ws.field('Rating label')).toHaveValue('Label');
  await expect(ws.option(target.text.slice(0, 30)).locator('[data-draft]')).toBeVisible();
  await expect(ws.panel.getByText('Unsaved changes')).toBeVisible();

  await ws.field('Rationale').press('Control+Enter');
  await expect.poll(async () => (await serve.api('claims.get', { id: target.id })).rationale).toBe('First part. Second part.');
  await expect(ws.claimsList.locator('[data-draft]')).toHaveCount(0);
  expect(await asksBeforeLeaving(page)).toBe(false);
});

test('Ctrl+Enter pressed again while saving writes once', async ({ page, serve, openApp }) => {
  const { ws, target } = await firstClaimSelected(page, serve, openApp);
  let writes = 0;
  await page.route('**/api/claims.setVerdict', async (route) => {
    writes++;
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  await ws.field('Rationale').fill('Once.');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Control+Enter');
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(writes).toBe(1);
  // No conflict with ourselves, and the write is in the history once.
  await expect(ws.panel.getByRole('alert')).toHaveCount(0);
  const history = await serve.api('claims.history', { claimId: target.id });
  expect(history.filter((e) => e.action === 'verdict')).toHaveLength(1);
  expect(await serve.api('claims.get', { id: target.id })).toMatchObject({ rationale: 'Once.' });
});
