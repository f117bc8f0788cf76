// Claimant pages and the desk dashboard in a real browser on the real serve host: charts under
// the app's CSP (no violation), keyboard-reachable, with a table view, in English and German;
// a claimant found by an alias in search; a jump from a claimant's claim into its article.
// Takes the screenshots of both screens in both languages (docs/screenshots/).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const DIR = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'extraction');

const DESK = [
  `US-Präsident Donald Trump sagte am Montag, die Zölle auf Stahl würden um 25 Prozent steigen.\nBundeskanzler Friedrich Merz erklärte, Deutschland werde 3,5 Prozent seiner Wirtschaftsleistung für Verteidigung ausgeben.\nDie Bundesregierung teilte mit, die Inflation sei im November auf 2,3 Prozent gesunken.`,
  `Merz sagte im Bundestag, die Zahl der Asylanträge sei um 40 Prozent zurückgegangen.\nTrump behauptete, die USA hätten 2024 mehr als 600 Milliarden Dollar an Zöllen eingenommen.\nChinas Staatschef Xi Jinping sagte, die Wirtschaft seines Landes sei um 5 Prozent gewachsen.`,
  `Xi erklärte, China habe 2024 mehr als 10 Millionen Elektroautos gebaut.\nFriedrich Merz sagte, die Energiepreise seien seit 2022 um 30 Prozent gestiegen.\nDas Robert Koch-Institut meldete, die Zahl der Masernfälle habe sich verdoppelt.`,
  `President Donald Trump said unemployment fell to 3.4 percent in his first term.\nThe Kremlin said 300,000 soldiers had signed contracts this year.\nTrump said the United States pays 90 percent of NATO's costs.`,
];

test('dashboard and claimant pages, keyboard and table views, DE and EN', async ({ page, serve, openApp }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const api = serve.api;
  for (const [i, text] of DESK.entries()) await api('articles.create', { text, title: `Desk ${i + 1}`, language: i === 3 ? 'en' : 'de' });
  for (const file of ['bundeshaushalt.de.txt', 'fed-rates.en.txt', 'bahnstreik.de.txt']) await api('articles.create', { text: fs.readFileSync(path.join(FIXTURES, file), 'utf8') });

  // Verdicts by two reviewers, spread over the past weeks (the clock is backdated in the file).
  const trump = (await api('claimants.get', { claimant: 'Donald Trump' })).claims;
  const merz = (await api('claimants.get', { claimant: 'Merz' })).claims;
  const setVerdict = async (id: string, verdict: 'verified' | 'disputed' | 'inconclusive', reviewer: string) => {
    await api('settings.set', { reviewerName: reviewer });
    const claim = await api('claims.get', { id });
    let version = claim.version;
    if (verdict !== 'inconclusive') version = (await api('sources.add', { claimId: id, url: 'https://example.org/source', title: 'Source', stance: verdict === 'verified' ? 'supports' : 'refutes' })).claim.version;
    await api('claims.setVerdict', { id, expectedVersion: version, verdict, ratingLabel: verdict === 'disputed' ? 'Falsch' : null });
  };
  await setVerdict(trump[0]!.id, 'disputed', 'Ana Weber');
  await setVerdict(trump[1]!.id, 'disputed', 'Ana Weber');
  await setVerdict(trump[2]!.id, 'inconclusive', 'Jonas Berg');
  await setVerdict(merz[0]!.id, 'verified', 'Jonas Berg');
  await setVerdict(merz[1]!.id, 'disputed', 'Ana Weber');
  const sqlite = serve.app.store.sqlite;
  const reviewed = sqlite.prepare("select id from claims where verdict != 'unreviewed' order by id").pluck().all() as string[];
  sqlite.prepare("update articles set imported_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-24 days')").run();
  sqlite.prepare("update claims set created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-24 days')").run();
  reviewed.forEach((id, i) => sqlite.prepare("update claims set reviewed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?) where id = ?").run(`-${7 * (i % 3)} days`, id));
  await api('settings.set', { reviewerName: 'Ana Weber', uiLanguage: 'en' });

  await openApp();
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.getByRole('button', { name: 'Dashboard' }).click();
  const totals = page.getByTestId('dashboard-totals');
  await expect(totals.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('dashboard-weeks').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Verdicts per reviewer' })).toBeVisible();
  await expect(page.getByTestId('median-hours')).not.toHaveText('—');
  await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveAttribute('placeholder', 'YYYY-MM-DD');

  // Keyboard: the chart itself takes focus (Tab), and arrow keys move through its values.
  const surface = totals.locator('[tabindex="0"]').first();
  await surface.focus();
  await expect(surface).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(totals.locator('.recharts-tooltip-wrapper')).toContainText(/Disputed|Verified|Inconclusive|Open/);
  // The table view says the same figures as text.
  await totals.getByRole('button', { name: 'Show as table' }).click();
  await expect(totals.getByRole('row', { name: /Disputed 3/ })).toBeVisible();
  await totals.getByRole('button', { name: 'Show as chart' }).click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'dashboard.png'), fullPage: true });

  // The most-claimed person opens their page: record chart, aliases, claims newest first.
  await page.getByRole('button', { name: 'Donald Trump' }).click();
  const claimantPage = page.getByTestId('claimant-page');
  await expect(claimantPage.getByRole('heading', { name: 'Donald Trump' })).toBeVisible();
  await expect(claimantPage.getByTestId('claimant-record').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(claimantPage.getByText('Also seen as')).toBeVisible();
  await expect(claimantPage.locator('.claimant-aliases')).toContainText('Trump');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'claimant.png'), fullPage: true });

  // The claims list (virtualised) is walked with ↓ / ↑ / End / Home.
  const rows = claimantPage.locator('.claimant-claims__row');
  await expect(claimantPage.getByTestId('claimant-claims')).toHaveAttribute('data-count', '4');
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(3)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(rows.first()).toBeFocused();

  // A claim jumps into its article with the claim selected.
  const first = claimantPage.locator('.claimant-claims__row').first();
  const text = (await first.locator('.claimant-claims__text').textContent())!;
  await first.click();
  await expect(page.locator('.claim-panel, [data-testid="claim-panel"]').first()).toContainText(text.slice(0, 30));

  // Search finds the person by an alias.
  await page.getByRole('searchbox').first().fill('Xi');
  await page.getByRole('option', { name: /^Xi Jinping/ }).click();
  await expect(page.getByTestId('claimant-page').getByRole('heading', { name: 'Xi Jinping' })).toBeVisible();

  // German.
  await api('settings.set', { uiLanguage: 'de' });
  await page.reload();
  await page.getByRole('button', { name: 'Überblick' }).click();
  await expect(page.getByRole('heading', { name: 'Bewertungen pro Prüfer:in' })).toBeVisible();
  await expect(page.getByTestId('dashboard-weeks').locator('.recharts-legend-item-text', { hasText: 'Widerlegt' })).toBeVisible();
  // Dates as the UI language writes them (not the browser's mm/dd/yyyy), typed or stepped with ↑ / ↓.
  const from = page.getByRole('textbox', { name: 'Von', exact: true });
  const to = page.getByRole('textbox', { name: 'Bis', exact: true });
  await expect(from).toHaveAttribute('placeholder', 'TT.MM.JJJJ');
  await from.fill('31.02.2026');
  await from.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Kein Datum' })).toBeVisible();
  await from.fill('01.01.2000');
  await to.fill('31.01.2000');
  await expect(page.getByTestId('median-hours')).toHaveText('—');
  await to.press('ArrowUp');
  await expect(to).toHaveValue('01.02.2000');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'dashboard-dates-de.png') });
  await from.fill('');
  await to.fill('');
  await expect(page.getByTestId('median-hours')).not.toHaveText('—');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'dashboard-de.png'), fullPage: true });
  await page.getByRole('button', { name: 'Friedrich Merz' }).click();
  await expect(page.getByTestId('claimant-page').getByRole('heading', { name: 'Bewertungsbilanz' })).toBeVisible();
  // The list beside the page loads on its own: the screenshot shows it, not an empty column.
  await expect(page.getByText(/^\d+ Urheber$/)).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'claimant-de.png'), fullPage: true });

  expect(violations).toEqual([]);
});

test('split a claimant by names and claims, see it in the history, undo it, by keyboard, EN and DE', async ({ page, serve, openApp }) => {
  test.setTimeout(120_000);
  const api = serve.api;
  for (const [i, text] of DESK.entries()) await api('articles.create', { text, title: `Desk ${i + 1}`, language: i === 3 ? 'en' : 'de' });
  await api('settings.set', { reviewerName: 'Ana Weber', uiLanguage: 'en' });
  const trump = (await api('claimants.get', { claimant: 'Donald Trump' })).claimant;
  expect(trump.aliases).toContain('Trump');

  await openApp();
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.getByRole('button', { name: 'Claimants' }).click();
  await page.getByRole('navigation', { name: 'Claimants' }).getByRole('button', { name: /^Donald Trump/ }).click();
  const claimantPage = page.getByTestId('claimant-page');
  await expect(claimantPage.getByRole('heading', { name: 'Donald Trump' })).toBeVisible();
  await expect(claimantPage.getByTestId('claimant-history')).toContainText('No renames, merges or splits yet.');

  // Keyboard only: open the split, tick the name "Trump" and one claim, name the new claimant.
  const splitButton = claimantPage.getByRole('button', { name: 'Split…' });
  await splitButton.focus();
  await page.keyboard.press('Enter');
  const form = claimantPage.getByTestId('claimant-split');
  await form.getByRole('checkbox', { name: 'Trump', exact: true }).focus();
  await page.keyboard.press('Space');
  const firstClaim = claimantPage.getByRole('checkbox', { name: /^Move to the new claimant/ }).first();
  await firstClaim.focus();
  await page.keyboard.press('Space');
  await expect(form).toContainText('1 claim chosen');
  await form.getByRole('textbox', { name: 'Name of the new claimant' }).fill('Trump (Sprecher)');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'claimant-split.png'), fullPage: true });
  await form.getByRole('button', { name: 'Split off' }).focus();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  const history = claimantPage.getByTestId('claimant-history');
  await expect(history).toContainText('Split off Trump (Sprecher)');
  const after = (await api('claimants.get', { claimant: trump.id })).claimant;
  expect(after.claims).toBeLessThan(trump.claims);
  expect(after.aliases).not.toContain('Trump');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'claimant-history.png'), fullPage: true });

  // Undo from the history brings every claim and the name back.
  await history.getByRole('button', { name: 'Undo' }).click();
  await expect(history).toContainText('(undone)');
  await expect(history).toContainText('Undid: split');
  const undone = (await api('claimants.get', { claimant: trump.id })).claimant;
  expect(undone.claims).toBe(trump.claims);
  expect(undone.aliases).toContain('Trump');

  // German.
  await api('settings.set', { uiLanguage: 'de' });
  await page.reload();
  await page.getByRole('button', { name: 'Urheber' }).first().click();
  await page.getByRole('navigation', { name: 'Urheber' }).getByRole('button', { name: /^Donald Trump/ }).click();
  await expect(page.getByTestId('claimant-history')).toContainText('Rückgängig gemacht: Aufteilung');
  await page.getByRole('button', { name: 'Aufteilen …' }).click();
  await expect(page.getByTestId('claimant-split')).toContainText('Namen, die mitgehen');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'claimant-history-de.png'), fullPage: true });
});

test('an unresolved name is assigned to a claimant by hand from the claim panel, by keyboard, EN and DE', async ({ page, serve, openApp }) => {
  test.setTimeout(120_000);
  const api = serve.api;
  await api('articles.create', { text: 'President Joe Biden said inflation fell to 3 percent last year.\nHunter Biden said he paid $2 million in taxes in 2021.', title: 'Bidens', language: 'en' });
  const { article } = await api('articles.create', { text: 'Biden said unemployment fell to 3.9 percent in 2023.', title: 'Bare Biden', language: 'en' });
  await api('settings.set', { reviewerName: 'Ana Weber', uiLanguage: 'en' });
  const claim = (await api('articles.get', { id: article.id })).claims[0]!;
  expect(claim.claimantId).toBeNull();

  await openApp();
  await page.setViewportSize({ width: 1360, height: 900 });
  await page.getByRole('button', { name: /Bare Biden/ }).first().click();
  await page.locator('[data-claim-id], .claim-list-item, [role="option"]').filter({ hasText: 'unemployment' }).first().click();
  const assign = page.getByTestId('claimant-assign');
  await expect(assign).toContainText('“Biden” is linked to no claimant');
  await expect(assign.getByRole('button', { name: 'Joe Biden' })).toBeVisible();
  await expect(assign.getByRole('button', { name: 'Hunter Biden' })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'claimant-assign.png') });
  // Keyboard: type in the box, Enter takes the first match.
  await assign.getByRole('textbox', { name: 'Assign this claim to' }).fill('Joe');
  await expect(assign.getByRole('button', { name: 'Hunter Biden' })).toBeHidden();
  await assign.getByRole('textbox', { name: 'Assign this claim to' }).press('Enter');
  await expect(page.getByText('Linked to Joe Biden by hand')).toBeVisible();
  expect((await api('claims.get', { id: claim.id })).claimantId).toBe((await api('claimants.get', { claimant: 'Joe Biden' })).claimant.id);

  // German: another bare name stays unresolved, and the panel says so in German.
  const other = (await api('articles.create', { text: 'Biden sagte, die Arbeitslosigkeit liege bei 4 Prozent.', title: 'Bare Biden DE', language: 'de' })).article;
  expect((await api('articles.get', { id: other.id })).claims[0]!.claimantId).toBeNull();
  await api('settings.set', { uiLanguage: 'de' });
  await page.reload();
  await page.getByRole('button', { name: /Bare Biden DE/ }).first().click();
  await page.locator('[data-claim-id], .claim-list-item, [role="option"]').filter({ hasText: 'Arbeitslosigkeit' }).first().click();
  await expect(page.getByTestId('claimant-assign')).toContainText('„Biden“ gehört zu keinem Urheber');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'claimant-assign-de.png') });
});

test('the claimants list is walked with arrow keys (and j/k) from the search field, Enter opens one', async ({ page, serve, openApp }) => {
  for (const [i, text] of DESK.entries()) await serve.api('articles.create', { text, title: `Desk ${i + 1}`, language: i === 3 ? 'en' : 'de' });
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await openApp();
  await page.getByRole('button', { name: 'Claimants' }).click();
  const list = page.getByRole('navigation', { name: 'Claimants' });
  const names = list.locator('.claimants__items > li > button .claimants__name');
  await expect(names.first()).toBeVisible();
  const all = await names.allTextContents();
  expect(all.length).toBeGreaterThanOrEqual(3);
  const focusedName = () => page.evaluate(() => document.activeElement?.querySelector('.claimants__name')?.textContent ?? null);

  await list.getByRole('searchbox').focus();
  await page.keyboard.press('ArrowDown');
  expect(await focusedName()).toBe(all[0]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  expect(await focusedName()).toBe(all[2]);
  await page.keyboard.press('k');
  expect(await focusedName()).toBe(all[1]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // stays on the first
  expect(await focusedName()).toBe(all[0]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: all[1] })).toBeVisible();
  await page.screenshot({ path: 'test-results/claimants-keys.png' });
});
