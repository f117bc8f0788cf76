// Export what you see: the workspace exports the article, the claims the verdict filter shows, or
// the selected claim; All claims' Export exports exactly the filtered list.
import { expect, test, type Serve } from './fixtures';
import { ClaimsTablePage } from './pages/claims-table';
import { ExportDialogPage } from './pages/export';
import { WorkspacePage } from './pages/workspace.page';

const CLAIM = 'The unemployment rate fell to 3.9 percent in April, the Labor Department said on Friday.';
const QUOTE = 'We created 250,000 jobs last month';
const TEXT = `${CLAIM}\n"${QUOTE}," said Labour Minister Jane Doe.`;

interface Report {
  scope: { kind: string; claimIds?: string[]; articleId?: string };
  articles: Array<{ title: string; reviewedClaims: Array<{ id: string }>; unreviewedClaims: Array<{ id: string }> }>;
}
const claimIdsOf = (report: Report) => report.articles.flatMap((a) => [...a.reviewedClaims, ...a.unreviewedClaims].map((c) => c.id)).sort();

async function seed(serve: Serve) {
  await serve.api('settings.set', { reviewerName: 'Tess' });
  const { article } = await serve.api('articles.create', { title: 'Jobs report', text: TEXT, language: 'en' });
  const full = await serve.api('articles.get', { id: article.id });
  const verified = full.claims.find((c) => c.text === CLAIM)!;
  const quote = full.claims.find((c) => c.text.includes(QUOTE))!;
  const { claim } = await serve.api('sources.add', { claimId: verified.id, url: 'https://www.bls.gov/news.release/empsit.nr0.htm' });
  await serve.api('claims.setVerdict', { id: verified.id, expectedVersion: claim.version, verdict: 'verified' });
  await serve.api('articles.create', { title: 'Roads', text: 'The council said it spent 12 million euros on roads in 2024.', language: 'en' });
  return { article: full, verified, quote };
}

test('the workspace exports the article, the claims the filter shows, or the selected claim', async ({ serve, openApp, page }) => {
  const { article, verified, quote } = await seed(serve);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.articlesPane.getByRole('button', { name: /Jobs report/ }).click();
  await ws.waitForArticle('Jobs report');
  await ws.centre.getByRole('group', { name: 'Show claims by verdict' }).getByRole('button', { name: /^Verified/ }).click();
  await expect(ws.claimsList.getByRole('option')).toHaveCount(1);
  await ws.highlight(quote.id).click();
  await expect(ws.quote()).toHaveText(quote.text);

  const dialog = new ExportDialogPage(page);
  await dialog.open();
  const what = dialog.dialog.getByRole('group', { name: 'Export' });
  await expect(what.getByRole('radio')).toHaveCount(3);
  await expect(what.getByRole('radio', { name: 'This article (all 2 claims)' })).toBeChecked();

  await what.getByRole('radio', { name: 'The claim shown: Verified (1)' }).check();
  const shown = JSON.parse((await dialog.download('JSON')).text) as Report;
  expect(shown.scope).toEqual({ kind: 'claims', claimIds: [verified.id] });
  expect(claimIdsOf(shown)).toEqual([verified.id]);

  await what.getByRole('radio', { name: 'The current claim' }).check();
  const selected = JSON.parse((await dialog.download('JSON')).text) as Report;
  expect(claimIdsOf(selected)).toEqual([quote.id]);

  await what.getByRole('radio', { name: 'This article (all 2 claims)' }).check();
  const whole = JSON.parse((await dialog.download('JSON')).text) as Report;
  expect(whole.scope).toEqual({ kind: 'article', articleId: article.id });
  expect(claimIdsOf(whole)).toEqual([verified.id, quote.id].sort());
});

test('All claims: Export exports exactly the filtered list, and everything when nothing is filtered', async ({ serve, openApp, page }) => {
  const { verified, quote } = await seed(serve);
  await openApp();
  const table = new ClaimsTablePage(page);
  await table.open();
  const exportButton = table.region.getByRole('button', { name: /^Export report/ });
  await expect(exportButton).toHaveText('Export report of all claims…');

  await table.verdictToggle('Verified').click();
  await expect(table.dataRows()).toHaveCount(1);
  await expect(exportButton).toHaveText('Export report of the claims shown…');
  await exportButton.click();
  const dialog = new ExportDialogPage(page);
  await expect(dialog.dialog.getByText('The verdict report for the 1 claim shown (the filtered list).')).toBeVisible();
  const onlyVerified = JSON.parse((await dialog.download('JSON')).text) as Report;
  expect(onlyVerified.scope).toEqual({ kind: 'claims', claimIds: [verified.id] });
  await page.keyboard.press('Escape');

  await table.verdictToggle('Verified').click();
  await table.region.getByLabel('Claimant').fill('Jane Doe');
  await expect(table.dataRows()).toHaveCount(1);
  await exportButton.click();
  const byClaimant = JSON.parse((await dialog.download('JSON')).text) as Report;
  expect(claimIdsOf(byClaimant)).toEqual([quote.id]);
  await page.keyboard.press('Escape');

  await table.region.getByRole('button', { name: 'Clear filters' }).click();
  await expect(exportButton).toHaveText('Export report of all claims…');
  await exportButton.click();
  await expect(dialog.dialog.getByText('The verdict report for all articles.')).toBeVisible();
  const all = JSON.parse((await dialog.download('JSON')).text) as Report;
  expect(all.scope).toEqual({ kind: 'all' });
  expect(all.articles.map((a) => a.title).sort()).toEqual(['Jobs report', 'Roads']);
});

const FIVE = [
  'The council spent 12 million euros on roads in 2024.',
  'Unemployment in the city fell to 5.1 percent in March.',
  'The new bridge cost 40 million euros, twice the estimate.',
  'Bus fares rose by 8 percent in January.',
  'The city planted 3,000 trees last year.',
];

test('several claims chosen in the list (Ctrl/Shift+click, x and Shift+j/k) export exactly those, in any format', async ({ serve, openApp, page }) => {
  test.setTimeout(90_000); // several downloads and key sequences on a shared machine
  await serve.api('settings.set', { reviewerName: 'Tess' });
  const { article } = await serve.api('articles.create', { title: 'City budget', text: FIVE.join('\n'), language: 'en' });
  const full = await serve.api('articles.get', { id: article.id });
  const idOf = (i: number) => full.claims.find((c) => c.text === FIVE[i])!.id;
  expect(full.claims.map((c) => c.text)).toEqual(FIVE);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.articlesPane.getByRole('button', { name: /City budget/ }).click();
  await ws.waitForArticle('City budget');
  const row = (i: number) => ws.option(FIVE[i]!);
  const chosen = () => ws.claimsList.getByRole('option', { checked: true });
  const chosenRows = async () => (await chosen().allTextContents()).map((text) => FIVE.findIndex((f) => text.includes(f)));

  // Ctrl+click chooses one claim, and another; Shift+click the range from the last one chosen.
  await row(0).click({ modifiers: ['ControlOrMeta'] });
  await row(2).click({ modifiers: ['ControlOrMeta'] });
  await expect(chosen()).toHaveCount(2);
  await row(4).click({ modifiers: ['Shift'] });
  await expect.poll(chosenRows).toEqual([0, 2, 3, 4]);
  const bar = page.getByRole('group', { name: 'Selected claims' });
  await expect(bar.getByRole('status')).toHaveText('4 claims selected');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/screenshots/multi-select-export-en.png' });

  // Ctrl+click again lets one go; Export selected starts on the chosen claims and exports exactly them.
  await row(3).click({ modifiers: ['ControlOrMeta'] });
  await bar.getByRole('button', { name: 'Export selected…' }).click();
  const dialog = new ExportDialogPage(page);
  const what = dialog.dialog.getByRole('group', { name: 'Export' });
  await expect(what.getByRole('radio', { name: 'The 3 selected claims' })).toBeChecked();
  await page.screenshot({ path: 'test-results/screenshots/multi-select-export-dialog-en.png' });
  const json = JSON.parse((await dialog.download('JSON')).text) as Report;
  const expected = [idOf(0), idOf(2), idOf(4)];
  expect(json.scope).toEqual({ kind: 'claims', claimIds: expected });
  expect(claimIdsOf(json)).toEqual([...expected].sort());
  const md = (await dialog.download('Markdown')).text;
  for (const i of [0, 2, 4]) expect(md).toContain(FIVE[i]!.slice(0, 20));
  for (const i of [1, 3]) expect(md).not.toContain(FIVE[i]!.slice(0, 20));
  const csv = (await dialog.download('CSV')).text;
  expect(csv.trim().split('\n')).toHaveLength(1 + 3);
  await page.keyboard.press('Escape');

  // From the keyboard: Clear, then x chooses the current claim and Shift+j extends it downwards.
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(chosen()).toHaveCount(0);
  await expect(bar).toBeHidden();
  await row(1).click();
  await page.keyboard.press('x');
  await expect(chosen()).toHaveCount(1);
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+J');
  await expect(ws.selectedOption()).toContainText(FIVE[3]!);
  await expect(chosen()).toHaveCount(3);
  // x lets the current one go again; Shift+k from there adds the one before it.
  await page.keyboard.press('x');
  await expect(chosen()).toHaveCount(2);
  await dialog.open();
  await expect(what.getByRole('radio', { name: 'The 2 selected claims' })).toBeChecked();
  const keyed = JSON.parse((await dialog.download('JSON')).text) as Report;
  expect(keyed.scope).toEqual({ kind: 'claims', claimIds: [idOf(1), idOf(2)] });
  await page.keyboard.press('Escape');

  // The shortcuts dialog names the keys.
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByText('Select the current claim for export, or unselect it')).toBeVisible();
  await expect(shortcuts.getByText('Select the next (previous) claim too')).toBeVisible();
});
