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
