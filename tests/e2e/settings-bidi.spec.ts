// A bidi override typed or pasted into the organisation or reviewer name is refused where it is
// saved, with a message that names it; the dialog stays open with every field as typed, and the
// stored settings are unchanged (the service test covers every report format).
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedSample } from './pages/seed';

test('Settings: a name with a bidi override is refused in words, and nothing typed is lost', async ({ page, serve, openApp }) => {
  await seedSample(serve.api, 'Anna');
  await openApp();
  await new WorkspacePage(page).waitForArticle(/Putin und Xi/);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Organisation', { exact: true }).fill('Harbour\u202E Checks');
  await dialog.getByLabel('Organisation URL').fill('https://checks.example.org');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('The organisation name may not contain bidi control characters (U+202E)');
  await expect(dialog.getByLabel('Organisation', { exact: true })).toHaveValue('Harbour\u202E Checks');
  await expect(dialog.getByLabel('Organisation URL')).toHaveValue('https://checks.example.org');
  expect(await serve.api('settings.get', {})).toMatchObject({ organisationName: null, organisationUrl: null, reviewerName: 'Anna' });
  // Without the override it saves.
  await dialog.getByLabel('Organisation', { exact: true }).fill('Harbour Checks');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await serve.api('settings.get', {})).organisationName).toBe('Harbour Checks');
});
