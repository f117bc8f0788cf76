import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

test('markup in article, claim, source title and rationale is shown as text and never runs', async ({ page, serve, openApp }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await serve.api('settings.set', { reviewerName: `Eve ${SCRIPT}` });
  const text = `The minister said ${IMG} costs 5 million euros in 2024.\nThe agency reported ${SCRIPT} that 40 percent of trains were late.`;
  const { article } = await serve.api('articles.create', { text, title: `Title ${IMG}`, publisher: SCRIPT, language: 'en' });
  const start = text.indexOf(IMG);
  const claim = await serve.api('claims.create', { articleId: article.id, start, end: start + IMG.length, claimant: SCRIPT });
  const { claim: withSource } = await serve.api('sources.add', { claimId: claim.id, url: 'https://example.org/x', title: `Source ${IMG}`, excerpt: SCRIPT });
  await serve.api('claims.setVerdict', { id: claim.id, expectedVersion: withSource.version, verdict: 'disputed', rationale: `Rationale ${SCRIPT} ${IMG}`, ratingLabel: IMG });

  await openApp();
  const ws = new WorkspacePage(page);
  await expect(ws.centre.getByRole('heading', { level: 1 })).toHaveText(`Title ${IMG}`);
  await expect(ws.articlesPane.getByRole('button', { name: /Title/ })).toContainText(`Title ${IMG}`);
  await expect(ws.text).toContainText(`The minister said ${IMG} costs`);
  await expect(ws.text).toContainText(`The agency reported ${SCRIPT} that`);
  await ws.highlight(claim.id).click();
  await expect(ws.quote()).toHaveText(IMG);
  await expect(ws.field('Claimant')).toHaveValue(SCRIPT);
  await expect(ws.panel.locator('.source-title')).toHaveText(`Source ${IMG}`);
  await expect(ws.panel.locator('.source-excerpt')).toHaveText(SCRIPT);
  await expect(ws.field('Rationale')).toHaveValue(`Rationale ${SCRIPT} ${IMG}`);
  await expect(ws.field('Rating label')).toHaveValue(IMG);
  await expect(ws.history()).toContainText(`Rationale ${SCRIPT}`);
  await expect(ws.history()).toContainText(`Eve ${SCRIPT}`);
  await expect(page.getByText(`Reviewer: Eve ${SCRIPT}`)).toBeVisible();

  // No element was made from the payload, and nothing ran.
  expect(await page.locator('#root img, #root script').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
