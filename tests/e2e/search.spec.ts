// Search results: grouped hits with highlighted snippets (React text, never HTML), any typed
// query answered with results or a message, and opening a hit selects its claim.
import { expect, test } from './fixtures';
import { SearchPage } from './pages/search';

const TEXT = `The unemployment rate fell to 3.9 percent in April, the Labor Department said on Friday.
"We created 250,000 jobs last month," said Labour Minister Jane Doe.
Critics say the figure for <b>wages</b> & "bonus" payments rose by 12 percent since 2020 <img src=x onerror="document.title='pwned'">.`;

test.beforeEach(async ({ serve }) => {
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await serve.api('articles.create', { title: 'Jobs report <i>April</i>', text: TEXT, language: 'en' });
  await serve.api('articles.create', { title: 'Weather', text: 'Rain is expected in Hamburg on Sunday, the weather service said.', language: 'en' });
});

test('shows grouped hits with the match highlighted as text', async ({ openApp, page }) => {
  await openApp();
  const search = new SearchPage(page);
  await search.search('unemployment');
  await expect(search.group(/1 article/)).toBeVisible();
  await expect(search.group(/1 claim/)).toBeVisible();
  const claimHit = search.group(/claim/).getByRole('option');
  await expect(claimHit).toContainText('Unreviewed');
  await expect(claimHit).toContainText('Jobs report <i>April</i>');
  await expect(claimHit.locator('mark')).toHaveText('unemployment');
  await expect(claimHit).toContainText('The unemployment rate fell to 3.9 percent');
  // Articles come first.
  await expect(search.hits().first()).toContainText('Jobs report <i>April</i>');

  // Markup in the text stays text: no element is made of it, nothing runs.
  await search.search('wages');
  const wagesHit = search.group(/claim/).getByRole('option');
  await expect(wagesHit.locator('mark')).toHaveText('wages');
  await expect(wagesHit).toContainText('<b>wages</b>');
  await expect(search.results.locator('b, img, i')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  const snippetText = await wagesHit.locator('.cdv-search__snippet').textContent();
  expect(snippetText).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
});

test('any query gives results or a clear message, never an error', async ({ openApp, page }) => {
  await openApp();
  const search = new SearchPage(page);
  const queries = ['"unemploy', 'rate"', '"', "'", '*', 'NEAR(', 'NEAR(rate, 3)', 'AND OR NOT', 'rate AND', '-rain', '((', 'x:y', 'title:rain', '^', 'zzzzqx', '🙂', 'ü'];
  for (const query of queries) {
    await search.search(query);
    const hits = await search.hits().count();
    if (hits === 0) await expect(search.message()).toBeVisible();
    await expect(search.results.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Search failed')).toHaveCount(0);
  }
  await search.search('"unemploy');
  await expect(search.hits().first()).toBeVisible();
  await search.search('zzzzqx');
  await expect(search.message()).toHaveText('Nothing found for “zzzzqx”.');
  await search.search('*');
  await expect(search.message()).toHaveText('Type a word to search for.');
});

test('arrow keys and Enter open a hit; the claim is selected in the workspace', async ({ openApp, page }) => {
  await openApp();
  const search = new SearchPage(page);
  await search.search('jobs');
  await expect(search.group(/claim/).getByRole('option')).toHaveCount(1);
  await search.list.focus();
  await page.keyboard.press('End');
  await expect(search.group(/claim/).getByRole('option')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs report <i>April</i>' })).toBeVisible();
  const selected = page.getByRole('listbox', { name: /Claims of this article/ }).locator('[role=option][aria-selected=true]');
  await expect(selected).toContainText('We created 250,000 jobs last month');

  // A click opens an article hit.
  await search.search('rain');
  await search.group(/article/).getByRole('option').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Weather' })).toBeVisible();
});
