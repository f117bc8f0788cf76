// The fixes from the keyboard usability test: drafts, Escape, focus, undo, Ctrl+Enter, the
// verdict after the first source, selecting from the keyboard, and the layout.
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { openSample, seedSample } from './pages/seed';

test('unsaved input stays with its claim across j/k, is marked in the list, warns on unload, and is never saved silently', async ({ page, serve, openApp }) => {
  const { claims, ws } = await openSample(page, serve, openApp);
  const keys = page.keyboard;
  await keys.press('j');
  await ws.field('Rating label').fill('Irreführend');
  await ws.field('Rationale').fill('Noch zu prüfen.');
  await keys.press('Escape');
  await expect(ws.claimsList).toBeFocused();
  await keys.press('j');
  await expect(ws.quote()).toHaveText(claims[1]!.text);
  await expect(ws.field('Rationale')).toHaveValue('');
  await expect(ws.option(claims[0]!.text.slice(0, 30)).locator('[data-draft]')).toBeVisible();
  await keys.press('k');
  await expect(ws.field('Rating label')).toHaveValue('Irreführend');
  await expect(ws.field('Rationale')).toHaveValue('Noch zu prüfen.');
  // Nothing reached the history.
  expect(await serve.api('claims.get', { id: claims[0]!.id })).toMatchObject({ rationale: null, ratingLabel: null });

  // Leaving the page with a draft asks first.
  let asked = false;
  page.once('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.dismiss();
  });
  await page.evaluate(() => window.location.reload()).catch(() => undefined);
  await expect.poll(() => asked).toBe(true);
  await expect(ws.field('Rationale')).toHaveValue('Noch zu prüfen.');

  // Saved: the mark goes, and Escape after "Saved" leaves the field at once.
  await ws.field('Rationale').click();
  await keys.press('Control+Enter');
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await keys.press('Escape');
  await expect(ws.claimsList).toBeFocused();
  await keys.press('j');
  await keys.press('j');
  await expect(ws.quote()).toHaveText(claims[2]!.text);
  await expect(ws.claimsList.locator('[data-draft]')).toHaveCount(0);
  expect(await serve.api('claims.get', { id: claims[0]!.id })).toMatchObject({ rationale: 'Noch zu prüfen.', ratingLabel: 'Irreführend' });
});

test('a verdict key with unsaved input is no conflict with ourselves; a change elsewhere is; discarding clears the banner', async ({ page, serve, openApp }) => {
  const { claims } = await seedSample(serve.api);
  const target = claims[2]!;
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  await ws.highlight(target.id).click();
  await ws.field('Rationale').fill('Mine.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('i');
  await expect(ws.verdictRadio('Inconclusive')).toBeChecked();
  await ws.field('Rationale').click();
  await page.keyboard.press('Control+Enter');
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(ws.panel.getByTestId('conflict-banner')).toHaveCount(0);
  expect(await serve.api('claims.get', { id: target.id })).toMatchObject({ verdict: 'inconclusive', rationale: 'Mine.' });

  // Someone else changes the claim: a real conflict.
  const now = await serve.api('claims.get', { id: target.id });
  await serve.api('claims.update', { id: target.id, expectedVersion: now.version, claimant: 'Jemand anderes' });
  await ws.field('Rationale').fill('Mine, again.');
  await ws.panel.getByRole('button', { name: 'Save', exact: true }).click();
  const banner = ws.panel.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await ws.panel.getByRole('button', { name: 'Discard changes' }).click();
  await expect(banner).toBeHidden();
  await expect(ws.field('Rationale')).toHaveValue('Mine.');
  await expect(ws.field('Claimant')).toHaveValue('Jemand anderes');
});

test('focus lands on the claims after opening the sample, on Add source after adding one, and on the list after a delete; Ctrl+Z undoes the delete', async ({ page, serve, openApp }) => {
  test.setTimeout(45_000);
  await WorkspacePage.withReviewer(serve.api);
  await openApp();
  const ws = new WorkspacePage(page);
  await page.getByRole('button', { name: 'Open the sample article' }).click();
  await ws.waitForArticle(/Putin und Xi/);
  await expect(ws.claimsList).toBeFocused();
  await page.keyboard.press('j');
  const first = await ws.quote().textContent();

  // A source added with Ctrl+Enter from the excerpt; focus returns to Add source.
  await page.keyboard.press('s');
  const form = ws.panel.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('URL', { exact: true }).fill('https://example.org/a');
  await form.getByLabel('Excerpt').fill('Zitat');
  await page.keyboard.press('Control+Enter');
  await expect(ws.panel.locator('.source')).toHaveCount(1);
  await expect(ws.panel.getByRole('button', { name: 'Add source' })).toBeFocused();

  // Delete: the next claim is selected and the list has focus.
  await ws.panel.getByRole('button', { name: 'Delete claim' }).click();
  await expect(ws.quote()).not.toHaveText(first!);
  await expect(ws.claimsList).toBeFocused();
  const toast = page.locator('.toast');
  await expect(toast).toContainText('Claim deleted');
  // The toast stays while the pointer is on it (it goes after 8 s otherwise).
  await toast.hover();
  await page.waitForTimeout(8_600);
  await expect(toast).toBeVisible();
  await page.mouse.move(5, 5);
  await ws.claimsList.focus();
  await page.keyboard.press('Control+z');
  await expect(ws.quote()).toHaveText(first!);
  await expect(toast).toBeHidden();
  await expect(ws.liveRegion).toHaveText('Claim restored');
});

test('Ctrl+Enter adds a pasted article; the shortcuts dialog lists Ctrl+Enter and Ctrl+Z with aligned keys', async ({ page, serve, openApp }) => {
  await WorkspacePage.withReviewer(serve.api);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.articlesPane.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await dialog.getByLabel('Title').fill('Jobs');
  await dialog.getByLabel('Article text').fill('The minister said unemployment fell by 12 percent last year.');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await ws.waitForArticle('Jobs');
  await expect(ws.claimsList).toBeFocused();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByText('Ctrl+Enter')).toBeVisible();
  await expect(help.getByText('Ctrl+Z')).toBeVisible();
  const lefts = await help.locator('.shortcuts dd').evaluateAll((dds) => dds.map((dd) => Math.round(dd.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(1);
  const heights = await help.locator('.shortcuts dt').evaluateAll((dts) => dts.map((dt) => Math.round(dt.getBoundingClientRect().height)));
  expect(Math.max(...heights)).toBeLessThan(30);
});

test('the URL error waits until the address looks finished or the field is left; javascript: is refused at once', async ({ page, serve, openApp }) => {
  const { ws } = await openSample(page, serve, openApp);
  await page.keyboard.press('j');
  await page.keyboard.press('s');
  const form = ws.panel.getByRole('form', { name: 'Add a source' });
  const url = form.getByLabel('URL', { exact: true });
  await page.keyboard.type('h');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await page.keyboard.type('ttps:/');
  await expect(form.getByRole('alert')).toHaveCount(0);
  // Not finished, and not an address https:// could complete (www.example would be completed).
  await url.fill('www');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByLabel('Title').focus();
  await expect(form.getByRole('alert')).toHaveText(/full web address/);
  await url.fill('');
  await url.pressSequentially('javascript:');
  await expect(form.getByRole('alert')).toHaveText('Only http:// and https:// links can be sources.');
});

test('a claim can be added from the keyboard: Shift+arrows select in the article text from the selected claim, a adds it', async ({ page, serve, openApp }) => {
  const { article, claims, ws } = await openSample(page, serve, openApp);
  await page.keyboard.press('j');
  await ws.claimsList.focus();
  await page.keyboard.press('Tab'); // from the claims list to the article text
  await expect(ws.text).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  const expected = await page.evaluate(() => window.getSelection()!.toString());
  expect(expected.trim().split(/\s+/)).toHaveLength(3);
  expect(article.text.slice(claims[0]!.start).startsWith(expected)).toBe(true);
  await page.keyboard.press('a');
  await expect(ws.liveRegion).toHaveText('Claim added');
  await expect(ws.quote()).toHaveText(expected.trim());
  expect((await serve.api('articles.get', { id: article.id })).claims).toHaveLength(claims.length + 1);
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`layout at ${size.width}×${size.height}: names fit, buttons on one line, a list of 6+ rows, the source form in view`, async ({ page, serve, openApp }) => {
    const { claims } = await seedSample(serve.api);
    await page.setViewportSize(size);
    await page.addInitScript(() => localStorage.setItem('i18nextLng', 'de'));
    await serve.api('settings.set', { uiLanguage: 'de' });
    await openApp();
    const ws = new WorkspacePage(page);
    await ws.waitForArticle(/Putin und Xi/);
    await ws.highlight(claims[0]!.id).click();
    await ws.field('Urheber').fill('Wladimir Putin');
    await ws.field('Rolle').fill('russischer Präsident');
    for (const label of ['Urheber', 'Rolle']) {
      const fits = await ws.field(label).evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(fits, label).toBe(true);
    }
    for (const name of ['Speichern', 'Änderungen verwerfen', 'Behauptung löschen']) {
      const box = (await ws.panel.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.height, name).toBeLessThan(32);
    }
    const list = (await ws.claimsList.boundingBox())!;
    expect(list.height / 30).toBeGreaterThanOrEqual(6);
    const firstRow = (await ws.claimsList.getByRole('option').first().boundingBox())!;
    expect(firstRow.y).toBeGreaterThanOrEqual(list.y);
    await ws.panel.getByRole('button', { name: 'Änderungen verwerfen' }).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    const submit = ws.panel.getByRole('form', { name: 'Quelle hinzufügen' }).getByRole('button', { name: 'Quelle hinzufügen' });
    await expect(submit).toBeInViewport();
  });
}

test('with no article open the claim pane says so (not "this article has no claims")', async ({ page, serve, openApp }) => {
  await WorkspacePage.withReviewer(serve.api);
  await openApp();
  await expect(page.getByRole('complementary')).toContainText('No article is open.');
});
