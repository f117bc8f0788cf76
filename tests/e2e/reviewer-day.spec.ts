// Four frictions of a reviewer's day found by QA (session 28): the focus lost after the
// first-run question, panes that scrolled sideways at 200% zoom, the newest article opening at
// start instead of the one last open, and a German desk's earlier verdicts named in English.
// Each test failed before its fix. Screenshots go to test-results/reviewer-day/.
import path from 'node:path';
import { expect, test } from './fixtures';
import { seedSample } from './pages/seed';
import { WorkspacePage } from './pages/workspace.page';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'reviewer-day');

test('after the first-run question is saved, focus is on the claims list: j and a verdict key work without a click', async ({ page, serve, openApp }) => {
  const { claims } = await seedSample(serve.api, null);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  const dialog = page.getByRole('dialog', { name: 'Welcome to Claimdesk' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name (reviewer)').fill('Rita Reviewer');
  await dialog.getByLabel('Your name (reviewer)').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(ws.claimsList).toBeFocused();
  await page.keyboard.press('j');
  await expect(ws.quote()).toHaveText(claims[0]!.text);
  await page.keyboard.press('i');
  await expect(ws.verdictRadio('Inconclusive')).toBeChecked();
  await expect(ws.claimsList).toBeFocused();
  await page.screenshot({ path: path.join(SHOTS, 'first-run-saved.png') });
});
