// All claims takes the keys when it opens, as the article view does: j/k move through the rows
// without a Tab into the grid first, and Enter opens the claim.
import { seedClaims, seededClaimText } from '../../bench/ui';
import { expect, test } from './fixtures';
import { ClaimsTablePage } from './pages/claims-table';

test('j and k move through All claims as soon as it opens', async ({ serve, openApp, page }) => {
  seedClaims(serve.app.store.sqlite, 12, 1);
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await openApp();
  const table = new ClaimsTablePage(page);
  await table.open();
  await table.expectCount(12);
  await expect(table.grid).toBeFocused();

  const rows = table.dataRows();
  await page.keyboard.press('j');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/all-claims-jk.png' });
  const second = (await rows.nth(1).locator('.cdv-col-claim').textContent())!;

  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Workspace', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[role=option][aria-selected=true]')).toContainText(second.slice(0, 40));
});

test('Enter on a row whose page is still loading opens that claim once the page is in; a key pressed meanwhile cancels it', async ({ serve, openApp, page }) => {
  seedClaims(serve.app.store.sqlite, 2000, 2);
  await serve.api('settings.set', { reviewerName: 'Tess' });
  // The page of the last rows (offset 1800) waits for the test's gate, so Enter comes while
  // End's row is still loading, whatever the machine's speed.
  let gate = Promise.resolve();
  let openGate = () => undefined as void;
  const closeGate = () => (gate = new Promise<void>((resolve) => (openGate = resolve)));
  const lastPage = (r: { url(): string; request(): { postDataJSON(): unknown } }) =>
    r.url().endsWith('/api/claims.list') && (r.request().postDataJSON() as { offset?: number }).offset === 1800;
  await page.route('**/api/claims.list', async (route) => {
    if (lastPage({ url: () => route.request().url(), request: () => route.request() })) await gate;
    await route.continue();
  });
  await openApp();
  const table = new ClaimsTablePage(page);
  await table.open();
  await table.expectCount(2000);
  await expect(table.grid).toBeFocused();
  const workspace = page.getByRole('navigation').getByRole('button', { name: 'Workspace', exact: true });
  const lastRow = table.grid.locator('[role=row][aria-rowindex="2001"]');

  // End, Enter while the row loads, then Home: Home wins, nothing opens when the page comes.
  closeGate();
  await page.keyboard.press('End');
  await expect(lastRow).toHaveAttribute('aria-busy', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await expect(table.row(seededClaimText(0))).toHaveAttribute('aria-selected', 'true');
  const arrived = page.waitForResponse(lastPage);
  openGate();
  await arrived;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(workspace).toHaveAttribute('aria-pressed', 'false');
  await expect(table.row(seededClaimText(0))).toHaveAttribute('aria-selected', 'true');

  // Descending order (a new query, nothing cached): End and Enter while the last row loads open
  // its claim (claim 0, first article) once its page is in.
  closeGate();
  await table.sortBy('Claim (in text order)');
  await expect(table.header('Claim (in text order)')).toHaveAttribute('aria-sort', 'descending');
  await table.grid.focus();
  await page.keyboard.press('End');
  await expect(lastRow).toHaveAttribute('aria-busy', 'true');
  await page.keyboard.press('Enter');
  await expect(workspace).toHaveAttribute('aria-pressed', 'false');
  openGate();
  await expect(workspace).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Bench article 0000' })).toBeVisible();
  await expect(page.locator('[role=option][aria-selected=true]')).toContainText(seededClaimText(0));
});
