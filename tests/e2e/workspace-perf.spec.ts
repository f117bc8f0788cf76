// A 2,000-claim article opens with every highlight, and pressing v shows and persists the
// verdict. The timings are printed and attached, never asserted: budgets are checked by
// `npm run bench`, so a busy CI machine cannot fail a correct build.
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';

const CLAIMS = 2000;

function longArticle(): string {
  const lines: string[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    lines.push(`Item ${i + 1}. The ministry said spending on region ${i + 1} rose by ${(i % 90) + 5} percent in 2024.`);
  }
  return lines.join('\n');
}

test('a 2,000-claim article opens with all its highlights; v is shown and persisted (timings printed)', async ({ page, serve, openApp }, info) => {
  test.setTimeout(240_000); // 2,000 claims seeded and 200 timed keys; slow under load, never a timed assertion
  await serve.api('settings.set', { reviewerName: 'Perf' });
  const text = longArticle();
  const { article } = await serve.api('articles.create', { text, title: 'Two thousand claims', language: 'en' });
  // Top up with manual claims (one per line) until the article holds at least 2,000.
  let claims = (await serve.api('articles.get', { id: article.id })).claims;
  const covered = new Set(claims.map((c) => text.lastIndexOf('\n', c.start) + 1));
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const missing = lineStarts.filter((s) => !covered.has(s)).slice(0, Math.max(0, CLAIMS - claims.length));
  for (let i = 0; i < missing.length; i += 50) {
    await Promise.all(
      missing.slice(i, i + 50).map((s) => serve.api('claims.create', { articleId: article.id, start: s, end: text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s) })),
    );
  }
  claims = (await serve.api('articles.get', { id: article.id })).claims.sort((a, b) => a.start - b.start);
  expect(claims.length).toBeGreaterThanOrEqual(CLAIMS);
  await serve.api('articles.createSample', {}); // newest: opens first

  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);

  // Time from the click to every highlight rendered (fetch + segmenting + render).
  const lastId = claims.at(-1)!.id;
  const openMs: number[] = [];
  for (let round = 0; round < 3; round++) {
    if (round > 0) {
      await ws.articlesPane.getByRole('button', { name: /Putin und Xi/ }).click();
      await ws.waitForArticle(/Putin und Xi/);
    }
    openMs.push(
      await page.evaluate(async (id) => {
        const row = [...document.querySelectorAll<HTMLButtonElement>('.article-row')].find((b) => b.textContent?.includes('Two thousand claims'))!;
        const t0 = performance.now();
        row.click();
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector(`.article-text [data-claims~="${id}"]`) ? resolve() : requestAnimationFrame(check));
          check();
        });
        // Wait for the frame to be painted.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, lastId),
    );
  }
  expect(await ws.highlightedClaimIds()).toHaveLength(claims.length);

  // Add a source to 30 claims so v is allowed, then press j v thirty times.
  const sample = claims.slice(0, 30);
  for (const c of sample) await serve.api('sources.add', { claimId: c.id, url: `https://example.org/${c.id}` });
  await page.reload();
  // The remembered 2,000-claim article reopens with the page: at CI's load (two workers) that took
  // over the 5 s an expect waits by default. This spec times; it does not assert times.
  await expect(ws.centre.getByRole('heading', { level: 1 })).toHaveText('Two thousand claims', { timeout: 30_000 });
  await ws.waitForArticle('Two thousand claims');
  const verdictMs: number[] = [];
  for (const c of sample) {
    await page.keyboard.press('j');
    await expect(ws.quote()).toHaveText(c.text);
    await expect(ws.panel.locator('.source')).toHaveCount(1);
    verdictMs.push(
      await page.evaluate(async (id) => {
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'v', bubbles: true }));
        // Shown from the server's answer: the highlight's class follows the stored verdict.
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector(`.article-text [data-claims~="${id}"].hl-verified`) ? resolve() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - t0;
      }, c.id),
    );
  }
  const stored = await serve.api('claims.list', { articleId: article.id, verdicts: ['verified'], limit: 100 });
  expect(stored.total).toBe(sample.length);

  const sorted = [...verdictMs].sort((a, b) => a - b);
  const p95 = sorted[Math.ceil(sorted.length * 0.95) - 1]!;
  const result = { claims: claims.length, openMs: openMs.map(Math.round), verdictP50: Math.round(sorted[Math.floor(sorted.length / 2)]!), verdictP95: Math.round(p95) };
  console.log(`workspace perf: ${JSON.stringify(result)}`);
  await info.attach('perf.json', { body: JSON.stringify(result, null, 2), contentType: 'application/json' });
});
