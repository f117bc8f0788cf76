// The import preview shows the title saving will use (the text's first line, from import.preview),
// prefilled and editable, instead of an empty Title field.
import { expect, test } from './fixtures';
import { ImportDialogPage, textFile } from './pages/import';
import { WorkspacePage } from './pages/workspace.page';

const ARTICLE = `Ferry fares rise for the third time

The ferry company said on Monday that fares would rise by 8 percent in March.`;

test('a text file previews with its first line as the title, and saves with it', async ({ serve, openApp, page }) => {
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await openApp();
  const dialog = new ImportDialogPage(page);
  await dialog.open();
  await dialog.chooseFiles([textFile('ferry.txt', ARTICLE)]);
  await expect(dialog.field('Title')).toHaveValue('Ferry fares rise for the third time');
  await expect(dialog.field('Title')).toBeEditable();
  await page.screenshot({ path: 'test-results/import-title.png' });
  await dialog.save().click();
  await expect(dialog.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry fares rise for the third time' })).toBeVisible();
});

test('pasted text previews with the title saving would give it (from import.preview), and saves with it', async ({ serve, openApp, page }) => {
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await openApp();
  const dialog = new ImportDialogPage(page);
  await dialog.open();
  await dialog.tab('Paste text').click();
  await dialog.dialog.getByLabel('Article text').fill(`By Tess Example\nHarbour tolls fall for cyclists\n\nThe port authority said cyclists would pay 2 euros instead of 5 from April.`);
  await dialog.dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog.field('Title')).toHaveValue('Harbour tolls fall for cyclists');
  await expect(dialog.field('Title')).toBeEditable();
  await page.screenshot({ path: 'test-results/import-title-pasted.png' });
  await dialog.save().click();
  await expect(dialog.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour tolls fall for cyclists' })).toBeVisible();
});

test('the Paste article dialog shows the title saving would give while the text is typed or pasted, and saves with it', async ({ serve, openApp, page }) => {
  await WorkspacePage.withReviewer(serve.api);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.articlesPane.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  const title = dialog.getByLabel('Title');
  const text = dialog.getByLabel('Article text');
  await expect(title).toHaveValue('');
  // Focus starts in the text (what one pastes), not in the one-line Title.
  await expect(text).toBeFocused();

  // Typed, key by key: the title follows the first line (after a byline).
  await page.keyboard.type('Von Rike Beispiel\nSchwimmbad öffnet früher');
  await expect(title).toHaveValue('Schwimmbad öffnet früher');
  await page.keyboard.type(' als geplant\n\nDie Stadt teilte mit, das Bad öffne am 2. Mai statt am 1. Juni.');
  await expect(title).toHaveValue('Schwimmbad öffnet früher als geplant');
  await page.screenshot({ path: 'test-results/paste-title-typed.png' });

  // Pasted over it (a paste is one input event): the title is the new text's.
  await text.fill('Harbour ferry adds a night crossing\n\nThe operator said a ferry would leave at 23:30 from May.');
  await expect(title).toHaveValue('Harbour ferry adds a night crossing');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await ws.waitForArticle('Harbour ferry adds a night crossing');
});

test('a title typed in the Paste article dialog wins over the suggestion, and clearing it brings the suggestion back', async ({ serve, openApp, page }) => {
  await WorkspacePage.withReviewer(serve.api);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.articlesPane.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  const title = dialog.getByLabel('Title');
  await dialog.getByLabel('Article text').fill('Library extends its hours\n\nThe library will open until 22:00 on weekdays.');
  await expect(title).toHaveValue('Library extends its hours');
  await title.fill('');
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('placeholder', 'Library extends its hours');
  await title.fill('Longer library hours');
  // More text does not overwrite a title of one's own.
  await dialog.getByLabel('Article text').fill('Library extends its hours again\n\nThe library will open until 23:00 on weekdays.');
  await expect(title).toHaveAttribute('placeholder', 'Library extends its hours again');
  await expect(title).toHaveValue('Longer library hours');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await ws.waitForArticle('Longer library hours');
});
