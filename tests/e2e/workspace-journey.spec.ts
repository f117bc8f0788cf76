import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedSample } from './pages/seed';

test('the journey: mark a claim verified with a source; after a reload verdict, rationale, source and history are still there', async ({ page, serve, openApp }) => {
  const { claims } = await seedSample(serve.api);
  const target = claims[1]!;
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);

  await ws.highlight(target.id).click();
  await expect(ws.quote()).toHaveText(target.text);
  await expect(ws.selectedOption()).toContainText(target.text.slice(0, 30));

  await ws.addSource({ url: 'https://example.org/kremlin-readout', title: 'Kremlin readout', publisher: 'Kremlin', excerpt: 'The leaders spoke by video link.' });
  await expect(ws.liveRegion).toHaveText('Source added');
  await ws.verdictRadio('Verified').check();
  await expect(ws.liveRegion).toHaveText('Claim marked Verified');
  await ws.field('Rating label').fill('Correct');
  await ws.field('Rationale').fill('Both governments published readouts of the call.');
  await ws.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const stored = await serve.api('claims.get', { id: target.id });
  expect(stored).toMatchObject({ verdict: 'verified', rationale: 'Both governments published readouts of the call.', ratingLabel: 'Correct', reviewer: 'Rita Reviewer' });
  expect(stored.sources).toHaveLength(1);

  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
  // The open claim is remembered across the reload.
  await expect(ws.quote()).toHaveText(target.text);
  await expect(ws.verdictRadio('Verified')).toBeChecked();
  await expect(ws.field('Rating label')).toHaveValue('Correct');
  await expect(ws.field('Rationale')).toHaveValue('Both governments published readouts of the call.');
  await expect(ws.panel.locator('.source-title')).toHaveText('Kremlin readout');
  await expect(ws.highlight(target.id)).toHaveClass(/hl-verified/);
  const history = ws.history();
  await expect(history.getByText('Verdict: Unreviewed → Verified')).toBeVisible();
  await expect(history.getByText('Source added')).toBeVisible();
  await expect(history.getByText('Extracted from the article')).toBeVisible();
  await expect(history.getByText('Rita Reviewer').first()).toBeVisible();
  // The articles list counts the verified claim.
  await expect(ws.articlesPane.getByRole('button', { name: /1 Verified/ })).toBeVisible();
});
