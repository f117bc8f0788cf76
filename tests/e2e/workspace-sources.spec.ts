import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedSample } from './pages/seed';

test('sources: add, edit and remove; the URL is checked as you type and javascript: is refused inline', async ({ page, serve, openApp }) => {
  const { claims } = await seedSample(serve.api);
  const target = claims[1]!;
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  await ws.highlight(target.id).click();

  await ws.panel.getByRole('button', { name: 'Add source' }).click();
  const form = ws.panel.getByRole('form', { name: 'Add a source' });
  const url = form.getByLabel('URL', { exact: true });
  await expect(url).toBeFocused();
  await expect(form.getByLabel('Accessed')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  const submit = form.getByRole('button', { name: 'Add source' });

  await url.fill('javascript:alert(1)');
  await expect(form.getByRole('alert')).toHaveText('Only http:// and https:// links can be sources.');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(submit).toBeDisabled();
  // Without https:// it is completed (on leaving the field or on Add), so it is no error; an
  // address that cannot be completed is.
  await url.fill('example.org/page');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(submit).toBeEnabled();
  await url.fill('example org/page');
  await expect(form.getByRole('alert')).toHaveText(/full web address/);
  await url.fill('https://example.org/page');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByLabel('Archived copy URL').fill('ftp://archive');
  await expect(submit).toBeDisabled();
  await form.getByLabel('Archived copy URL').fill('https://web.archive.org/web/2025/https://example.org/page');
  await form.getByLabel('Title').fill('Statement of the Foreign Ministry');
  await form.getByLabel('Publisher').fill('MFA');
  await form.getByLabel('Stance').selectOption('context');
  await form.getByLabel('Accessed').fill('2025-01-22');
  await form.getByLabel('Excerpt').fill('China is ready to strengthen dialogue.');
  await submit.click();

  const source = ws.panel.locator('.source');
  await expect(source).toHaveCount(1);
  await expect(source.locator('.source-title')).toHaveText('Statement of the Foreign Ministry');
  await expect(source.locator('.stance')).toHaveText('Context');
  await expect(source).toContainText('MFA');
  await expect(source).toContainText('accessed 22 Jan 2025');
  await expect(source.getByRole('link', { name: 'Archived copy ↗' })).toHaveAttribute('href', 'https://web.archive.org/web/2025/https://example.org/page');
  await expect(source.locator('.source-excerpt')).toHaveText('China is ready to strengthen dialogue.');

  // Edit
  await source.getByRole('button', { name: /Edit source/ }).click();
  const edit = ws.panel.getByRole('form', { name: 'Edit source' });
  await expect(edit.getByLabel('URL', { exact: true })).toHaveValue('https://example.org/page');
  await edit.getByLabel('Title').fill('Foreign Ministry press briefing');
  await edit.getByLabel('Stance').selectOption('supports');
  await edit.getByRole('button', { name: 'Save source' }).click();
  await expect(source.locator('.source-title')).toHaveText('Foreign Ministry press briefing');
  await expect(source.locator('.stance')).toHaveText('Supports');
  const stored = (await serve.api('claims.get', { id: target.id })).sources[0]!;
  expect(stored).toMatchObject({ title: 'Foreign Ministry press briefing', stance: 'supports', accessedAt: '2025-01-22', archivedUrl: 'https://web.archive.org/web/2025/https://example.org/page' });

  // The only source of a verified claim cannot be removed: the panel says why.
  await ws.verdictRadio('Verified').click();
  await expect(ws.verdictRadio('Verified')).toBeChecked();
  await source.getByRole('button', { name: /Remove source/ }).click();
  await expect(ws.panel.getByRole('alert').filter({ hasText: 'only source' })).toBeVisible();
  await ws.verdictRadio('Inconclusive').click();
  await expect(ws.verdictRadio('Inconclusive')).toBeChecked();
  await source.getByRole('button', { name: /Remove source/ }).click();
  await expect(ws.panel.locator('.source')).toHaveCount(0);
  expect((await serve.api('claims.get', { id: target.id })).sources).toHaveLength(0);
  await expect(ws.history().getByText('Source removed')).toBeVisible();
  await expect(ws.history().getByText('Source edited')).toBeVisible();
});
