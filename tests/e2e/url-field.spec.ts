// URL fields and long input: a pasted wall of text is cut at the contract's URL limit.
import { expect, test } from './fixtures';
import { openSample } from './pages/seed';

/** httpUrlSchema's .max in src/shared/domain.ts. */
const MAX_URL = 2048;

test('a long paste into a URL field is cut at the URL limit and the field takes the next input', async ({ page, serve, openApp }) => {
  const { ws } = await openSample(page, serve, openApp);
  await page.keyboard.press('j');
  await page.keyboard.press('s');
  const form = ws.panel.getByRole('form', { name: 'Add a source' });
  const url = form.getByLabel('URL', { exact: true });
  await expect(url).toBeFocused();

  await page.keyboard.insertText('a.'.repeat(40_000));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect((await url.inputValue()).length).toBe(MAX_URL);
  await expect(url).toHaveAttribute('maxlength', String(MAX_URL));
  // Still typing along: another key shows at once.
  await url.fill('https://example.org/');
  await expect(url).toHaveValue('https://example.org/');
});

test('a source address typed without https:// is completed, as in Settings, and the source is added', async ({ page, serve, openApp }) => {
  const { ws, claims } = await openSample(page, serve, openApp);
  await page.keyboard.press('j');
  await page.keyboard.press('s');
  const form = ws.panel.getByRole('form', { name: 'Add a source' });
  const url = form.getByLabel('URL', { exact: true });
  await url.fill('stadtrat.example.org/protokolle/2026-11');
  // Add stays reachable: the address is judged as it will be added.
  await expect(form.getByRole('button', { name: 'Add source' })).toBeEnabled();
  await form.getByLabel('Title', { exact: true }).click(); // leaving the field completes it
  await expect(url).toHaveValue('https://stadtrat.example.org/protokolle/2026-11');
  // Said in the field's message line, so nothing below moves (the Add button stays under the pointer).
  await expect(form.getByRole('status')).toHaveText('Added https:// to “stadtrat.example.org/protokolle/2026-11”.');
  await form.getByLabel('Archived copy URL').fill('web.archive.org/web/2026/stadtrat.example.org');
  // Completed on adding too: the press on Add leaves the field, its note appears, and the button
  // has not moved under the pointer (before, the note pushed it down and the click was lost).
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form).toBeHidden();
  const claim = await serve.api('claims.get', { id: claims[0]!.id });
  expect(claim.sources.map((s) => [s.url, s.archivedUrl])).toEqual([['https://stadtrat.example.org/protokolle/2026-11', 'https://web.archive.org/web/2026/stadtrat.example.org']]);
});
