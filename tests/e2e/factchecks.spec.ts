// "Checked before?": importing fact-checks in the app, the claim panel's earlier fact-checks,
// citing one (click and key c), the mark in the claims list, the All claims filter, German.
import { expect, test } from './fixtures';
import { ClaimsTablePage } from './pages/claims-table';
import { openSample } from './pages/seed';

const CLAIM = 'Seit der russischen Invasion in die Ukraine im Februar 2022 sind die Beziehungen zwischen Moskau und Peking enger geworden.';

const FEED = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DataFeed',
  dataFeedElement: [
    { '@type': 'DataFeedItem', item: [{ '@type': 'ClaimReview', url: 'https://dpa.example.org/faktencheck/moskau-peking', claimReviewed: 'Die Beziehungen zwischen Moskau und Peking sind seit der Invasion in die Ukraine im Februar 2022 enger geworden.', author: { '@type': 'Organization', name: 'dpa-Faktencheck' }, datePublished: '2024-02-20', inLanguage: 'de', reviewRating: { '@type': 'Rating', ratingValue: '5', bestRating: '5', worstRating: '1', alternateName: 'Richtig' } }] },
    { '@type': 'DataFeedItem', item: [{ '@type': 'ClaimReview', url: 'https://correctiv.example.org/moskau-peking-2021', claimReviewed: 'Seit der russischen Invasion in die Ukraine im Februar 2021 sind die Beziehungen zwischen Moskau und Peking enger geworden.', author: { name: 'Correctiv' }, datePublished: '2021-06-01', inLanguage: 'de', reviewRating: { ratingValue: 1, alternateName: 'Falsch' } }] },
    { '@type': 'DataFeedItem', item: [{ '@type': 'ClaimReview', url: 'javascript:alert(1)', claimReviewed: '<img src=x onerror=alert(1)>', reviewRating: { alternateName: 'False' } }] },
  ],
});

test('import fact-checks, see the earlier fact-checks of a claim, cite one with c, find it checked before', async ({ page, serve, openApp }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const { claims, ws } = await openSample(page, serve, openApp);
  const target = claims.find((c) => c.text === CLAIM)!;
  await ws.highlight(target.id).click();
  const section = page.getByTestId('earlier-factchecks');
  await expect(section).toContainText('No earlier fact-check matches this claim.');

  await section.getByTestId('factcheck-file-input').setInputFiles({ name: 'feed.json', mimeType: 'application/json', buffer: Buffer.from(FEED) });
  await expect(section.getByText('feed.json: done')).toBeVisible();
  await expect(section).toContainText('2 new, 0 updated, 0 unchanged, 1 refused');
  await section.getByText('Refused rows (1)').click();
  await expect(section).toContainText('item 3: the review URL is not an http(s) link: javascript:alert(1)');

  const matches = section.getByTestId('factcheck-match');
  await expect(matches).toHaveCount(2);
  const best = matches.first();
  await expect(best).toContainText('Richtig');
  await expect(best).toContainText('dpa-Faktencheck');
  await expect(best).toContainText('20 Feb 2024');
  await expect(best).toContainText('Same claim');
  await expect(best.getByRole('link', { name: /Open review/ })).toHaveAttribute('href', 'https://dpa.example.org/faktencheck/moskau-peking');
  await expect(best.getByLabel('Cite as')).toHaveValue('supports');
  // The 2021 check has another number: shown as related, never as the same claim.
  await expect(matches.nth(1)).toContainText('Different number: not the same claim');
  await expect(matches.nth(1)).not.toContainText('Same claim');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: 'test-results/factchecks-panel.png' });

  // c cites the best match as a source, with the stance its rating suggests.
  await page.keyboard.press('Escape');
  await page.keyboard.press('c');
  const source = ws.panel.locator('.source');
  await expect(source).toHaveCount(1);
  await expect(source.locator('.stance')).toHaveText('Supports');
  await expect(source.locator('.source-title')).toHaveText(/^Fact-check \(Richtig\): Die Beziehungen zwischen Moskau und Peking/);
  await expect(best.getByRole('button', { name: /Cite the fact-check by dpa-Faktencheck/ })).toHaveText('Cited as a source');
  // A click cites another with the stance chosen.
  await matches.nth(1).getByLabel('Cite as').selectOption('refutes');
  await matches.nth(1).getByRole('button', { name: /Cite the fact-check by Correctiv/ }).click();
  await expect(source).toHaveCount(2);
  await expect(source.nth(1).locator('.stance')).toHaveText('Refutes');

  // The claims list marks the claim as checked before.
  await expect(ws.claimsList.getByRole('option', { name: /Checked before/ })).toHaveCount(1);
  await expect(ws.claimsList.getByRole('option', { name: /Checked before/ })).toContainText('Moskau und Peking');

  // All claims: the filter keeps the claims checked before.
  const table = new ClaimsTablePage(page);
  await table.open();
  await table.region.getByLabel('Checked before').check();
  await expect(table.dataRows()).toHaveCount(1);
  await expect(table.dataRows().first()).toContainText('Moskau und Peking');
  await table.region.getByLabel('Checked before').uncheck();
  await expect(table.dataRows()).not.toHaveCount(1);
  expect(dialogs).toBe(0);
});

test('the earlier fact-checks speak German', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { uiLanguage: 'de' });
  const { claims, ws } = await openSample(page, serve, openApp);
  await ws.highlight(claims[0]!.id).click();
  const section = page.getByTestId('earlier-factchecks');
  await expect(section.getByRole('heading')).toContainText('Frühere Faktenchecks');
  await expect(section).toContainText('Kein früherer Faktencheck passt zu dieser Behauptung.');
  await expect(section.getByRole('button', { name: 'Faktenchecks importieren…' })).toBeVisible();
});
