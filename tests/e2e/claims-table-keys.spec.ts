// All claims takes the keys when it opens, as the article view does: j/k move through the rows
// without a Tab into the grid first, and Enter opens the claim.
import { seedClaims } from '../../bench/ui';
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
