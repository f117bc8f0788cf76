// Key m: the next most check-worthy unreviewed claim, whatever the list's sort order; the
// shortcuts dialog lists it; the claim panel shows the model's reasons with their direction.
import { expect, test } from './fixtures';
import { openSample } from './pages/seed';

const SHOTS = 'test-results/screenshots';

test('m walks the unreviewed claims from the most check-worthy down, skipping reviewed ones', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const keys = page.keyboard;
  const byScore = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  expect(byScore.length).toBeGreaterThan(3);

  // In position order, m still goes to the most check-worthy claim, then the next one down.
  await keys.press('m');
  await expect(ws.quote()).toHaveText(byScore[0]!.text);
  await expect(ws.highlight(byScore[0]!.id)).toHaveClass(/is-selected/);
  await keys.press('m');
  await expect(ws.quote()).toHaveText(byScore[1]!.text);

  // A reviewed claim is skipped: mark the third one inconclusive from the API, then walk on.
  await serve.api('claims.setVerdict', { id: byScore[2]!.id, verdict: 'inconclusive', expectedVersion: byScore[2]!.version });
  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
  await ws.highlight(byScore[1]!.id).click();
  await keys.press('Escape');
  await keys.press('m');
  await expect(ws.quote()).toHaveText(byScore[3]!.text);

  // The reasons come from the model, each marked by the way it pushed.
  await ws.highlight(byScore[0]!.id).click();
  const reasons = ws.panel.locator('.reason-up, .reason-down');
  await expect(reasons.first()).toBeVisible();
  await expect(reasons.first()).toHaveAttribute('title', /Raises the score|Lowers the score/);
  await ws.panel.screenshot({ path: `${SHOTS}/claim-panel-reasons.png` });

  // The shortcuts dialog lists m.
  await keys.press('Escape');
  await keys.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByText('Next most check-worthy unreviewed claim')).toBeVisible();
  await expect(dialog.locator('kbd', { hasText: /^m$/ })).toHaveCount(1);
});

test('m says so when no unreviewed claim is left', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  for (const c of claims) await serve.api('claims.setVerdict', { id: c.id, verdict: 'inconclusive', expectedVersion: c.version });
  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
  await page.keyboard.press('m');
  await expect(page.getByText('No unreviewed claim left in this article.')).toBeVisible();
});
