// Saving an article that the API refuses (a publication year typed with five digits, which the
// date field takes) is said in words, under the field, with its label, as Settings says it: never
// the API's "Invalid input. publishedAt: …" (the import dialog showed that sentence, then
// "publishedAt: " and the same message again). Nothing typed is lost, and the article saves once
// the field is mended.
import { expect, test } from './fixtures';
import { ImportDialogPage, textFile } from './pages/import';
import { WorkspacePage } from './pages/workspace.page';

const ARTICLE = `Night buses return to the valley

The transport board said on Tuesday that two night buses would run again from June.`;
const SENTENCE = '“Published” cannot be saved as it is. Check it and save again.';

test('import dialog: a refused date is said under the field in words, and saves once mended', async ({ serve, openApp, page }) => {
  await WorkspacePage.withReviewer(serve.api);
  await openApp();
  const dialog = new ImportDialogPage(page);
  await dialog.open();
  await dialog.chooseFiles([textFile('buses.txt', ARTICLE)]);
  await dialog.field('Author').fill('Rea Example');
  // Day, month, year typed into the date field: its year takes a fifth and sixth digit.
  await dialog.field('Published').focus();
  await page.keyboard.type('0101202611');
  await dialog.save().click();

  await expect(dialog.dialog.getByRole('alert')).toHaveText([SENTENCE]);
  await expect(dialog.field('Published')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.field('Published')).toHaveAccessibleDescription(SENTENCE);
  await expect(dialog.field('Published')).toBeFocused();
  await expect(dialog.dialog).not.toContainText('Invalid input');
  await expect(dialog.dialog).not.toContainText('publishedAt');
  await expect(dialog.field('Published')).toHaveValue('202611-01-01');
  await expect(dialog.field('Title')).toHaveValue('Night buses return to the valley');
  await expect(dialog.field('Author')).toHaveValue('Rea Example');
  expect(await serve.api('articles.list', {})).toHaveLength(0);

  // Editing the field takes its sentence away; then it saves.
  await dialog.field('Published').fill('2026-06-02');
  await expect(dialog.dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.field('Published')).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.save().click();
  await expect(dialog.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Night buses return to the valley' })).toBeVisible();
  expect((await serve.api('articles.list', {}))[0]).toMatchObject({ publishedAt: '2026-06-02', author: 'Rea Example' });
});

test('Paste article dialog in German: a refused date is said in German with its label', async ({ serve, openApp, page }) => {
  await WorkspacePage.withReviewer(serve.api);
  await serve.api('settings.set', { uiLanguage: 'de' });
  await openApp();
  await new WorkspacePage(page).articlesPane.getByRole('button', { name: 'Artikel einfügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Artikel einfügen' });
  await dialog.getByLabel('Artikeltext').fill('Die Fähre fährt wieder\n\nDer Betreiber teilte mit, die Fähre fahre ab Mai wieder stündlich.');
  await dialog.getByLabel('Veröffentlicht').focus();
  await page.keyboard.type('0101202611');
  await dialog.getByRole('button', { name: 'Artikel hinzufügen' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('„Veröffentlicht“ kann so nicht gespeichert werden. Bitte prüfen und erneut speichern.');
  await expect(dialog).not.toContainText('Invalid input');
  await expect(dialog.getByLabel('Artikeltext')).toHaveValue(/Die Fähre fährt wieder/);
});
