import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedSample } from './pages/seed';

test('a stale save is refused, shows what changed elsewhere, keeps the input, and overwrites nothing', async ({ browser, page, serve, openApp }) => {
  const { claims } = await seedSample(serve.api);
  const target = claims[1]!;
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const pageB = await other.newPage();
  await openApp(page);
  await openApp(pageB);
  const a = new WorkspacePage(page);
  const b = new WorkspacePage(pageB);
  for (const ws of [a, b]) {
    await ws.waitForArticle(/Putin und Xi/);
    await ws.highlight(target.id).click();
    await expect(ws.quote()).toHaveText(target.text);
  }

  // A saves first.
  await a.field('Claimant').fill('Wladimir Putin');
  await a.field('Rationale').fill('Checked against the Kremlin readout.');
  await a.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // B, still on the old version, saves its own edit: refused.
  await b.field('Claimant').fill('Xi Jinping');
  await b.field('Rationale').fill('My own rationale.');
  await b.panel.getByRole('button', { name: 'Save', exact: true }).click();
  const banner = b.panel.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Changed elsewhere by Rita Reviewer — their version:');
  await expect(banner.locator('div', { hasText: 'Claimant' }).locator('.after')).toHaveText('Wladimir Putin');
  await expect(banner.locator('div', { hasText: 'Rationale' }).locator('.after')).toHaveText('Checked against the Kremlin readout.');
  await expect(banner.locator('div', { hasText: 'Rationale' }).locator('.before')).toHaveText('(none)');
  // Nothing lost, nothing overwritten.
  await expect(b.field('Claimant')).toHaveValue('Xi Jinping');
  await expect(b.field('Rationale')).toHaveValue('My own rationale.');
  expect(await serve.api('claims.get', { id: target.id })).toMatchObject({ claimant: 'Wladimir Putin', rationale: 'Checked against the Kremlin readout.' });

  // A stale verdict key press is refused the same way.
  await b.panel.click({ position: { x: 5, y: 5 } });
  await pageB.keyboard.press('i');
  await expect(banner).toContainText('Your change (Inconclusive) was not saved');
  expect((await serve.api('claims.get', { id: target.id })).verdict).toBe('unreviewed');

  // Loading their version keeps B's unsaved input visible; saving again is a deliberate choice.
  await banner.getByRole('button', { name: 'Load their version' }).click();
  await expect(banner).toBeHidden();
  await expect(b.field('Claimant')).toHaveValue('Xi Jinping');
  await expect(b.field('Rationale')).toHaveValue('My own rationale.');
  await b.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(b.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect(await serve.api('claims.get', { id: target.id })).toMatchObject({ claimant: 'Xi Jinping', rationale: 'My own rationale.' });
  await other.close();
});
