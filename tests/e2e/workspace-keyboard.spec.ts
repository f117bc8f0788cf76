import { expect, test } from './fixtures';
import { openSample } from './pages/seed';

test('the keyboard path through a whole article: j/k, v/d/i/u, s, e, ?, / and Escape', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const keys = page.keyboard;

  // j walks through every claim in position order, k goes back.
  for (const claim of claims) {
    await keys.press('j');
    await expect(ws.quote()).toHaveText(claim.text);
    await expect(ws.highlight(claim.id)).toHaveClass(/is-selected/);
  }
  await keys.press('j'); // stays on the last
  await expect(ws.quote()).toHaveText(claims.at(-1)!.text);
  await keys.press('k');
  await expect(ws.quote()).toHaveText(claims.at(-2)!.text);

  // In check-worthiness order, j follows that order.
  await ws.centre.getByLabel('Sort').selectOption('checkworthiness');
  const byScore = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  await ws.text.click({ position: { x: 1, y: 1 } }); // leave the select
  await keys.press('Escape');
  const index = byScore.findIndex((c) => c.id === claims.at(-2)!.id);
  await keys.press('j');
  await expect(ws.quote()).toHaveText(byScore[Math.min(index + 1, byScore.length - 1)]!.text);
  await ws.centre.getByLabel('Sort').selectOption('position');
  await keys.press('Escape');

  // Back to the first claim.
  for (let i = 0; i < claims.length; i++) await keys.press('k');
  const first = claims[0]!;
  await expect(ws.quote()).toHaveText(first.text);

  // v without a source: one message (saying Verified follows), and the source form opens with
  // the URL focused; once the source is saved, the verdict asked for is applied.
  await keys.press('v');
  await expect(ws.panel.getByText('Add a source first')).toHaveCount(1);
  await expect(ws.panel.getByRole('status').filter({ hasText: '“Verified” is set once the source is saved' })).toBeVisible();
  const url = ws.panel.getByRole('form', { name: 'Add a source' }).getByLabel('URL', { exact: true });
  await expect(url).toBeFocused();
  await url.fill('https://example.org/evidence');
  await keys.press('Enter');
  await expect(ws.panel.locator('.source')).toHaveCount(1);
  await expect(ws.verdictRadio('Verified')).toBeChecked();
  await expect.poll(async () => (await serve.api('claims.get', { id: first.id })).verdict).toBe('verified');
  await keys.press('Escape'); // leave any field
  await keys.press('u');
  await expect(ws.verdictRadio('Unreviewed')).toBeChecked();

  for (const [key, verdict, label] of [
    ['v', 'verified', 'Verified'],
    ['d', 'disputed', 'Disputed'],
    ['i', 'inconclusive', 'Inconclusive'],
    ['u', 'unreviewed', 'Unreviewed'],
  ] as const) {
    await keys.press(key);
    await expect(ws.verdictRadio(label)).toBeChecked();
    // The text and the list show it too, and the highlight stays the selected one.
    await expect(ws.highlight(first.id)).toHaveClass(new RegExp(`\\bhl-${verdict}\\b`));
    await expect(ws.highlight(first.id)).toHaveClass(/is-selected/);
    await expect(ws.selectedOption().locator(`.dot-${verdict}`)).toHaveCount(1);
    await expect(ws.liveRegion).toHaveText(`Claim marked ${label}`);
    await expect.poll(async () => (await serve.api('claims.get', { id: first.id })).verdict).toBe(verdict);
  }

  // s opens the source form with the URL focused; Escape closes it.
  await keys.press('s');
  await expect(url).toBeFocused();
  await keys.press('Escape');
  await expect(url).toBeHidden();

  // e focuses the claim editor; letters typed there are text, not shortcuts.
  await keys.press('e');
  const editor = ws.field('Text (as quoted)');
  await expect(editor).toBeFocused();
  await keys.type('vdj');
  await expect(editor).toHaveValue('vdj');
  await expect(ws.selectedOption()).toHaveAttribute('aria-posinset', '1');
  await expect(ws.verdictRadio('Unreviewed')).toBeChecked();
  await keys.press('Escape');
  await expect(editor).not.toBeFocused();
  await ws.panel.getByRole('button', { name: 'Discard changes' }).click();
  await expect(ws.quote()).toHaveText(first.text);

  // ? shows the shortcuts; Escape closes them and focus returns.
  await page.locator('body').press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Mark disputed')).toBeVisible();
  await keys.press('Escape');
  await expect(help).toBeHidden();

  // / focuses the search box; Escape clears it.
  await keys.press('/');
  const search = ws.articlesPane.getByRole('searchbox');
  await expect(search).toBeFocused();
  await keys.type('Putin');
  await expect(search).toHaveValue('Putin');
  await keys.press('Escape');
  await expect(search).toHaveValue('');
});

test('r puts the cursor in the Rationale after what is there: a verdict and its words by keyboard alone, nothing typed taken as a shortcut', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const keys = page.keyboard;
  const target = claims[1]!;
  await keys.press('j');
  await keys.press('j');
  await expect(ws.quote()).toHaveText(target.text);
  await keys.press('i');
  await expect(ws.verdictRadio('Inconclusive')).toBeChecked();
  await keys.press('r');
  await expect(ws.field('Rationale')).toBeFocused();
  // Letters that are shortcuts elsewhere (d, v, u, j) go into the field.
  await keys.type('Two readouts disagree on the date');
  await keys.press('Control+Enter');
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect.poll(async () => (await serve.api('claims.get', { id: target.id })).rationale).toBe('Two readouts disagree on the date');
  expect((await serve.api('claims.get', { id: target.id })).verdict).toBe('inconclusive');
  await expect(ws.quote()).toHaveText(target.text);

  // Again on the same claim: the cursor goes after the words there, which stay.
  await keys.press('Escape');
  await keys.press('r');
  await keys.type('; the ministry has not answered.');
  await keys.press('Control+Enter');
  await expect.poll(async () => (await serve.api('claims.get', { id: target.id })).rationale).toBe('Two readouts disagree on the date; the ministry has not answered.');

  // The shortcuts dialog lists it.
  await keys.press('Escape');
  await keys.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Write the rationale (after the text already there)');
});

test('d before any source: the source form starts as refuting the claim, and the disputed claim is saved with a refuting source', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const keys = page.keyboard;
  const target = claims[0]!;
  await keys.press('j');
  await expect(ws.quote()).toHaveText(target.text);
  await keys.press('d');
  const form = ws.panel.getByRole('form', { name: 'Add a source' });
  await expect(form.getByLabel('URL', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Stance')).toHaveValue('refutes');
  await keys.type('https://example.org/counting-report');
  await keys.press('Enter');
  await expect(ws.verdictRadio('Disputed')).toBeChecked();
  await expect.poll(async () => (await serve.api('claims.get', { id: target.id })).verdict).toBe('disputed');
  expect((await serve.api('claims.get', { id: target.id })).sources.map((s) => s.stance)).toEqual(['refutes']);

  // Verified asked first keeps "supports".
  await keys.press('j');
  await keys.press('v');
  await expect(ws.panel.getByRole('form', { name: 'Add a source' }).getByLabel('Stance')).toHaveValue('supports');
});
