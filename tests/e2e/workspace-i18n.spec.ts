import { expect, test } from './fixtures';
import { openSample, seedSample } from './pages/seed';
import { SettingsDialogPage } from './pages/settings';

test('German UI: chosen in Settings, stored, and every label of the workspace follows', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const settings = await SettingsDialogPage.open(page);
  const dialog = settings.dialog;
  await expect(settings.field('Your name (reviewer)')).toHaveValue('Rita Reviewer');
  await dialog.getByLabel('Organisation URL').fill('javascript:alert(1)');
  await expect(dialog.getByRole('alert')).toBeVisible();
  // Save stays reachable; it refuses, says why and keeps the dialog open.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Organisation URL')).toBeFocused();
  await settings.fill({ 'Organisation URL': 'https://factcheck.example.org', Organisation: 'Faktencheck' });
  await settings.field('Language').selectOption('de');
  await settings.save().click();
  await expect(dialog).toBeHidden();
  expect(await serve.api('settings.get', {})).toMatchObject({ uiLanguage: 'de', organisationName: 'Faktencheck', organisationUrl: 'https://factcheck.example.org' });

  await expect(page.getByRole('button', { name: 'Arbeitsbereich' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Alle Behauptungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await ws.highlight(claims[0]!.id).click();
  const radios = ws.panel.getByRole('radiogroup');
  for (const label of ['Ungeprüft', 'Bestätigt', 'Widerlegt', 'Unklar']) await expect(radios.getByRole('radio', { name: label })).toBeVisible();
  await expect(ws.panel.getByLabel('Urheber', { exact: true })).toBeVisible();
  await expect(ws.panel.getByRole('heading', { name: /Quellen/ })).toBeVisible();
  await expect(ws.panel.getByRole('heading', { name: 'Verlauf' })).toBeVisible();
  // The first sample claim is dated and names people: its reasons read in German too.
  await expect(ws.panel.locator('.chip-muted', { hasText: /^Datum$/ })).toBeVisible();
  await expect(ws.panel.locator('.chip-muted', { hasText: /^date$/ })).toHaveCount(0);
  await expect(ws.panel.getByText('Zuerst eine Quelle hinzufügen').first()).toBeVisible();
  await expect(ws.articlesPane.getByRole('button', { name: 'Artikel einfügen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Artikel' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Ausgewählte Behauptung' })).toBeVisible();
  await page.keyboard.press('i');
  await expect(ws.liveRegion).toHaveText('Behauptung als Unklar markiert');

  // Stored: a reload comes back in German.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Arbeitsbereich' })).toBeVisible();
});

test('with no language chosen, a German system locale gives the German UI', async ({ browser, serve }) => {
  await seedSample(serve.api);
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(serve.server.url);
  await expect(page.getByRole('button', { name: 'Alle Behauptungen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Einstellungen' })).toBeVisible();
  await context.close();
});
