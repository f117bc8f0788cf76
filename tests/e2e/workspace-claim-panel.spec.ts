import { expect, test } from './fixtures';
import { openSample } from './pages/seed';

test('editing claimant, role, kind and text saves through the contract and lands in the history', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const target = claims[0]!;
  await ws.highlight(target.id).click();

  // The claimant datalist suggests the people the article names.
  const names = [...new Set(claims.map((c) => c.claimant).filter(Boolean))];
  const options = await ws.panel.locator('datalist').first().locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  expect(options.sort()).toEqual(names.sort());

  await ws.field('Claimant').fill('Wladimir Putin');
  await ws.field('Claimant role').fill('Präsident Russlands');
  await ws.field('Kind').selectOption('reported');
  await ws.panel.getByRole('button', { name: 'Edit text' }).click();
  await expect(ws.field('Text (as quoted)')).toBeFocused();
  await ws.field('Text (as quoted)').fill('Putin telefonierte am Dienstag mit Xi.');
  await expect(ws.panel.getByText('Unsaved changes')).toBeVisible();
  await ws.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(ws.quote()).toHaveText('Putin telefonierte am Dienstag mit Xi.');

  expect(await serve.api('claims.get', { id: target.id })).toMatchObject({ claimant: 'Wladimir Putin', claimantRole: 'Präsident Russlands', kind: 'reported', text: 'Putin telefonierte am Dienstag mit Xi.', edited: true });
  const edit = ws.history().locator('.history-item').filter({ hasText: 'Edited' });
  await expect(edit.locator('dt', { hasText: 'Claimant' })).toBeVisible();
  await expect(edit).toContainText('Wladimir Putin');
  await expect(edit).toContainText('Reported speech');
  await expect(edit).toContainText('Rita Reviewer');
  await expect(ws.selectedOption()).toContainText('Wladimir Putin');
});

test('Verified and Disputed are disabled with a hint until the claim has a source; a later change shows as a correction', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const target = claims[3]!;
  await ws.highlight(target.id).click();

  await expect(ws.verdictRadio('Verified')).toBeDisabled();
  await expect(ws.verdictRadio('Disputed')).toBeDisabled();
  await expect(ws.verdictRadio('Inconclusive')).toBeEnabled();
  await expect(ws.panel.getByText('Add a source first').first()).toBeVisible();

  await ws.addSource({ url: 'https://example.org/a', title: 'Source A' });
  await expect(ws.verdictRadio('Verified')).toBeEnabled();
  await expect(ws.panel.getByText('Add a source first')).toHaveCount(0);
  await ws.verdictRadio('Verified').click();
  await expect(ws.verdictRadio('Verified')).toBeChecked();
  await ws.verdictRadio('Disputed').click();
  await expect(ws.verdictRadio('Disputed')).toBeChecked();
  await expect(ws.highlight(target.id)).toHaveClass(/hl-disputed/);
  await expect(ws.history().getByText('Verdict: Unreviewed → Verified')).toBeVisible();
  await expect(ws.history().getByText('Correction: Verified → Disputed')).toBeVisible();
  expect((await serve.api('claims.get', { id: target.id })).verdict).toBe('disputed');
});

test('deleting a claim offers Undo, which restores it', async ({ page, serve, openApp }) => {
  const { article, claims, ws } = await openSample(page, serve, openApp);
  const target = claims[2]!;
  await ws.highlight(target.id).click();
  await ws.panel.getByRole('button', { name: 'Delete claim' }).click();

  const toast = page.getByRole('status').filter({ hasText: 'Claim deleted' });
  await expect(toast).toBeVisible();
  await expect(ws.text.locator(`[data-claims~="${target.id}"]`)).toHaveCount(0);
  await expect(ws.quote()).toHaveText(claims[3]!.text); // the next claim is selected
  expect((await serve.api('claims.list', { articleId: article.id })).total).toBe(claims.length - 1);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(ws.quote()).toHaveText(target.text);
  await expect(ws.highlight(target.id)).toBeVisible();
  expect((await serve.api('claims.list', { articleId: article.id })).total).toBe(claims.length);
  await expect(ws.history().getByText('Restored')).toBeVisible();
  await expect(ws.history().getByText('Deleted')).toBeVisible();
});

test('a clicked verdict shows at once, while its answer is still on its way, and is announced once stored', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const target = claims[3]!;
  await ws.highlight(target.id).click();
  await expect(ws.quote()).toHaveText(target.text);

  // The real write, held back until the radio has been looked at: a slow disk or a loaded
  // machine. A radio that waited for the answer would snap back to the old choice on click.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/claims.setVerdict', async (route) => {
    await held;
    await route.continue();
  });
  await ws.verdictRadio('Inconclusive').check();
  await expect(ws.verdictRadio('Inconclusive')).toBeChecked();
  await expect(ws.verdictRadio('Unreviewed')).not.toBeChecked();
  expect((await serve.api('claims.get', { id: target.id })).verdict).toBe('unreviewed');

  release();
  await expect(ws.liveRegion).toHaveText('Claim marked Inconclusive');
  await expect(ws.verdictRadio('Inconclusive')).toBeChecked();
  expect((await serve.api('claims.get', { id: target.id })).verdict).toBe('inconclusive');
});
