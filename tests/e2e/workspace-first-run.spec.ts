import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';

test('first run asks for the reviewer name once, stores it, and the sample opens', async ({ page, serve, openApp }) => {
  await openApp();
  const dialog = page.getByRole('dialog', { name: 'Welcome to Claimdesk' });
  await expect(dialog).toBeVisible();
  // Empty name is refused inline.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Please enter your name.');
  await dialog.getByLabel('Your name (reviewer)').fill('Rita Reviewer');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await serve.api('settings.get', {})).reviewerName).toBe('Rita Reviewer');
  await expect(page.getByText('Reviewer: Rita Reviewer')).toBeVisible();

  // No articles: the empty state offers the sample and pasting.
  const ws = new WorkspacePage(page);
  await expect(ws.centre.getByRole('button', { name: 'Paste an article' })).toBeVisible();
  await ws.centre.getByRole('button', { name: 'Open the sample article' }).click();
  await ws.waitForArticle(/Putin und Xi/);
  await expect(ws.articlesPane.getByRole('button', { name: /Putin und Xi/ })).toHaveAttribute('aria-current', 'true');
  const count = (await serve.api('articles.list', {}))[0]!.claimCount;
  expect(count).toBeGreaterThan(3);
  // The list is virtualised: it says how many claims it holds; every claim has a highlight.
  await expect(ws.claimsList.getByRole('option').first()).toHaveAttribute('aria-setsize', String(count));
  expect(await ws.highlightedClaimIds()).toHaveLength(count);

  // Asked once: after a reload the name is known and the dialog stays closed.
  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('pasting an article creates it; pasting it again says it is a duplicate and opens it', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita' });
  await openApp();
  const ws = new WorkspacePage(page);
  const text = 'The minister said unemployment fell by 12 percent last year. Critics said the figure ignores part-time work.';
  for (const round of [1, 2]) {
    await ws.articlesPane.getByRole('button', { name: 'Paste article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste an article' });
    await dialog.getByLabel('Title').fill('Jobs report');
    await dialog.getByLabel('URL').fill('javascript:alert(1)');
    await expect(dialog.getByText('Only http:// and https:// links can be sources.')).toBeVisible();
    await dialog.getByLabel('URL').fill('https://example.org/jobs');
    await dialog.getByLabel('Article text').fill(text);
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await expect(dialog).toBeHidden();
    await ws.waitForArticle('Jobs report');
    if (round === 2) await expect(page.getByRole('alert').filter({ hasText: 'already in Claimdesk' })).toBeVisible();
  }
  expect(await serve.api('articles.list', {})).toHaveLength(1);
});
