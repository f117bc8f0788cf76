// All claims in a narrow window (200% zoom of a 1280 px window = 640 CSS px). The table is wider
// than that (its columns' minimums add up to ~79em); it scrolls sideways inside its own scroller
// (a data table is WCAG 1.4.10's exception), its header following, and ← / → move it a column at a
// time from the keyboard. Nothing outside the table scrolls sideways. Screenshots go to
// test-results/claims-table-narrow/.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seedClaims } from '../../bench/ui';
import { expect, test } from './fixtures';
import { ClaimsTablePage } from './pages/claims-table';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'claims-table-narrow');

/** Elements outside the table's own scroller that scroll sideways or stick out of the window. */
function sidewaysOutsideTable(page: Page) {
  return page.evaluate(() => {
    const name = (el: Element) => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const out: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll('body *')) {
      // The table's scroller (and the header it moves) may hold what is wider than the window.
      if (el.closest('.cdv-grid__body, .cdv-grid__head') && !el.matches('.cdv-grid__body, .cdv-grid__head')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (!el.matches('.cdv-grid__body') && ['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} scrolls ${el.scrollWidth} > ${el.clientWidth}`);
      const rect = el.getBoundingClientRect();
      if (rect.width > 1 && rect.right > window.innerWidth + 1) out.push(`${name(el)} ends at ${Math.round(rect.right)}`);
    }
    return out;
  });
}

/** Whether the element lies whole inside the grid's box sideways, and whole in the window. */
async function wholeInGrid(el: Locator, grid: Locator): Promise<boolean> {
  const [box, frame] = await Promise.all([el.boundingBox(), grid.boundingBox()]);
  const height = el.page().viewportSize()!.height;
  // A header squeezed to no height (as the short window once did) is not "reached".
  if (!(box && frame && box.width > 0 && box.height >= 16 && box.y >= 0 && box.y + box.height <= height + 1 && box.x >= frame.x - 1 && box.x + box.width <= frame.x + frame.width + 1)) return false;
  // Not covered (by the claim's column, which stays at the left edge): its middle is its own.
  return el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return e.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
}

test('at 640 px every column of All claims is reached from the keyboard, the header stays over its column, nothing else scrolls sideways', async ({ serve, openApp, page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  seedClaims(serve.app.store.sqlite, 30, 1);
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await openApp();
  const table = new ClaimsTablePage(page);
  await table.open();
  await table.expectCount(30);
  await expect(table.grid).toBeFocused();
  expect(await sidewaysOutsideTable(page)).toEqual([]);
  // The claim's words are readable at the start: its column is on screen, at least 14em wide.
  const claimHead = table.grid.getByRole('columnheader').nth(1);
  expect(await wholeInGrid(claimHead, table.grid)).toBe(true);
  expect((await claimHead.boundingBox())!.width).toBeGreaterThanOrEqual(14 * 13 - 1);
  await page.screenshot({ path: path.join(SHOTS, 'all-claims-640-start.png') });

  const headers = table.grid.getByRole('columnheader');
  const firstRow = table.dataRows().first();
  await expect(headers).toHaveCount(9);
  for (let col = 0; col < 9; col++) {
    const header = headers.nth(col);
    for (let presses = 0; presses < 12 && !(await wholeInGrid(header, table.grid)); presses++) await page.keyboard.press('ArrowRight');
    expect(await wholeInGrid(header, table.grid), `column ${col + 1} (${await header.textContent()}) reached`).toBe(true);
    // The header is over its column's cells, wherever the body is scrolled to.
    const cell = firstRow.locator(`[aria-colindex="${col + 1}"]`);
    // (The verdict cell is a badge with a margin: its column starts at its margin.)
    const columnStart = (el: Locator) => el.evaluate((e) => e.getBoundingClientRect().left - parseFloat(getComputedStyle(e).marginLeft));
    await expect.poll(async () => Math.round((await columnStart(cell)) - (await columnStart(header))), { message: `column ${col + 1} lines up` }).toBe(0);
  }
  expect(await sidewaysOutsideTable(page)).toEqual([]);
  // Scrolled to the last column, the claim's words are still there, at the left edge.
  expect(await wholeInGrid(claimHead, table.grid)).toBe(true);
  expect(await wholeInGrid(firstRow.locator('.cdv-col-claim'), table.grid)).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'all-claims-640-end.png') });

  // Tab to a sort button out of sight: it scrolls in beside the claim's column, the body following.
  for (let presses = 0; presses < 12; presses++) await page.keyboard.press('ArrowLeft');
  const updated = table.grid.getByRole('button', { name: /Updated/ });
  await page.keyboard.press('Tab');
  for (let presses = 0; presses < 8 && !(await updated.evaluate((e) => e === document.activeElement)); presses++) await page.keyboard.press('Tab');
  await expect(updated).toBeFocused();
  expect(await wholeInGrid(headers.nth(8), table.grid)).toBe(true);
  await expect.poll(async () => Math.round((await firstRow.locator('[aria-colindex="9"]').boundingBox())!.x - (await headers.nth(8).boundingBox())!.x)).toBe(0);
  await table.grid.focus();

  // The rows' keys work scrolled sideways; ← goes back to the first column.
  for (let presses = 0; presses < 12; presses++) await page.keyboard.press('ArrowLeft');
  expect(await wholeInGrid(headers.nth(0), table.grid)).toBe(true);
  // (Focus coming back to the grid chose the first row on screen: j j is the third.)
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const rows = table.dataRows();
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  // The bars above take half of the 400 px: the view scrolled the grid whole into the window,
  // with at least seven rows and its sideways scrollbar on screen.
  const grid = (await table.grid.boundingBox())!;
  expect(grid.y).toBeGreaterThanOrEqual(-1);
  expect(grid.y + grid.height).toBeLessThanOrEqual(401);
  expect(grid.height).toBeGreaterThanOrEqual(28 + 7 * 30);
  await page.screenshot({ path: path.join(SHOTS, 'all-claims-640-rows.png') });
  const third = (await rows.nth(2).locator('.cdv-col-claim').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Workspace', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[role=option][aria-selected=true]')).toContainText(third.slice(0, 40));
});

test('at 1440 px All claims shows every column without scrolling sideways; the claim cells keep their rows\' stripes', async ({ serve, openApp, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  seedClaims(serve.app.store.sqlite, 200, 1);
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await openApp();
  const table = new ClaimsTablePage(page);
  await table.open();
  await table.expectCount(200);
  const headers = table.grid.getByRole('columnheader');
  for (let col = 0; col < 9; col++) expect(await wholeInGrid(headers.nth(col), table.grid)).toBe(true);
  const body = table.grid.locator('.cdv-grid__body');
  expect(await body.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect(await sidewaysOutsideTable(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'all-claims-1440.png') });

  // The claim cells (sticky, with a background of their own) keep their row's stripe whichever
  // row is first on screen: odd rows the header's grey, even rows not.
  for (const top of [300, 330, 360, 390]) {
    await body.evaluate((el, y) => (el.scrollTop = y), top);
    await expect
      .poll(() =>
        body.evaluate((el) => {
          const alt = getComputedStyle(el.parentElement!.querySelector('.cdv-grid__row--head')!).backgroundColor;
          const wrong: string[] = [];
          for (const row of el.querySelectorAll('[role=row][data-claim-id]')) {
            const index = Number(row.getAttribute('aria-rowindex')) - 2;
            const bg = getComputedStyle(row.querySelector('.cdv-col-claim')!).backgroundColor;
            if ((index % 2 === 1) !== (bg === alt) || bg === 'rgba(0, 0, 0, 0)') wrong.push(`${index}: ${bg}`);
          }
          return wrong;
        }),
      )
      .toEqual([]);
  }
});
