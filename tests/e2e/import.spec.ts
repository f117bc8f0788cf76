// The import dialog: one file previewed, checked and saved; a web page from a local server;
// many files in bulk with progress, counts and reasons; duplicates recognised.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { ImportDialogPage, textFile } from './pages/import';

const ARTICLE = `Jobless rate falls again

The unemployment rate fell to 3.9 percent in April, the Labor Department said on Friday.
"We created 250,000 jobs last month," said Labour Minister Jane Doe.`;

test.beforeEach(async ({ serve }) => {
  await serve.api('settings.set', { reviewerName: 'Tess' });
});

test('one text file: preview, edit the metadata, save; the same file again is recognised', async ({ serve, openApp, page }) => {
  await openApp();
  const dialog = new ImportDialogPage(page);
  await dialog.open();
  await expect(dialog.tab('Files')).toHaveAttribute('aria-selected', 'true');
  await dialog.chooseFiles([textFile('jobs-report.txt', ARTICLE)]);

  await expect(dialog.field('Title')).toBeVisible();
  await expect(dialog.preview()).toContainText('The unemployment rate fell to 3.9 percent');
  await dialog.field('Title').fill('Jobless rate falls (checked)');
  await dialog.field('Author').fill('A. Writer');
  await dialog.field('Publisher').fill('Daily Example');
  await dialog.field('Published').fill('2025-03-01');
  await dialog.field('Language').selectOption('en');
  await dialog.field('URL').fill('not a url');
  await expect(dialog.dialog.getByText('Enter a full address starting with http:// or https://')).toBeVisible();
  await expect(dialog.save()).toBeDisabled();
  await dialog.field('URL').fill('https://example.org/jobs');
  await dialog.save().click();

  await expect(dialog.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Jobless rate falls (checked)' })).toBeVisible();
  const [saved] = await serve.api('articles.list', {});
  expect(saved).toMatchObject({
    title: 'Jobless rate falls (checked)',
    author: 'A. Writer',
    publisher: 'Daily Example',
    language: 'en',
    url: 'https://example.org/jobs',
  });
  expect(saved!.publishedAt).toMatch(/^2025-03-01/);
  expect(saved!.claimCount).toBeGreaterThan(0);

  // The same text again: said plainly, and the existing article is the one open.
  await dialog.open();
  await dialog.chooseFiles([textFile('copy-of-report.txt', ARTICLE)]);
  await dialog.field('Title').fill('Another title');
  await dialog.save().click();
  await expect(dialog.dialog.getByRole('status')).toHaveText('Already imported as “Jobless rate falls (checked)”. It is open now.');
  await dialog.dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.dialog).toBeHidden();
  expect(await serve.api('articles.list', {})).toHaveLength(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Jobless rate falls (checked)' })).toBeVisible();

  // Escape closes the dialog; a failing single file names the file and the reason.
  await dialog.open();
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
  await dialog.open();
  await dialog.chooseFiles([textFile('empty.txt', '')]);
  await expect(dialog.dialog.getByRole('alert')).toContainText('empty.txt');
});

test('a web page from a local server: URL checked as typed, metadata prefilled, saved', async ({ serve, openApp, page }) => {
  const html = `<!doctype html><html lang="en"><head><title>Harbour tunnel opens | Port Gazette</title>
    <meta name="author" content="Mia Muster"><meta property="og:site_name" content="Port Gazette">
    <meta property="article:published_time" content="2025-02-14T08:00:00Z"></head>
    <body><nav>Home | News</nav><article><h1>Harbour tunnel opens</h1>
    <p>The new harbour tunnel cost 1.2 billion euros, the city council said on Thursday.</p>
    <p>"Traffic will fall by 30 percent," said Mayor Ole Beispiel at the opening.</p>
    <p>Construction took seven years, two more than planned, according to the port authority.</p></article></body></html>`;
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/tunnel.html`;
  try {
    await openApp();
    const dialog = new ImportDialogPage(page);
    await dialog.open();
    await dialog.tab('Web address').click();
    await dialog.urlInput().fill('ftp://example.org/file');
    await expect(dialog.dialog.getByText('Enter a full address starting with http:// or https://')).toBeVisible();
    await expect(dialog.dialog.getByRole('button', { name: 'Fetch' })).toBeDisabled();
    await dialog.urlInput().fill(url);
    await expect(dialog.dialog.getByRole('button', { name: 'Fetch' })).toBeEnabled();
    await dialog.urlInput().press('Enter');

    // The first page a host reads loads the HTML parser (linkedom, Readability) on first use: allow for that on a busy machine.
    await expect(dialog.field('Title')).toHaveValue(/Harbour tunnel opens/, { timeout: 15_000 });
    await expect(dialog.field('URL')).toHaveValue(url);
    await expect(dialog.preview()).toContainText('1.2 billion euros');
    await dialog.save().click();
    await expect(dialog.dialog).toBeHidden();
    const [saved] = await serve.api('articles.list', {});
    expect(saved!.title).toMatch(/Harbour tunnel opens/);
    expect(saved!.url).toBe(url);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('bulk: several files incl. an empty and a binary one; counts and reasons shown', async ({ serve, openApp, page }) => {
  await openApp();
  const dialog = new ImportDialogPage(page);
  await dialog.open();
  const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  await dialog.chooseFiles([
    textFile('one.txt', 'The council said on Monday that rents rose by 8 percent in 2024.'),
    textFile('two.md', '# Budget\n\nThe finance minister said the deficit doubled within two years.', 'text/markdown'),
    textFile('three.html', '<html><head><title>Schools</title></head><body><article><p>The ministry said 400 new teachers were hired this year.</p></article></body></html>', 'text/html'),
    textFile('one-again.txt', 'The council said on Monday that rents rose by 8 percent in 2024.'),
    textFile('empty.txt', ''),
    { name: 'scan.bin', mimeType: 'application/octet-stream', buffer: binary },
  ]);
  await expect(dialog.dialog.getByRole('region', { name: 'Import summary' })).toBeVisible({ timeout: 20_000 });
  await expect(dialog.dialog.getByText('Finished: 6 files.')).toBeVisible();
  await expect(dialog.summaryCount('imported')).toHaveText('3');
  await expect(dialog.summaryCount('duplicates')).toHaveText('1');
  // The empty text failed; the binary file is no document at all: skipped, with its reason.
  await expect(dialog.summaryCount('failed')).toHaveText('1');
  await expect(dialog.summaryCount('skipped')).toHaveText('1');
  await expect(dialog.failures()).toHaveCount(1);
  await expect(dialog.failures().filter({ hasText: 'empty.txt' })).toContainText(/\S+/);
  await expect(dialog.skipped().filter({ hasText: 'scan.bin' })).toContainText('binary data');
  for (const item of await dialog.failures().allTextContents()) expect(item.split(':').slice(1).join(':').trim().length).toBeGreaterThan(5);
  expect(await serve.api('articles.list', {})).toHaveLength(3);
  await dialog.dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog.dialog).toBeHidden();
  // The new articles are listed without a reload.
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('button')).toHaveCount(3);
});

test('bulk: progress bar with count and Cancel stopping after the current file', async ({ serve, openApp, page }) => {
  await openApp();
  const dialog = new ImportDialogPage(page);
  await dialog.open();
  const files = Array.from({ length: 60 }, (_, i) =>
    textFile(`note-${String(i).padStart(2, '0')}.txt`, `${'Filler sentence about the town fair. '.repeat(400)}\nThe mayor said ${i + 10} stalls were booked for day ${i}.`),
  );
  await dialog.chooseFiles(files);
  const bar = dialog.dialog.getByRole('progressbar', { name: 'Import progress' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', '60');
  await expect(bar).toHaveAttribute('aria-valuenow', /\d+/);
  await expect(dialog.dialog.getByText(/^\d+ \/ 60$/)).toBeVisible();
  await expect(dialog.dialog.getByText(/^note-\d\d\.txt$/)).toBeVisible();
  await dialog.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.dialog.getByText(/^Cancelled after \d+ of 60 files\.$/)).toBeVisible({ timeout: 20_000 });
  const imported = Number(await dialog.summaryCount('imported').textContent());
  expect(imported).toBeLessThan(60);
  expect(await serve.api('articles.list', {})).toHaveLength(imported);
});

test('files dropped anywhere on the window open the import dialog with them', async ({ serve, openApp, page }) => {
  await openApp();
  await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
  // What a file manager's drag-and-drop delivers: a DataTransfer holding the files.
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped-report.txt', { type: 'text/plain' }));
    return dt;
  }, ARTICLE);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const dialog = new ImportDialogPage(page);
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.preview()).toContainText('The unemployment rate fell to 3.9 percent');
  await dialog.save().click();
  await expect(dialog.dialog).toBeHidden();
  const [saved] = await serve.api('articles.list', {});
  expect(saved!.title).toBe('Jobless rate falls again');
});

test('in the German UI a failed file says why in German', async ({ serve, openApp, page }) => {
  await serve.api('settings.set', { uiLanguage: 'de' });
  await openApp();
  await page.getByRole('button', { name: 'Importieren', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Artikel importieren' });
  await dialog.getByLabel('Dateien wählen …').setInputFiles([textFile('leer.txt', '   '), textFile('bericht.txt', ARTICLE)]);
  await expect(dialog.getByRole('list', { name: /fehlgeschlagen/i })).toContainText('leer.txt: Die Datei enthält keinen Text.');
  expect(await serve.api('import.file', { fileName: 'x.txt', contentBase64: '' })).toMatchObject({ status: 'failed', reasonCode: 'empty' });
});
