// A queue, not a hunt: the list filtered by verdict, n for the next unreviewed claim, a list
// height the reviewer sets and keeps, j/k right after Ctrl+Enter, articles opening at their top,
// the sort kept across a language change, and search badges that follow verdicts live.
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openSample } from './pages/seed';
import { SettingsDialogPage } from './pages/settings';

// Screenshots for the change notes: CLAIMDESK_SCREENS=DIR keeps them (Playwright empties test-results).
const SCREENS = process.env.CLAIMDESK_SCREENS ?? path.join(os.tmpdir(), 'claimdesk-screens');

test('filters the list by verdict (unreviewed first); j/k walk what is shown; n goes to the next unreviewed claim', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const keys = page.keyboard;
  const filter = ws.centre.getByRole('group', { name: 'Show claims by verdict' });
  await expect(filter.getByRole('button')).toHaveText([`Unreviewed ${claims.length}`, 'Verified 0', 'Disputed 0', 'Inconclusive 0']);

  // Two claims marked inconclusive from the keyboard.
  await keys.press('j');
  await keys.press('j');
  await keys.press('i');
  await keys.press('j');
  await keys.press('i');
  await expect(filter.getByRole('button', { name: /^Inconclusive/ })).toHaveText('Inconclusive 2');

  await filter.getByRole('button', { name: /^Unreviewed/ }).click();
  await expect(filter.getByRole('button', { name: /^Unreviewed/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(ws.claimsList.getByRole('option').nth(0)).toContainText(claims[0]!.text);
  await expect(ws.claimsList.getByRole('option').nth(1)).toContainText(claims[3]!.text);
  await expect(ws.option(claims[1]!.text)).toHaveCount(0);
  await expect(ws.option(claims[2]!.text)).toHaveCount(0);
  await expect(ws.centre.getByRole('button', { name: /Hide list/ })).toHaveText(`Hide list (${claims.length - 2})`);
  await page.screenshot({ path: path.join(SCREENS, 'queue-filter-en.png'), clip: { x: 280, y: 40, width: 1160, height: 420 } });

  await ws.option(claims[0]!.text).click();
  await keys.press('j'); // skips the two inconclusive claims
  await expect(ws.quote()).toHaveText(claims[3]!.text);
  await keys.press('i'); // leaves the unreviewed list, stays selected
  await expect(ws.option(claims[3]!.text)).toHaveCount(0);
  await expect(ws.quote()).toHaveText(claims[3]!.text);
  await keys.press('j'); // on from where it stood
  await expect(ws.quote()).toHaveText(claims[4]!.text);
  await keys.press('k');
  await expect(ws.quote()).toHaveText(claims[0]!.text);

  // n: the next unreviewed claim after the current one, in the list's order, whatever the filter.
  await filter.getByRole('button', { name: /^Unreviewed/ }).click();
  await expect(ws.option(claims[1]!.text)).toHaveCount(1);
  await ws.option(claims[0]!.text).click();
  await keys.press('n');
  await expect(ws.quote()).toHaveText(claims[4]!.text);
  await filter.getByRole('button', { name: /^Inconclusive/ }).click();
  await ws.option(claims[1]!.text).click();
  await keys.press('n');
  await expect(ws.quote()).toHaveText(claims[4]!.text);
  // The filter is remembered across a reload.
  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
  await expect(filter.getByRole('button', { name: /^Inconclusive/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(ws.claimsList.getByRole('option')).toHaveCount(3);
});

test('n says so when no unreviewed claim is left', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  for (const c of claims) await serve.api('claims.setVerdict', { id: c.id, expectedVersion: c.version, verdict: 'inconclusive' });
  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
  await page.keyboard.press('n');
  await expect(ws.centre.getByRole('alert')).toContainText('No unreviewed claim left in this article.');
});

test('the claims list height is set by dragging (or Alt+arrows in the list) and remembered across reloads', async ({ page, serve, openApp }) => {
  const { ws } = await openSample(page, serve, openApp);
  const handle = ws.centre.getByRole('separator', { name: /Claims list height/ });
  const listHeight = () => ws.claimsList.evaluate((el) => el.getBoundingClientRect().height);
  const before = await listHeight();
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + 120, { steps: 4 });
  await page.mouse.up();
  await expect.poll(listHeight).toBeCloseTo(before + 120, -1);
  await ws.claimsList.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(listHeight).toBeCloseTo(before + 90, -1);

  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
  await expect.poll(listHeight).toBeCloseTo(before + 90, -1);
});

test('after Ctrl+Enter saves the claim, j and k work at once', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  await page.keyboard.press('j');
  await ws.field('Rationale').fill('Checked against the Kremlin transcript.');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('j');
  await expect(ws.quote()).toHaveText(claims[1]!.text);
  await expect.poll(async () => (await serve.api('claims.get', { id: claims[0]!.id })).rationale).toBe('Checked against the Kremlin transcript.');
  await page.keyboard.press('k');
  await expect(ws.quote()).toHaveText(claims[0]!.text);
  await expect(ws.field('Rationale')).toHaveValue('Checked against the Kremlin transcript.');
});

test('an article opens at its top', async ({ page, serve, openApp }) => {
  const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}: The council said spending rose by ${i + 2} percent in ${2000 + i}.`).join('\n\n');
  await serve.api('articles.create', { title: 'Long council article', text: long, language: 'en' });
  const { ws } = await openSample(page, serve, openApp);
  const scroller = ws.centre.locator('.text-scroll');
  await ws.articlesPane.getByRole('button', { name: /Long council article/ }).click();
  await ws.waitForArticle('Long council article');
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  await ws.articlesPane.getByRole('button', { name: /Putin und Xi/ }).click();
  await ws.waitForArticle(/Putin und Xi/);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await ws.articlesPane.getByRole('button', { name: /Long council article/ }).click();
  await ws.waitForArticle('Long council article');
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(ws.text.getByText(/^Paragraph 1:/)).toBeInViewport();
});

test('the chosen sort and filter survive a change of UI language', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  await ws.centre.getByLabel('Sort').selectOption('checkworthiness');
  await ws.centre.getByRole('group', { name: 'Show claims by verdict' }).getByRole('button', { name: /^Unreviewed/ }).click();
  const settings = await SettingsDialogPage.open(page);
  await settings.field('Language').selectOption('de');
  await settings.save().click();
  await expect(page.getByRole('button', { name: 'Arbeitsbereich' })).toBeVisible();
  await expect(ws.centre.getByLabel('Sortierung')).toHaveValue('checkworthiness');
  const filter = ws.centre.getByRole('group', { name: 'Behauptungen nach Bewertung zeigen' });
  await expect(filter.getByRole('button', { name: /^Ungeprüft/ })).toHaveAttribute('aria-pressed', 'true');
  const byScore = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  await ws.text.click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(ws.quote()).toHaveText(byScore[0]!.text);
  await page.screenshot({ path: path.join(SCREENS, 'queue-filter-de.png'), clip: { x: 280, y: 40, width: 1160, height: 420 } });
});

test('search result badges follow verdict changes live', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const target = claims.find((c) => c.text.includes('autark'))!;
  await ws.articlesPane.getByRole('searchbox').fill('autark');
  const results = ws.articlesPane.getByRole('region', { name: /Search results|Suchergebnisse/ }).or(ws.articlesPane.locator('.cdv-search'));
  const hit = results.first().getByRole('option').filter({ has: page.locator('.cdv-verdict') }).first();
  await expect(hit.locator('.cdv-verdict')).toHaveText('Unreviewed');
  await hit.click();
  await expect(ws.quote()).toHaveText(target.text);
  await ws.text.click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('i');
  await expect(hit.locator('.cdv-verdict')).toHaveText('Inconclusive');
});
