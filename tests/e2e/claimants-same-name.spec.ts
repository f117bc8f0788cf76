// Two claimants of the same name ("Police" of two cities' forces) are told apart wherever a
// reviewer picks one: the claimant list, the dashboard's top claimants and claimant filter, and
// the claim panel's picker show where each first appears (claimants.list / stats.desk firstSeen).
import { expect, test } from './fixtures';

const BODY = 'Officers said 40 bicycles were stolen near the station in March.';

test('two claimants called Police show the article and outlet each first appears in', async ({ page, serve, openApp }) => {
  test.setTimeout(120_000);
  const api = serve.api;
  await api('settings.set', { reviewerName: 'Tess', uiLanguage: 'en' });
  for (const [title, publisher, publishedAt, claimant] of [
    ['Harbour thefts rise', 'Harbour Herald', '2025-02-01', 'Harbour Police'],
    ['Valley station thefts', 'Valley Times', '2025-02-15', 'Valley Police'],
  ] as const) {
    const text = `${title}.\n\n${BODY}`;
    const { article } = await api('articles.create', { text, title, publisher, publishedAt, language: 'en' });
    await api('claims.create', { articleId: article.id, start: text.indexOf(BODY), end: text.length, claimant });
  }
  for (const c of (await api('claimants.list', {})).claimants) await api('claimants.rename', { claimant: c.id, name: 'Police', expectedVersion: c.version });
  // A third article's names no claimant took (a bare "Smith" two people fit, the extracted
  // "Officers"): the claim panel's picker opens, and a search for Police offers both to pick from.
  const ONE = 'The ferry carried 900 cars a day.';
  const TWO = 'Twelve ferries ran daily.';
  const text = `Ferry thefts.\n\n${ONE}\n\n${TWO}\n\n${BODY}`;
  const { article } = await api('articles.create', { text, title: 'Ferry thefts', language: 'en' });
  await api('claims.create', { articleId: article.id, start: text.indexOf(ONE), end: text.indexOf(ONE) + ONE.length, claimant: 'John Smith' });
  await api('claims.create', { articleId: article.id, start: text.indexOf(TWO), end: text.indexOf(TWO) + TWO.length, claimant: 'Jane Smith' });
  const claim = await api('claims.create', { articleId: article.id, start: text.indexOf(BODY), end: text.length, claimant: 'Smith' });
  expect(claim.claimantId).toBeNull();

  await openApp();
  await page.getByRole('button', { name: 'Claimants' }).click();
  const list = page.getByRole('navigation', { name: 'Claimants' });
  await expect(list.getByRole('button', { name: /^Police/ })).toHaveCount(2);
  // A name nobody else has needs no telling apart.
  await expect(list.getByRole('button', { name: /^John Smith/ })).not.toContainText('first in');
  await expect(list.getByRole('button', { name: /^Police/ }).filter({ hasText: 'first in “Harbour thefts rise” · Harbour Herald' })).toBeVisible();
  await expect(list.getByRole('button', { name: /^Police/ }).filter({ hasText: 'first in “Valley station thefts” · Valley Times' })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/claimants-same-name-list.png' });

  await page.getByRole('button', { name: 'Dashboard' }).click();
  const top = page.getByRole('region', { name: 'Most-claimed people and bodies' });
  await expect(top.getByRole('rowheader').filter({ hasText: 'Harbour Herald' })).toContainText('Police');
  await expect(top.getByRole('rowheader').filter({ hasText: 'Valley Times' })).toContainText('Police');
  await expect(page.getByRole('combobox', { name: 'Claimant' }).locator('option', { hasText: 'Police (first in “Valley station thefts” · Valley Times)' })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/claimants-same-name-dashboard.png' });

  await page.getByRole('button', { name: 'Workspace' }).click();
  await page.getByRole('button', { name: /Ferry thefts/ }).first().click();
  await page.locator('[data-claim-id], .claim-list-item, [role="option"]').filter({ hasText: 'bicycles' }).first().click();
  const assign = page.getByTestId('claimant-assign');
  await assign.getByRole('textbox', { name: 'Assign this claim to' }).fill('Police');
  await expect(assign.getByRole('listitem').filter({ hasText: 'Harbour Herald' }).getByRole('button', { name: 'Police' })).toBeVisible();
  await expect(assign.getByRole('listitem').filter({ hasText: 'Valley Times' }).getByRole('button', { name: 'Police' })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'test-results/claimants-same-name-picker.png' });
});
