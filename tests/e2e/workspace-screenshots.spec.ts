// Screenshots of the workspace for the docs (English and German), with the sample article and
// a verified claim selected.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedSample } from './pages/seed';

const DIR = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

test('screenshots of the workspace in English and German', async ({ page, serve, openApp }) => {
  const { claims } = await seedSample(serve.api);
  const api = serve.api;
  const verify = async (index: number, verdict: 'verified' | 'disputed' | 'inconclusive', source: { url: string; title: string; publisher: string; stance: 'supports' | 'refutes' | 'context'; excerpt?: string } | null, rationale?: string, ratingLabel?: string) => {
    const claim = claims[index]!;
    let version = claim.version;
    if (source) version = (await api('sources.add', { claimId: claim.id, ...source, accessedAt: '2025-01-22' })).claim.version;
    await api('claims.setVerdict', { id: claim.id, expectedVersion: version, verdict, rationale, ratingLabel });
  };
  await verify(0, 'verified', { url: 'http://en.kremlin.ru/events/president/news/76144', title: 'Telephone conversation with President of China Xi Jinping', publisher: 'Kremlin', stance: 'supports', excerpt: 'Vladimir Putin had a videoconference with President of the People’s Republic of China Xi Jinping.' }, 'The Kremlin and Xinhua both published readouts of the call on 21 January 2025.', 'Correct');
  await verify(2, 'disputed', { url: 'https://example.org/inauguration', title: 'Inauguration schedule', publisher: 'Example News', stance: 'refutes' }, 'The call took place the day after the inauguration.');
  await verify(5, 'inconclusive', null, 'No independent record of the wording.');
  await api('sources.add', { claimId: claims[0]!.id, url: 'https://english.news.cn/20250121/xi-putin-video/c.html', title: 'Xi holds video call with Putin', publisher: 'Xinhua', stance: 'supports' });

  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  await ws.highlight(claims[0]!.id).click();
  await expect(ws.verdictRadio('Verified')).toBeChecked();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'workspace.png') });

  // The All claims view, with more articles in the store (our extraction fixtures).
  const fixtures = path.resolve(__dirname, '..', 'fixtures', 'extraction');
  for (const file of ['bundeshaushalt.de.txt', 'fed-rates.en.txt', 'bahnstreik.de.txt']) {
    await api('articles.create', { text: fs.readFileSync(path.join(fixtures, file), 'utf8') });
  }
  await page.reload();
  await page.getByRole('button', { name: 'All claims' }).click();
  await expect(page.getByRole('row').nth(10)).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'all-claims.png') });
  await page.getByRole('button', { name: 'Workspace' }).click();

  await api('settings.set', { uiLanguage: 'de' });
  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
  await expect(ws.panel.getByRole('radio', { name: 'Bestätigt' })).toBeChecked();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DIR, 'workspace-de.png') });
});
