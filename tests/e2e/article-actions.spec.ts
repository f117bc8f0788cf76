// Articles are the reviewer's to fix: Edit details, Re-extract and Delete in the article header,
// from the keyboard too; a trash that undoes, restores and empties.
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openSample } from './pages/seed';

// Screenshots for the change notes: CLAIMDESK_SCREENS=DIR keeps them (Playwright empties test-results).
const SCREENS = process.env.CLAIMDESK_SCREENS ?? path.join(os.tmpdir(), 'claimdesk-screens');

test('edits the article details from the header and from the keyboard, and refuses a bad URL', async ({ page, serve, openApp }) => {
  const { article, ws } = await openSample(page, serve, openApp);
  const header = ws.centre.getByRole('group', { name: 'Article actions' });
  await expect(header.getByRole('button')).toHaveText(['Edit details', 'Re-extract', 'Export', 'Delete']);
  await page.screenshot({ path: path.join(SCREENS, 'header-actions.png'), clip: { x: 0, y: 0, width: 1440, height: 260 } });

  // The shortcuts dialog lists the article keys and n.
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const [key, text] of [
    ['n', 'Next unreviewed claim'],
    ['Shift+E', 'Edit the article’s details'],
    ['Shift+R', 'Re-extract the article’s claims'],
    ['Shift+D', 'Delete the article (to the trash, with Undo)'],
  ] as const) {
    await expect(shortcuts.locator('dl > div').filter({ has: page.locator('kbd', { hasText: new RegExp(`^${key.replace('+', '\\+')}$`) }) })).toContainText(text);
  }
  await page.keyboard.press('Escape');

  await page.keyboard.press('Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Edit article details' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByLabel('Title')).toHaveValue(article.title);
  await dialog.getByLabel('Outlet').fill('Tagesspiegel');
  await dialog.getByLabel('Author').fill('Katrin Albers');
  await dialog.getByLabel('Published').fill('2025-03-12');
  await dialog.getByLabel('URL').fill('javascript:alert(1)');
  await page.screenshot({ path: path.join(SCREENS, 'edit-details-dialog.png') });
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByText('Only http:// and https:// addresses can be stored.')).toBeVisible();
  expect((await serve.api('articles.get', { id: article.id })).author).toBeNull();

  await dialog.getByLabel('URL').fill('https://www.tagesspiegel.de/putin-xi');
  await dialog.getByLabel('Author').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(ws.centre.locator('.article-meta')).toContainText('Tagesspiegel');
  await expect(ws.centre.locator('.article-meta')).toContainText('Katrin Albers');
  await expect(ws.centre.locator('.article-meta')).toContainText('12 Mar 2025');
  await expect(ws.centre.getByRole('link', { name: /Original/ })).toHaveAttribute('href', 'https://www.tagesspiegel.de/putin-xi');
  expect(await serve.api('articles.get', { id: article.id })).toMatchObject({
    publisher: 'Tagesspiegel',
    author: 'Katrin Albers',
    publishedAt: '2025-03-12',
    url: 'https://www.tagesspiegel.de/putin-xi',
    title: article.title,
  });
  await expect(ws.articlesPane.getByRole('button', { name: /Putin und Xi/ })).toContainText('Tagesspiegel');
});

test('re-extracts from the header, keeps the reviewed claim, and lists what it added and removed', async ({ page, serve, openApp }) => {
  const { article, claims, ws } = await openSample(page, serve, openApp);
  const reviewed = claims[0]!;
  await serve.api('claims.setVerdict', { id: reviewed.id, expectedVersion: reviewed.version, verdict: 'inconclusive', rationale: 'Unklar' });
  // As if an older extractor had missed one claim.
  const missed = claims[3]!;
  serve.app.store.sqlite.prepare('delete from claims where id = ?').run(missed.id);

  await ws.centre.getByRole('button', { name: 'Re-extract' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-extract claims' });
  await expect(dialog).toContainText('Every claim you or a colleague reviewed');
  await dialog.getByRole('button', { name: 'Re-extract' }).click();
  await expect(dialog.getByTestId('reextract-summary')).toHaveText('1 added, 0 removed, 0 updated; 1 reviewed or edited claim kept as it was.');
  await expect(dialog.getByRole('region').or(dialog.locator('.reextract-list')).first()).toContainText(missed.text);
  await expect(ws.liveRegion).toHaveText(/1 added, 0 removed/);
  await page.screenshot({ path: path.join(SCREENS, 'reextract-summary.png') });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(ws.option(missed.text)).toHaveCount(1);
  expect(await serve.api('claims.get', { id: reviewed.id })).toMatchObject({ verdict: 'inconclusive', rationale: 'Unklar' });

  // Again from the keyboard: nothing left to change.
  await page.keyboard.press('Shift+R');
  await dialog.getByRole('button', { name: 'Re-extract' }).click();
  await expect(dialog.getByTestId('reextract-summary')).toHaveText(/^Nothing changed/);
  await page.keyboard.press('Escape');
  expect((await serve.api('articles.get', { id: article.id })).claims).toHaveLength(claims.length);
});

test('deletes to the trash: undo from the toast, restore from the Trash view, empty the trash with a confirmation', async ({ page, serve, openApp }) => {
  const { article, claims, ws } = await openSample(page, serve, openApp);
  const { claim: sourced } = await serve.api('sources.add', { claimId: claims[0]!.id, url: 'https://example.org/beleg' });
  await serve.api('claims.setVerdict', { id: sourced.id, expectedVersion: sourced.version, verdict: 'verified' });
  const other = await serve.api('articles.create', { title: 'Second article', text: 'The council approved a budget of 12 million euros on Monday.', language: 'en' });
  const articleButton = ws.articlesPane.getByRole('button', { name: /Putin und Xi/ });
  await articleButton.click();
  await ws.waitForArticle(/Putin und Xi/);

  // Shift+D: to the trash, the next article opens, the toast offers Undo; Ctrl+Z undoes.
  await page.keyboard.press('Shift+D');
  const toast = page.getByRole('status').filter({ hasText: 'moved to the trash' });
  await expect(toast).toContainText(`“${article.title}” moved to the trash`);
  await expect(articleButton).toHaveCount(0);
  await ws.waitForArticle('Second article');
  expect((await serve.api('search', { query: 'Putin' })).hits).toEqual([]);
  await page.keyboard.press('Control+z');
  await ws.waitForArticle(/Putin und Xi/);
  await expect(articleButton).toHaveCount(1);
  expect((await serve.api('claims.get', { id: sourced.id })).verdict).toBe('verified');

  // The Delete button, then the Trash view.
  await ws.centre.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(articleButton).toHaveCount(0);
  await serve.api('articles.delete', { id: other.article.id });
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash.locator('.trash-row')).toHaveCount(2);
  const row = trash.locator('.trash-row').filter({ hasText: article.title });
  await expect(row).toContainText(`${claims.length} claims · 1 reviewed`);
  await expect(row).toContainText(/Deleted \d+ \w+ \d{4} · deleted for good on/);
  await page.screenshot({ path: path.join(SCREENS, 'trash.png') });

  await trash.getByRole('button', { name: `Restore “${article.title}”` }).click();
  await ws.waitForArticle(/Putin und Xi/);
  expect((await serve.api('articles.get', { id: article.id })).claims.find((c) => c.id === sourced.id)).toMatchObject({ verdict: 'verified', sources: [{ url: 'https://example.org/beleg' }] });

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Trash' }).click();
  await expect(trash.locator('.trash-row')).toHaveCount(1);
  await trash.getByRole('button', { name: 'Empty trash…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(confirm).toContainText('will be deleted for good');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await expect(trash.getByRole('button', { name: 'Empty trash…' })).toBeDisabled();
  expect(await serve.api('articles.listTrash', {})).toEqual([]);
  expect((await serve.api('articles.list', {})).map((a) => a.id)).toEqual([article.id]);
  // `/` searches from the Trash too.
  await page.keyboard.press('/');
  await expect(ws.articlesPane.getByRole('searchbox')).toBeFocused();
});
