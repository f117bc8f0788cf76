// Four frictions of a reviewer's day found by QA (session 28): the focus lost after the
// first-run question, panes that scrolled sideways at 200% zoom, the newest article opening at
// start instead of the one last open, and a German desk's earlier verdicts named in English.
// Each test failed before its fix. Screenshots go to test-results/reviewer-day/.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSample, seedSample } from './pages/seed';
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

/** Elements that scroll sideways, or stick out of the window on the right. */
function sideways(page: Page) {
  return page.evaluate(() => {
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const out: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} scrolls ${el.scrollWidth} > ${el.clientWidth}`);
      const rect = el.getBoundingClientRect();
      // The live region and other visually hidden parts are 1 px boxes clipped away.
      if (rect.width > 1 && rect.right > window.innerWidth + 1) out.push(`${name(el)} ends at ${Math.round(rect.right)}`);
    }
    return out;
  });
}

test('at 200% zoom (a 640 px wide window) the panes stack: nothing scrolls sideways, text wraps, every pane is reached by keyboard', async ({ page, serve, openApp }) => {
  // A 1280 × 800 window at 200% is 640 × 400 CSS pixels.
  await page.setViewportSize({ width: 640, height: 400 });
  const { claims, ws } = await openSample(page, serve, openApp);
  await page.keyboard.press('j');
  await expect(ws.quote()).toHaveText(claims[0]!.text);
  await page.screenshot({ path: path.join(SHOTS, 'zoom-200-top.png') });
  expect(await sideways(page)).toEqual([]);
  // The claim panel, below the article: r takes focus to its rationale, scrolled into view.
  await page.keyboard.press('r');
  const rationale = ws.field('Rationale');
  await expect(rationale).toBeFocused();
  await expect(rationale).toBeInViewport();
  await rationale.fill('A long rationale that has to wrap inside the narrow panel instead of widening it: '.repeat(4));
  expect(await sideways(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'zoom-200-panel.png') });
  // Escape goes back to the claims; the articles pane is reached too.
  await page.keyboard.press('Escape');
  await expect(ws.claimsList).toBeFocused();
  await page.keyboard.press('/');
  await expect(ws.articlesPane.getByRole('searchbox')).toBeFocused();
  await expect(ws.articlesPane.getByRole('searchbox')).toBeInViewport();
  // The other views at this width too.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'All claims' }).click();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'zoom-200-all-claims.png') });
});

test('start-up reopens the article and claim last open, in a browser that never saw them, not the newest', async ({ page, serve, openApp, browser }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  const { article: older } = await serve.api('articles.create', {
    title: 'Quillmouth ferry',
    text: 'The ferry company said fares rose by 9 percent in March. The harbour master said the new pier cost 3 million pounds.',
    language: 'en',
  });
  const claims = [...(await serve.api('articles.get', { id: older.id })).claims].sort((a, b) => a.start - b.start);
  expect(claims.length).toBeGreaterThanOrEqual(2);
  await serve.api('articles.createSample', {});
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  await ws.articlesPane.getByRole('button', { name: /Quillmouth ferry/ }).click();
  await ws.waitForArticle('Quillmouth ferry');
  await ws.selectByText(claims[1]!.text);
  await expect(ws.quote()).toHaveText(claims[1]!.text);
  // The host has it once the selection rests.
  await expect.poll(async () => (await serve.api('workspace.open', {})).claimId, { timeout: 5000 }).toBe(claims[1]!.id);

  // Another browser (no storage of the first: as serve's page is at each start, on a new port).
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  try {
    const second = await openApp(await context.newPage());
    const ws2 = new WorkspacePage(second);
    await ws2.waitForArticle('Quillmouth ferry');
    await expect(ws2.quote()).toHaveText(claims[1]!.text);
    await expect(ws2.selectedOption()).toContainText(claims[1]!.text);
    await second.screenshot({ path: path.join(SHOTS, 'reopened.png') });
  } finally {
    await context.close();
  }
});

test("a German desk's earlier verdicts show in German in \"checked before?\", from a language-neutral code", async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Jana Prüferin', uiLanguage: 'de' });
  const sentence = 'Die Stadtwerke Bergfeld teilten mit, dass der Strompreis im Mai um 14 Prozent gestiegen sei.';
  const { article: earlier } = await serve.api('articles.create', { title: 'Strompreis I', text: `${sentence} Der Stadtrat tagte am Montag.`, language: 'de' });
  const first = (await serve.api('articles.get', { id: earlier.id })).claims.find((c) => c.text.includes('Strompreis'))!;
  const { claim } = await serve.api('sources.add', { claimId: first.id, url: 'https://example.org/strompreis-bergfeld' });
  await serve.api('claims.setVerdict', { id: first.id, expectedVersion: claim.version, verdict: 'disputed' });
  const { article: later } = await serve.api('articles.create', { title: 'Strompreis II', text: `Ein Sprecher sagte am Dienstag: ${sentence}`, language: 'de' });
  const again = (await serve.api('articles.get', { id: later.id })).claims.find((c) => c.text.includes('Strompreis'))!;

  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle('Strompreis II');
  await ws.highlight(again.id).click();
  const match = page.getByTestId('factcheck-match').filter({ hasText: 'Bergfeld' }).first();
  await expect(match).toBeVisible();
  await expect(match.locator('.fc-rating')).toHaveText('Widerlegt');
  await match.scrollIntoViewIfNeeded();
  await page.getByTestId('earlier-factchecks').screenshot({ path: path.join(SHOTS, 'checked-before-de.png') });
});
