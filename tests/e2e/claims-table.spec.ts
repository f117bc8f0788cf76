// The All claims table: filters, sort, keyboard, and 100,000 claims scrolled in a real Chromium.
import { benchAllClaims, seedClaims, seededClaimText } from '../../bench/ui';
import { expect, test } from './fixtures';
import { ClaimsTablePage } from './pages/claims-table';

test('filters by verdict, claimant, article, score and reviewer, sorts by header, opens from the keyboard', async ({ serve, openApp, page }) => {
  seedClaims(serve.app.store.sqlite, 40, 2);
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await openApp();
  const table = new ClaimsTablePage(page);
  await table.open();
  await table.expectCount(40);
  await expect(table.row(seededClaimText(0))).toBeVisible();

  // Verdict (multi toggle): i % 4 == 2 is disputed, i % 4 == 1 verified.
  await table.verdictToggle('Disputed').click();
  await expect(table.verdictToggle('Disputed')).toHaveAttribute('aria-pressed', 'true');
  await table.expectCount(10);
  expect(new Set(await table.column('verdict'))).toEqual(new Set(['Disputed']));
  await table.verdictToggle('Verified').click();
  await table.expectCount(20);
  expect(new Set(await table.column('verdict'))).toEqual(new Set(['Disputed', 'Verified']));
  await table.verdictToggle('Disputed').click();
  await table.verdictToggle('Verified').click();
  await table.expectCount(40);

  // Claimant (text, part of the name): i % 5 == 2.
  await table.filter('Claimant').fill('polizei');
  await table.expectCount(8);
  expect(new Set(await table.column('claimant'))).toEqual(new Set(['Polizei Berlin']));
  await table.filter('Claimant').fill('');
  await table.expectCount(40);

  // Article (select): claims 20..39 are in the second article.
  await table.filter('Article').selectOption({ label: 'Bench article 0001' });
  await table.expectCount(20);
  expect(new Set(await table.column('article'))).toEqual(new Set(['Bench article 0001']));
  await expect(table.row(seededClaimText(20))).toBeVisible();
  await table.filter('Article').selectOption({ label: 'All articles' });
  await table.expectCount(40);

  // Minimum check-worthiness (slider on the workspace's 0–100 scale, by keyboard): claim i
  // scores i / 100, shown as i; 30 keeps 30..39.
  const slider = table.filter('Min. check-worthiness');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('30');
  await expect(slider).toHaveAttribute('aria-valuetext', '30');
  await table.expectCount(10);
  await page.keyboard.press('Home');
  await table.expectCount(40);

  // Reviewer (text): i % 3 == 1 is Ben, less the unreviewed ones (i % 4 == 0: 4, 16, 28), which
  // have no reviewer (as the app writes them); with Verified too: i % 12 == 1.
  await table.filter('Reviewer').fill('Ben');
  await table.expectCount(10);
  await table.verdictToggle('Verified').click();
  await table.expectCount(4);
  expect((await table.column('claim')).sort()).toEqual([1, 13, 25, 37].map(seededClaimText));
  await table.region.getByRole('button', { name: 'Clear filters' }).click();
  await table.expectCount(40);

  // Sort by clicking headers; aria-sort follows.
  await table.sortBy('Check-worthiness');
  await expect(table.header('Check-worthiness')).toHaveAttribute('aria-sort', 'descending');
  await expect(table.dataRows().first()).toContainText(seededClaimText(39));
  expect((await table.column('score'))[0]).toBe('39');
  await table.sortBy('Check-worthiness');
  await expect(table.header('Check-worthiness')).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.dataRows().first()).toContainText(seededClaimText(0));
  await table.sortBy('Article');
  await expect(table.header('Article')).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.header('Check-worthiness')).toHaveAttribute('aria-sort', 'none');
  await table.sortBy('Article');
  await expect(table.header('Article')).toHaveAttribute('aria-sort', 'descending');
  await expect(table.dataRows().first()).toContainText('Bench article 0001');
  await table.sortBy('Claimant');
  await expect(table.header('Claimant')).toHaveAttribute('aria-sort', 'ascending');
  await table.sortBy('Verdict');
  await expect(table.header('Verdict')).toHaveAttribute('aria-sort', 'ascending');
  await table.sortBy('Updated');
  await expect(table.header('Updated')).toHaveAttribute('aria-sort', 'descending');
  // The claim column sorts by position in the text, and its header says so.
  await table.sortBy('Claim (in text order)');
  await expect(table.header('Claim (in text order)')).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.dataRows().first()).toContainText(seededClaimText(0));

  // Keyboard: focus the grid, Down twice, Enter opens the claim in the workspace.
  await table.grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(table.row(seededClaimText(2))).toHaveAttribute('aria-selected', 'true');
  await expect(table.grid).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('ArrowUp');
  await expect(table.row(seededClaimText(1))).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Workspace', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Bench article 0000' })).toBeVisible();
  await expect(page.locator('[role=option][aria-selected=true]')).toContainText(seededClaimText(2));
});

test('the score filter agrees with the score shown: "≥ 55" keeps a claim shown as 55', async ({ serve, openApp, page }) => {
  seedClaims(serve.app.store.sqlite, 4, 1);
  // Shown as 55, 54, 56 and 55 (Math.round of the percentage).
  const scores = [0.548, 0.544, 0.56, 0.55];
  const setScore = serve.app.store.sqlite.prepare('update claims set checkworthiness = ? where id = ?');
  scores.forEach((score, i) => setScore.run(score, `bench-c${String(i).padStart(7, '0')}`));
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await openApp();
  const table = new ClaimsTablePage(page);
  await table.open();
  await table.expectCount(4);
  expect(await table.column('score')).toEqual(['55', '54', '56', '55']);

  const slider = table.filter('Min. check-worthiness');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('55');
  await table.expectCount(3);
  expect((await table.column('claim')).sort()).toEqual([0, 2, 3].map(seededClaimText));
  expect(new Set(await table.column('score'))).toEqual(new Set(['55', '56']));
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('60');
  await table.expectCount(0);
});

test('100,000 claims: first rows fast, 100 screens of scrolling show the right claims', async ({ serve, page }) => {
  test.setTimeout(480_000); // 100,000 claims seeded, 100 screens scrolled, the first article's flagging waited for; minutes under load
  const t0 = Date.now();
  seedClaims(serve.app.store.sqlite, 100_000, 100);
  console.log(`[claims-table] seeded 100,000 claims in ${Date.now() - t0} ms`);
  await serve.api('settings.set', { reviewerName: 'Tess' });
  // The workspace that opens first asks which claims of its article were checked before
  // (factchecks.flagClaims). On this desk (75,000 reviewed look-alike claims) that indexes the
  // reviews and matches 1,000 claims: 25-35 s of a core here until session 26, now about 7 s of
  // the desk sync and 5 s of matching (bench/flag-background.ts), paced to at most half a core
  // and paused while the reviewer calls, so it takes longer than its CPU time; the bench gives up
  // waiting for it after 20 s. Counted here, so the steps below can wait for it.
  const flagging = new Set<unknown>();
  page.on('request', (r) => r.url().includes('/api/factchecks.flagClaims') && flagging.add(r));
  const settled = (r: unknown) => void flagging.delete(r);
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);

  const figures = await benchAllClaims(serve.server.url, page);
  console.log(`[claims-table] 100k claims: ${JSON.stringify(figures)}`);
  expect(figures.renderMs).toBeGreaterThanOrEqual(0);
  expect(figures.frames).toBe(100);

  const table = new ClaimsTablePage(page);
  await table.expectCount(100_000);
  // After scrolling 100 screens, each row on screen shows the claim for its row index.
  await expect(table.grid.locator('[role=row][aria-busy=true]')).toHaveCount(0);
  const checkRows = async () => {
    const rows = await table.dataRows().evaluateAll((els) =>
      els.map((el) => ({ index: Number(el.getAttribute('aria-rowindex')) - 2, text: el.querySelector('.cdv-col-claim')?.textContent ?? '' })),
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.text).toBe(seededClaimText(row.index));
    // Rows reuse DOM rows scrolled out (by slot), yet stay in screen order in the DOM.
    expect(rows.map((row) => row.index)).toEqual(rows.map((_, i) => rows[0]!.index + i));
    return rows;
  };
  const afterScroll = await checkRows();
  expect(afterScroll[0]!.index).toBeGreaterThan(1000);

  // Enter opens a 1,000-claim article: its render is not to share CI's 2 cores with that flagging
  // (the match worker takes a whole core; the desk's reviews are written on the host's thread).
  // Waited for: 0-124 s here at load 20 (the bench often outlasts it).
  await expect.poll(() => flagging.size, { timeout: 240_000, message: "the first article's flagClaims is answered" }).toBe(0);

  // End jumps to the last claim; its page is fetched on demand.
  await table.grid.focus();
  await page.keyboard.press('End');
  await expect(table.row(seededClaimText(99_999))).toHaveAttribute('aria-selected', 'true');
  await expect(table.grid.locator('[role=row][aria-busy=true]')).toHaveCount(0);
  await checkRows();
  await page.keyboard.press('Enter');
  // Enter acted: the view switch is made in the key's own render (a lost Enter fails here).
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Workspace', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Then the article renders: speed is measured above, not here. A CI run (2 workers) failed with
  // 5 s. Measured from Enter at load 15-23 (13 runs): the host answered articles.get in 0.4-0.6 s,
  // the heading came 1.4-7.5 s after Enter, and twice 18 and 24 s: page tasks starved of CPU
  // (traced: a task of 1,574 ms ran 85 ms on the CPU). 30 s keeps that margin.
  await expect(page.getByRole('heading', { level: 1, name: 'Bench article 0099' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[role=option][aria-selected=true]')).toContainText(seededClaimText(99_999), { timeout: 30_000 });
});
