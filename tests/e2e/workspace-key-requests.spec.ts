// What a key asks of the server: a verdict key writes the one claim and does not reload the
// rating labels (they change only with a label) or the article list (the open article's row
// takes its new counts from the claims the workspace holds); j/k move the selection and write
// nothing. A label saved on one claim is still offered on the next.
import { expect, test } from './fixtures';
import { openSample } from './pages/seed';

test('a verdict key writes one claim and reloads no rating labels and no article list; a saved label is offered on the next claim', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const row = page.locator('.article-row', { hasText: 'Putin und Xi' });
  await expect(row).toContainText('0 Inconclusive');
  await page.waitForLoadState('networkidle');
  const methods: string[] = [];
  page.on('request', (request) => {
    const m = /\/api\/([\w.]+)/.exec(request.url());
    if (m) methods.push(m[1]!);
  });
  const keys = page.keyboard;
  await keys.press('j');
  await expect(ws.quote()).toHaveText(claims[0]!.text);
  await keys.press('i');
  await expect(ws.verdictRadio('Inconclusive')).toBeChecked();
  // The row counts the new verdict at once, from the claim the write returned.
  await expect(row).toContainText('1 Inconclusive');
  await keys.press('j');
  await keys.press('k');
  await expect(ws.quote()).toHaveText(claims[0]!.text);
  await page.waitForLoadState('networkidle');
  expect(methods.filter((m) => m === 'claims.setVerdict')).toHaveLength(1);
  expect(methods.filter((m) => m.startsWith('claims.') && !['claims.setVerdict', 'claims.history'].includes(m))).toEqual([]);
  expect(methods.filter((m) => m.startsWith('articles.'))).toEqual([]);
  // What the row shows is what the server counts.
  const listed = await serve.api('articles.list', {});
  expect(listed.find((a) => a.title.includes('Putin und Xi'))!.counts.inconclusive).toBe(1);

  // A new label, saved: the next claim's label field suggests it.
  await ws.field('Rating label').fill('Halbwahr');
  await ws.field('Rating label').press('Control+Enter');
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await keys.press('Escape');
  await keys.press('j');
  await expect(ws.quote()).toHaveText(claims[1]!.text);
  const list = await ws.field('Rating label').getAttribute('list');
  await expect(page.locator(`datalist[id="${list}"] option[value="Halbwahr"]`)).toHaveCount(1);
});

test('j/k reuse the claim panel, and claims passed on the way ask less than one request each: details load for the claim the selection rests on', async ({ page, serve, openApp }) => {
  // The article's one "checked before?" question goes out when the page is first idle, which on
  // a loaded machine can fall into the keys below; it is no request of j/k, so wait for its answer.
  let flagged = false;
  page.on('response', (response) => {
    if (response.url().endsWith('/api/factchecks.flagClaims')) flagged = true;
  });
  const { claims, ws } = await openSample(page, serve, openApp);
  await page.keyboard.press('j');
  await expect(ws.quote()).toHaveText(claims[0]!.text);
  await expect.poll(() => page.evaluate(() => document.querySelector('.claim-panel .history, .claim-panel .muted') !== null)).toBe(true);
  await expect.poll(() => flagged).toBe(true);
  const methods: string[] = [];
  const historyOf: string[] = [];
  page.on('request', (request) => {
    const m = /\/api\/([\w.]+)/.exec(request.url());
    if (!m) return;
    methods.push(m[1]!);
    if (m[1] === 'claims.history') historyOf.push((JSON.parse(request.postData() ?? '{}') as { claimId?: string }).claimId ?? '');
  });
  // Five j, each in a task of its own (as a held key sends them), faster than details load.
  const samePanel = await page.evaluate(async () => {
    const panel = document.querySelector('.claim-panel');
    for (let i = 0; i < 5; i++) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return document.querySelector('.claim-panel') === panel;
  });
  expect(samePanel).toBe(true);
  await expect(ws.quote()).toHaveText(claims[5]!.text);
  // The claim it rests on gets its history and earlier fact-checks; the claims passed did not each ask.
  await expect.poll(() => historyOf.includes(claims[5]!.id)).toBe(true);
  await expect.poll(() => methods.filter((m) => m === 'factchecks.match').length).toBeGreaterThan(0);
  await page.waitForTimeout(600); // a request for a passed claim would have gone out by now
  expect(historyOf.length).toBeLessThan(5);
  expect(methods.filter((m) => m === 'factchecks.match').length).toBeLessThan(5);
  // workspace.remember: the host is told where the selection rests (once, a second after it rests).
  expect(methods.filter((m) => !['claims.history', 'factchecks.match', 'workspace.remember'].includes(m))).toEqual([]);
  expect(methods.filter((m) => m === 'workspace.remember').length).toBeLessThanOrEqual(1);
});
