// A bidi override typed or pasted into the organisation or reviewer name is refused where it is
// saved, with a message that names it; the dialog stays open with every field as typed, and the
// stored settings are unchanged (the service test covers every report format).
import { expect, test } from './fixtures';
import { openSample } from './pages/seed';
import { SettingsDialogPage } from './pages/settings';

test('Settings: a name with a bidi override is refused in words, and nothing typed is lost', async ({ page, serve, openApp }) => {
  await openSample(page, serve, openApp, 'Anna');
  const settings = await SettingsDialogPage.open(page);
  const dialog = settings.dialog;
  await settings.fill({ Organisation: 'Harbour\u202E Checks', 'Organisation URL': 'https://checks.example.org' });
  await settings.save().click();
  await expect(dialog).toBeVisible();
  // Said in words, under the field, with its label: not the API's "Invalid input. organisationName: …".
  await expect(dialog.getByRole('alert')).toHaveText('“Organisation” contains a bidi control character (U+202E), which would reorder how reports show it. Remove it and save again.');
  await expect(dialog.getByLabel('Organisation', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Organisation', { exact: true })).toHaveAccessibleDescription(/contains a bidi control character/);
  await expect(dialog).not.toContainText('Invalid input');
  await expect(dialog).not.toContainText('organisationName');
  await expect(dialog.getByLabel('Organisation', { exact: true })).toHaveValue('Harbour\u202E Checks');
  await expect(dialog.getByLabel('Organisation URL')).toHaveValue('https://checks.example.org');
  expect(await serve.api('settings.get', {})).toMatchObject({ organisationName: null, organisationUrl: null, reviewerName: 'Anna' });
  // Without the override it saves.
  await settings.fill({ Organisation: 'Harbour Checks' });
  await settings.save().click();
  await expect(dialog).toBeHidden();
  expect((await serve.api('settings.get', {})).organisationName).toBe('Harbour Checks');
});

test('Settings in German: a refused name and a note too long are each said in German under their field', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { uiLanguage: 'de' });
  await openSample(page, serve, openApp, 'Anna');
  const settings = await SettingsDialogPage.open(page, 'de');
  const dialog = settings.dialog;
  await settings.fill({ 'Ihr Name (Prüfer·in)': 'Anna\u2066 Berg', 'Hinweis zur Methodik in deutschen Berichten': 'Wir prüfen. '.repeat(1700) });
  await settings.save().click();
  await expect(dialog).toBeVisible();
  const alerts = dialog.getByRole('alert');
  await expect(alerts).toHaveText([
    '„Ihr Name (Prüfer·in)“ enthält ein Bidi-Steuerzeichen (U+2066), das die Anzeige in Berichten umordnen würde. Bitte entfernen und erneut speichern.',
    '„Hinweis zur Methodik in deutschen Berichten“ ist 20.400 Zeichen lang; erlaubt sind höchstens 20.000. Bitte kürzen und erneut speichern.',
  ]);
  // Editing a field takes its sentence away; the other stays until it is fixed.
  await dialog.getByLabel('Ihr Name (Prüfer·in)').fill('Anna Berg');
  await expect(alerts).toHaveCount(1);
  expect((await serve.api('settings.get', {})).reviewerName).toBe('Anna');
});
