// Disabled controls stay readable: text against its own background ≥ 4.5:1 (WCAG AA), and still
// look disabled (not the enabled colours). Checked on the export dialog's buttons while an export
// is under way (the reply held back), which disables both the primary and the plain button.
import { expect, test } from './fixtures';
import { ExportDialogPage } from './pages/export';

interface Look { fg: string; bg: string; contrast: number; cursor: string }

/** The button's text and background as painted: its colours blended with what is behind it by its opacity. */
async function look(locator: import('@playwright/test').Locator): Promise<Look> {
  return locator.evaluate((el) => {
    const parse = (c: string): [number, number, number, number] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
    };
    const over = (top: number[], under: number[], alpha: number) => [0, 1, 2].map((i) => top[i]! * alpha + under[i]! * (1 - alpha));
    // The backdrop: the first ancestor with a painted background (white if none).
    let backdrop = [255, 255, 255];
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = parse(getComputedStyle(p).backgroundColor);
      if (c[3] > 0) { backdrop = c.slice(0, 3); break; }
    }
    let opacity = 1;
    for (let p: Element | null = el; p; p = p.parentElement) opacity *= Number(getComputedStyle(p).opacity);
    const style = getComputedStyle(el);
    const bgC = parse(style.backgroundColor);
    const ownBg = over(bgC, backdrop, bgC[3]);
    const fgC = parse(style.color);
    const bg = over(ownBg, backdrop, opacity);
    const fg = over(over(fgC, ownBg, fgC[3]), backdrop, opacity);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const hex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
    return { fg: hex(fg), bg: hex(bg), contrast: (hi! + 0.05) / (lo! + 0.05), cursor: style.cursor };
  });
}

test('disabled buttons keep readable text and still look disabled', async ({ serve, openApp, page }) => {
  await serve.api('settings.set', { reviewerName: 'Tess' });
  await serve.api('articles.create', { title: 'Contrast check', text: 'The city said it planted 300 new trees along the river in 2025.', language: 'en' });
  await openApp();
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Contrast check/ }).click();
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await dialog.format('ClaimReview JSON-LD').check();
  const enabled = await look(dialog.exportButton());

  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/reports.export', async (route) => {
    await held;
    await route.continue();
  });
  await dialog.exportButton().click();
  // While working the primary button says so ("Exporting…").
  const exportButton = dialog.dialog.locator('button[type="submit"]');
  const close = dialog.dialog.getByText('Close', { exact: true });
  const cross = dialog.dialog.getByRole('button', { name: 'Close', exact: true }).and(dialog.dialog.getByText('×'));
  await expect(exportButton).toBeDisabled();
  await expect(close).toBeDisabled();
  await expect(cross).toBeDisabled();
  const primary = await look(exportButton);
  const plain = await look(close);
  const icon = await look(cross);
  await page.screenshot({ path: 'test-results/disabled-contrast.png' });
  release();

  expect(primary.contrast, `disabled primary ${primary.fg} on ${primary.bg}`).toBeGreaterThanOrEqual(4.5);
  expect(plain.contrast, `disabled button ${plain.fg} on ${plain.bg}`).toBeGreaterThanOrEqual(4.5);
  expect(icon.contrast, `disabled icon button ${icon.fg} on ${icon.bg}`).toBeGreaterThanOrEqual(4.5);
  // Still visibly disabled: not the enabled primary's colours, and the cursor says so.
  expect(primary.bg).not.toBe(enabled.bg);
  expect(primary.cursor).toBe('not-allowed');
  expect(plain.cursor).toBe('not-allowed');
  expect(icon.cursor).toBe('not-allowed');
  await expect(dialog.alert()).toContainText(/organisation/i);
});
