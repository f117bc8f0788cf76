// The selection hint above the claims list reads whole at 1440 px, in English and in German:
// nothing of it is cut off or hidden behind an ellipsis.
import { expect, test } from './fixtures';
import { openSample } from './pages/seed';

for (const language of ['en', 'de'] as const) {
  test(`the selection hint is shown whole (${language})`, async ({ page, serve, openApp }) => {
    await serve.api('settings.set', { uiLanguage: language });
    const { ws } = await openSample(page, serve, openApp);
    await expect(ws.claimsList.getByRole('option').first()).toBeVisible();
    for (const key of ['j', 'x', 'j', 'x']) await page.keyboard.press(key);
    const hint = page.locator('.marks-bar .marks-hint');
    await expect(hint).toBeVisible();
    expect(page.viewportSize()?.width).toBe(1440);
    const fit = await hint.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const bar = el.parentElement!.getBoundingClientRect();
      return { scroll: el.scrollWidth, client: el.clientWidth, right: box.right, barRight: bar.right, bottom: box.bottom, barBottom: bar.bottom };
    });
    await page.screenshot({ path: `test-results/marks-hint-${language}.png` });
    expect(fit.scroll, 'the hint is clipped').toBeLessThanOrEqual(fit.client);
    expect(fit.right).toBeLessThanOrEqual(fit.barRight);
    expect(fit.bottom).toBeLessThanOrEqual(fit.barBottom);
  });
}
