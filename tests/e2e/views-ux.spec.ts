// Fixes from the German usability test, in a real Chromium over the real serve host:
// All claims speaks the workspace's words and scale, its filter bar stays put, `/` searches from
// every view, search understands AND / OR / NOT, and Settings never drops what was typed.
import { expect, test } from './fixtures';
import { ClaimsTablePage } from './pages/claims-table';
import { SearchPage } from './pages/search';
import { openSample, seedSample } from './pages/seed';
import { SettingsDialogPage } from './pages/settings';

const SHOTS = '/tmp/ux-views';

test('All claims in German: the workspace words (Indirekte Rede, Prüfwürdigkeit) and its 0–100 scale; the claim header says it sorts by text order', async ({ page, serve, openApp }) => {
  const { claims } = await seedSample(serve.api);
  await serve.api('settings.set', { uiLanguage: 'de' });
  await openApp();
  await page.getByRole('navigation').getByRole('button', { name: 'Alle Behauptungen', exact: true }).click();
  const region = page.getByRole('region', { name: 'Alle Behauptungen' });
  const grid = region.getByRole('grid', { name: 'Behauptungen' });
  await expect(grid.locator('[data-claim-id]').first()).toBeVisible();

  const kinds = await grid.locator('[data-claim-id] .cdv-col-kind').allTextContents();
  expect(kinds).toContain('Indirekte Rede');
  expect(kinds).not.toContain('Wiedergabe');
  await expect(grid.getByRole('columnheader', { name: 'Prüfwürdigkeit', exact: true })).toBeVisible();
  // Scores as the workspace shows them: whole numbers 0–100, the same number for the same claim.
  const byId = new Map(claims.map((c) => [c.id, Math.round(c.checkworthiness * 100)]));
  for (const row of await grid.locator('[data-claim-id]').all()) {
    const id = (await row.getAttribute('data-claim-id'))!;
    await expect(row.locator('.cdv-col-score')).toHaveText(String(byId.get(id)));
  }
  const slider = region.getByLabel('Mind. Prüfwürdigkeit', { exact: true });
  await expect(slider).toHaveAttribute('max', '100');
  await expect(region.locator('.cdv-field__value')).toHaveText('0');
  await expect(grid.getByRole('columnheader', { name: 'Behauptung (Reihenfolge im Text)', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/all-claims-de.png` });

  // The slider filters on the same scale: 50 keeps the claims the workspace shows as ≥ 50.
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(region.locator('.cdv-field__value')).toHaveText('50');
  const expected = claims.filter((c) => Math.round(c.checkworthiness * 100) >= 50 && c.checkworthiness >= 0.5).length;
  await expect(region.getByRole('status').first()).toHaveText(`${expected} Behauptungen`);
  for (const score of await grid.locator('[data-claim-id] .cdv-col-score').allTextContents()) expect(Number(score)).toBeGreaterThanOrEqual(50);
});

test('the filter bar does not move when a verdict is pressed, a filter is typed or the slider moves', async ({ page, serve, openApp }) => {
  await seedSample(serve.api);
  for (const language of ['en', 'de'] as const) {
    await serve.api('settings.set', { uiLanguage: language });
    await openApp();
    const table = new ClaimsTablePage(page);
    await page.getByRole('navigation').getByRole('button', { name: language === 'en' ? 'All claims' : 'Alle Behauptungen', exact: true }).click();
    await expect(table.page.locator('[data-claim-id]').first()).toBeVisible();
    const filters = page.locator('.cdv-claims__filters');
    const boxes = () => filters.locator(':scope > *').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return [Math.round(r.x), Math.round(r.y), Math.round(r.width)]; }));
    const before = await boxes();
    const toggles = filters.locator('.cdv-toggle');
    for (let i = 0; i < 4; i++) await toggles.nth(i).click();
    await expect(toggles.nth(0)).toHaveAttribute('aria-pressed', 'true');
    await filters.locator('input[type=search]').first().fill('Trump');
    const slider = filters.locator('input[type=range]');
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(filters.locator('.cdv-field__value')).toHaveText('100');
    expect(await boxes()).toEqual(before);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/all-claims-filtered-${language}.png` });
  }
});

test('/ in All claims opens the search box of the workspace, focused', async ({ page, serve, openApp }) => {
  await seedSample(serve.api);
  await openApp();
  const table = new ClaimsTablePage(page);
  await table.open();
  await table.grid.focus();
  await page.keyboard.press('/');
  const search = new SearchPage(page);
  await expect(search.box).toBeFocused();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Workspace', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Typing `/` into a filter field of All claims types it, and stays there.
  await table.open();
  await table.filter('Claimant').fill('a/b');
  await expect(table.filter('Claimant')).toHaveValue('a/b');
  await expect(table.grid).toBeVisible();
});

test('search: Putin AND Xi, stray syntax, ß = ss, and a syntax hint when nothing is found', async ({ page, serve, openApp }) => {
  await seedSample(serve.api);
  await serve.api('articles.create', { title: 'Bundestag', text: 'Britta Haßelmann sagte, die Fraktion stimme dem Haushalt 2026 zu.', language: 'de' });
  await serve.api('settings.set', { uiLanguage: 'de' });
  await openApp();
  const box = page.getByRole('searchbox', { name: 'Behauptungen und Artikel durchsuchen' });
  const results = page.getByRole('region', { name: 'Suchergebnisse' });
  const searchFor = async (query: string) => {
    await box.fill(query);
    await expect(results).toHaveAttribute('data-answered', query);
  };
  const claimHits = () => results.getByRole('group', { name: /Behauptung/ }).getByRole('option');

  await searchFor('Putin AND Xi');
  await expect(claimHits().first()).toBeVisible();
  const and = await claimHits().count();
  expect(and).toBeGreaterThan(1);
  await expect(results.getByTestId('search-syntax-hint')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/search-and-de.png` });

  await searchFor('Putin');
  const putin = await claimHits().count();
  await searchFor('"Putin AND (');
  await expect(claimHits()).toHaveCount(putin);
  await expect(results.getByRole('alert')).toHaveCount(0);

  await searchFor('Hasselmann');
  await expect(claimHits().first().locator('mark')).toHaveText('Haßelmann');

  await searchFor('Putin AND Merkel');
  await expect(results.locator('.cdv-search__message')).toHaveText('Nichts gefunden für „Putin AND Merkel“.');
  await expect(results.getByTestId('search-syntax-hint')).toContainText('OR');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/search-nothing-de.png` });
  await serve.api('settings.set', { uiLanguage: 'en' });
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search claims and articles' }).fill('Putin AND Merkel');
  await expect(page.getByTestId('search-syntax-hint')).toHaveText('Xi OR Putin · Xi NOT Trump · "exact phrase"');
  await expect(page.getByTestId('search-syntax-hint')).toHaveAttribute('title', /All words must appear/);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/search-nothing-en.png` });
});

test('Settings: an address without https:// is completed and saved with everything else; Tab goes on to the note and Enter saves', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { uiLanguage: 'de' });
  await openSample(page, serve, openApp, 'Anna');
  const settings = await SettingsDialogPage.open(page, 'de');
  const dialog = settings.dialog;
  await settings.fill({ 'Ihr Name (Prüfer·in)': 'Anna Schäfer', Organisation: 'CORRECTIV.Faktencheck', 'URL der Organisation': 'correctiv.org/faktencheck' });
  const url = settings.field('URL der Organisation');
  // No error while typing an address that only lacks its scheme, and Save stays reachable.
  await expect(settings.alerts()).toHaveCount(0);
  await expect(settings.save()).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Hinweis zur Methodik in deutschen Berichten')).toBeFocused();
  await expect(url).toHaveValue('https://correctiv.org/faktencheck');
  await expect(dialog.getByTestId('scheme-added')).toHaveText('„correctiv.org/faktencheck“ um https:// ergänzt.');
  await page.keyboard.type('Wir prüfen nach dem Code of Principles des IFCN.');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/settings-scheme-added-de.png` });
  await url.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(await serve.api('settings.get', {})).toMatchObject({
    reviewerName: 'Anna Schäfer',
    organisationName: 'CORRECTIV.Faktencheck',
    organisationUrl: 'https://correctiv.org/faktencheck',
    methodology: 'Wir prüfen nach dem Code of Principles des IFCN.',
    methodologyNotes: { de: 'Wir prüfen nach dem Code of Principles des IFCN.', en: null },
  });
});

test('Settings: an address that cannot be completed keeps Save, which says what to fix and keeps every field', async ({ page, serve, openApp }) => {
  await openSample(page, serve, openApp, 'Anna');
  const settings = await SettingsDialogPage.open(page);
  const dialog = settings.dialog;
  await settings.fill({ Organisation: 'Faktencheck Süd', 'Organisation URL': 'correctiv' });
  await settings.save().click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveText('Enter a full web address starting with http:// or https://.');
  await expect(dialog.getByLabel('Organisation URL')).toBeFocused();
  await expect(dialog.getByLabel('Organisation', { exact: true })).toHaveValue('Faktencheck Süd');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/settings-invalid-en.png` });
  expect((await serve.api('settings.get', {})).organisationName).toBeNull();
});

test('Settings: Cancel, Escape or × with changes asks first; Keep editing keeps them, Discard drops them; without changes it just closes', async ({ page, serve, openApp }) => {
  await openSample(page, serve, openApp, 'Anna');
  const open = async () => (await SettingsDialogPage.open(page)).dialog;
  let dialog = await open();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  dialog = await open();
  await dialog.getByLabel('Methodology note in English reports').fill('IFCN code');
  for (const close of [() => page.keyboard.press('Escape'), () => dialog.getByRole('button', { name: 'Cancel' }).click()]) {
    await close();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveText('You have unsaved changes. Save them, or discard them and close?');
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeFocused();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/settings-unsaved-en.png` });
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog.getByLabel('Methodology note in English reports')).toHaveValue('IFCN code');
  }
  // Escape twice never discards.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  expect((await serve.api('settings.get', {})).methodology).toBeNull();

  // Save from the question saves.
  dialog = await open();
  await expect(dialog.getByLabel('Methodology note in English reports')).toHaveValue('');
  await dialog.getByLabel('Methodology note in English reports').fill('IFCN code');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await serve.api('settings.get', {})).methodology).toBe('IFCN code');
});
