// URL fields and long input: a pasted wall of text is cut at the contract's URL limit, and
// checking whether an address "looks finished" (run on every render) takes linear time.
import { urlLooksFinished } from '../../src/renderer/src/lib/url-input';
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedSample } from './pages/seed';

/** httpUrlSchema's .max in src/shared/domain.ts. */
const MAX_URL = 2048;

test('"looks finished" is linear on long input and answers as before', () => {
  // The old pattern backtracked quadratically here: 80,000 characters took seconds.
  for (const long of ['a.'.repeat(40_000), `https://${'a.'.repeat(40_000)}`, `${'a'.repeat(80_000)}.`]) {
    const started = performance.now();
    expect(urlLooksFinished(long)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  }
  expect(urlLooksFinished(`${'a.'.repeat(40_000)}/`)).toBe(true);
  const cases: [string, boolean][] = [
    ['h', false],
    ['https:/', false],
    ['https://', false],
    ['https://example', false],
    ['https://example.org', false],
    ['https://example.org/', true],
    ['HTTPS://Example.org/page', true],
    ['example.org/page', true],
    ['www.example', false],
    ['.org/', false],
    ['example./', false],
    ['https://.org/', false],
    ['http:/example.org/', false],
    ['javascript:alert(1)', true],
    ['ftp://example.org', true],
    ['www.x.org:8080', true],
    ['https://example.org/a b', true],
    ['  https://example.org/  ', true],
  ];
  for (const [value, finished] of cases) expect(urlLooksFinished(value), value).toBe(finished);
});

test('a long paste into a URL field is cut at the URL limit and the page stays responsive', async ({ page, serve, openApp }) => {
  await seedSample(serve.api);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  await page.keyboard.press('j');
  await page.keyboard.press('s');
  const form = ws.panel.getByRole('form', { name: 'Add a source' });
  const url = form.getByLabel('URL', { exact: true });
  await expect(url).toBeFocused();

  const started = Date.now();
  await page.keyboard.insertText('a.'.repeat(40_000));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1500);
  expect((await url.inputValue()).length).toBe(MAX_URL);
  await expect(url).toHaveAttribute('maxlength', String(MAX_URL));
  // Still typing along: another key shows at once.
  await url.fill('https://example.org/');
  await expect(url).toHaveValue('https://example.org/');
});
