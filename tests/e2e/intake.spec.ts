// Nothing disappears without a word, and search as a German reader expects: the browser side
// of issue 17's intake items (search, folder import, history actors, bylines).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ImportDialogPage, textFile } from './pages/import';
import { WorkspacePage } from './pages/workspace.page';

const SCREENS = '/work/screens/intake';
const KLINIK = [
  'Von Katrin Albers',
  'Die Kinderklinik in Kassel meldet 4,2 Prozent mehr Geburten als im Vorjahr.',
  'Die Geburtsstation des Klinikums schließt im Jahr 2023, sagte die Landrätin Eva Brandt.',
  'Im Jahr 2023 kamen 812 Kinder in der Stadt zur Welt, teilte das Gesundheitsamt mit.',
  'Foto: dpa / Max Muster',
].join('\n\n');

test.beforeEach(async ({ serve }) => {
  await serve.api('settings.set', { reviewerName: 'Tess' });
});

test('German search: compounds by their parts, every word a prefix, whole numbers, ArrowDown into the results', async ({ serve, openApp, page }) => {
  await serve.api('settings.set', { uiLanguage: 'de' });
  const { article } = await serve.api('articles.create', { title: 'Geburtshilfe im Landkreis', text: KLINIK, language: 'de' });
  expect(article.author).toBe('Katrin Albers');
  await openApp();
  const box = page.getByRole('searchbox', { name: 'Behauptungen und Artikel durchsuchen' });
  const results = page.getByRole('region', { name: 'Suchergebnisse' });
  const search = async (query: string) => {
    await box.fill(query);
    await expect(results).toHaveAttribute('data-answered', query);
  };
  const claimHits = () => results.getByRole('listbox').getByRole('group', { name: /Behauptung/ }).getByRole('option');

  await search('Klinik');
  await expect(claimHits()).toHaveCount(2);
  await expect(claimHits().filter({ hasText: 'Kinderklinik' }).locator('mark')).toHaveText('Kinderklinik');
  await expect(claimHits().filter({ hasText: 'Geburtsstation' }).locator('mark')).toHaveText('Klinikums');
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, 'search-compound-de.png') });

  await search('Geburt Landrät');
  await expect(claimHits()).toHaveCount(1);
  await expect(claimHits()).toContainText('Geburtsstation');
  await search('4,2');
  await expect(claimHits()).toHaveCount(1);
  await expect(claimHits()).toContainText('4,2 Prozent');
  // 20 is not the start of 2023: numbers match whole.
  await search('20');
  await expect(results.getByText('Nichts gefunden', { exact: false })).toBeVisible();

  // ArrowDown moves from the box into the results; Enter opens the hit.
  await search('Gesundheitsamt');
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('listbox')).toBeFocused();
  // The first hit is the active one; ArrowDown walks on (past the article and a claimant whose
  // alias matches) to the claim.
  await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  const options = results.getByRole('option');
  const before = (await options.count()) - (await claimHits().count());
  expect(before).toBeGreaterThan(0);
  for (let i = 0; i < before; i++) await page.keyboard.press('ArrowDown');
  await expect(claimHits().first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const selected = page.locator('[role=option][aria-selected=true]').filter({ hasText: 'Gesundheitsamt' });
  await expect(selected.first()).toBeVisible();
});

test('a folder import lists a PNG and binaries as skipped with the reason, a damaged PDF as damaged', async ({ serve, openApp, page }) => {
  await openApp();
  const dialog = new ImportDialogPage(page);
  await dialog.open();
  const png = fs.readFileSync(path.resolve(__dirname, '../fixtures/import/pixel.png'));
  await dialog.chooseFiles([
    textFile('artikel.txt', KLINIK),
    { name: 'bild.png', mimeType: 'image/png', buffer: png },
    { name: 'kaputt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnot really a pdf') },
  ]);
  await expect(dialog.dialog.getByRole('region', { name: 'Import summary' })).toBeVisible({ timeout: 20_000 });
  await expect(dialog.summaryCount('imported')).toHaveText('1');
  await expect(dialog.summaryCount('skipped')).toHaveText('1');
  await expect(dialog.summaryCount('failed')).toHaveText('1');
  await expect(dialog.skipped().filter({ hasText: 'bild.png' })).toContainText('PNG image');
  await expect(dialog.failures().filter({ hasText: 'kaputt.pdf' })).toContainText('damaged');
  await expect(dialog.failures().filter({ hasText: 'kaputt.pdf' })).not.toContainText('not supported');
  await page.screenshot({ path: path.join(SCREENS, 'import-skipped.png') });
  const [stored] = await serve.api('articles.list', {});
  expect(stored!.author).toBe('Katrin Albers');
  expect(await serve.api('articles.list', {})).toHaveLength(1);
});

test('the history names extraction "Claimdesk (extraction)"; a hand-made claim gets a score, reasons and a type', async ({ serve, openApp, page }) => {
  const { article } = await serve.api('articles.create', { title: 'Klinik', text: KLINIK, language: 'de' });
  const full = await serve.api('articles.get', { id: article.id });
  const extracted = full.claims[0]!;
  const start = KLINIK.indexOf('Im Jahr 2023 kamen');
  const made = await serve.api('claims.create', { articleId: article.id, start, end: KLINIK.indexOf('\n', start) });
  expect(made.checkworthinessReasons).toEqual(expect.arrayContaining(['number']));
  expect(made.claimType).toBe('quantity');
  await openApp();
  const ws = new WorkspacePage(page);
  await page.getByRole('button', { name: 'Klinik' }).first().click();
  await ws.highlight(extracted.id).click();
  await expect(ws.history()).toContainText('Claimdesk (extraction)');
  await expect(ws.history()).not.toContainText('someone');
  await ws.highlight(made.id).click();
  await expect(ws.panel.locator('.chip-muted', { hasText: /^number$/ })).toBeVisible();

  await serve.api('settings.set', { uiLanguage: 'de' });
  await page.reload();
  await page.getByRole('button', { name: 'Klinik' }).first().click();
  await ws.highlight(extracted.id).click();
  await expect(ws.history()).toContainText('Claimdesk (automatische Erkennung)');
});
