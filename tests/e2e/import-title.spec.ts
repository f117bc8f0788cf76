// The import preview shows the title saving will use (the text's first line, from import.preview),
// prefilled and editable, instead of an empty Title field.
import { expect, test } from './fixtures';
import { ImportDialogPage, textFile } from './pages/import';

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
