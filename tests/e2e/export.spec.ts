// The export dialog in a browser host: every format downloads with the right name and the
// claim in it; ClaimReview needs the organisation and says so; warnings are shown.
import { expect, test, type Serve } from './fixtures';
import { ExportDialogPage } from './pages/export';

const CLAIM = 'The unemployment rate fell to 3.9 percent in April, the Labor Department said on Friday.';
const TEXT = `${CLAIM}\n"We created 250,000 jobs last month," said Labour Minister Jane Doe.`;

async function seed(serve: Serve): Promise<void> {
  await serve.api('settings.set', { reviewerName: 'Tess' });
  const { article } = await serve.api('articles.create', { title: 'Jobs report', text: TEXT, language: 'en' });
  const full = await serve.api('articles.get', { id: article.id });
  const claim = full.claims.find((c) => c.text === CLAIM)!;
  const { claim: withSource } = await serve.api('sources.add', { claimId: claim.id, url: 'https://www.bls.gov/news.release/empsit.nr0.htm', title: 'Employment Situation' });
  await serve.api('claims.setVerdict', { id: claim.id, expectedVersion: withSource.version, verdict: 'verified', rationale: 'Matches the BLS release.', ratingLabel: 'Correct' });
}

async function openArticle(page: import('@playwright/test').Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Jobs report/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs report' })).toBeVisible();
}

test('downloads every format with its file name and the claim text', async ({ serve, openApp, page }) => {
  await seed(serve);
  await serve.api('settings.set', { organisationName: 'Example Checks', organisationUrl: 'https://checks.example.org' });
  await openApp();
  await openArticle(page);
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await expect(dialog.dialog.getByText('The verdict report for this article.')).toBeVisible();
  // Each format has a one-line description.
  await expect(dialog.format('CSV')).toHaveAccessibleDescription('One row per claim, for spreadsheets.');

  const md = await dialog.download('Markdown');
  expect(md.fileName).toMatch(/\.md$/);
  expect(md.text).toContain(CLAIM);

  const html = await dialog.download('HTML');
  expect(html.fileName).toMatch(/\.html?$/);
  expect(html.text).toContain('The unemployment rate fell to 3.9 percent');

  const json = await dialog.download('JSON');
  expect(json.fileName).toMatch(/\.json$/);
  expect(JSON.stringify(JSON.parse(json.text))).toContain(CLAIM);

  const pdf = await dialog.download('PDF');
  expect(pdf.fileName).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.bytes.length).toBeGreaterThan(1000);

  await dialog.format('CSV').check();
  await expect(dialog.dialog.getByLabel('Semicolon (;) for German Excel')).toBeVisible();
  const csv = await dialog.download('CSV');
  expect(csv.fileName).toMatch(/\.csv$/);
  expect(csv.text).toContain(CLAIM);
  expect(csv.bytes[0]).not.toBe(0xef);
  await dialog.dialog.getByLabel('Semicolon (;) for German Excel').check();
  await dialog.dialog.getByLabel('UTF-8 BOM (for Excel)').check();
  const csvDe = await dialog.download('CSV');
  expect([...csvDe.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csvDe.text.split('\n')[0]).toContain(';');

  const claimReview = await dialog.download('ClaimReview JSON-LD');
  expect(claimReview.fileName).toMatch(/\.json(ld)?$/);
  expect(claimReview.text).toContain('ClaimReview');
  expect(claimReview.text).toContain('The unemployment rate fell to 3.9 percent');
  // The claim is longer than 75 characters: the report says so, and the dialog shows it.
  await expect(dialog.warnings().first()).toBeVisible();
  await expect(dialog.alert()).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
});

test('ClaimReview without the organisation in Settings shows the clear message', async ({ serve, openApp, page }) => {
  await seed(serve);
  await openApp();
  await openArticle(page);
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await dialog.format('ClaimReview JSON-LD').check();
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await dialog.exportButton().click();
  await expect(dialog.alert()).toContainText(/organisation/i);
  await expect(dialog.alert()).toContainText(/Settings/);
  expect(downloaded).toBe(false);
  // Other formats still work from the same dialog.
  const md = await dialog.download('Markdown');
  expect(md.text).toContain(CLAIM);
  await expect(dialog.alert()).toHaveCount(0);
});

test('the All claims view exports the report of every article', async ({ serve, openApp, page }) => {
  await seed(serve);
  await serve.api('articles.create', { title: 'Second article', text: 'The council said it spent 12 million euros on roads in 2024.', language: 'en' });
  await openApp();
  await page.getByRole('button', { name: 'All claims' }).click();
  await page.getByRole('button', { name: 'Export report of all claims…' }).click();
  const dialog = new ExportDialogPage(page);
  await expect(dialog.dialog.getByText('The verdict report for all articles.')).toBeVisible();
  const { fileName, text } = await dialog.download('JSON');
  expect(fileName).toMatch(/^claimdesk-all-claims-\d{4}-\d{2}-\d{2}\.json$/);
  const report = JSON.parse(text) as { scope: { kind: string }; articles: Array<{ title: string }> };
  expect(report.scope).toEqual({ kind: 'all' });
  expect(report.articles.map((a) => a.title).sort()).toEqual(['Jobs report', 'Second article']);
});
