// What the page asks at start-up (src/renderer/src/startup.ts): the settings, the article list,
// the rating labels and the article that opens are asked for in one call (workspace.open),
// before the first render, and the workspace takes those answers instead of asking again. The
// article that opens is the one open last time, else the newest.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';

/** Every API call the page makes, with its input. */
function recordCalls(page: Page): Array<{ method: string; input: Record<string, unknown> }> {
  const calls: Array<{ method: string; input: Record<string, unknown> }> = [];
  page.on('request', (request) => {
    const m = /\/api\/([\w.]+)/.exec(request.url());
    if (m) calls.push({ method: m[1]!, input: (request.postDataJSON() ?? {}) as Record<string, unknown> });
  });
  return calls;
}

test('start-up asks once, in one call, for the settings, the list and the newest article, and shows them', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.create', { title: 'Older article', text: 'The council said it spent 12 million euros on roads in 2024.', language: 'en' });
  const { article: newest } = await serve.api('articles.createSample', {});
  const calls = recordCalls(page);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  await page.waitForLoadState('networkidle');
  const named = (method: string) => calls.filter((c) => c.method === method);
  expect(named('workspace.open')).toEqual([{ method: 'workspace.open', input: { claimsLimit: 2500 } }]);
  expect(named('settings.get')).toHaveLength(0);
  expect(named('articles.list')).toHaveLength(0);
  expect(named('articles.get')).toHaveLength(0);
  await expect(ws.highlight((await serve.api('articles.get', { id: newest.id })).claims[0]!.id)).toBeVisible();
  await expect(ws.articlesPane.getByRole('button', { name: /Older article/ })).toBeVisible();
});

test('start-up opens the article open last time, asking for it and for no other', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  const { article: older } = await serve.api('articles.create', { title: 'Older article', text: 'The council said it spent 12 million euros on roads in 2024.', language: 'en' });
  await serve.api('articles.createSample', {});
  // The host remembers it (workspace.remember), whatever browser or port the page has now.
  await serve.api('workspace.remember', { articleId: older.id, claimId: null });
  const calls = recordCalls(page);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle('Older article');
  await page.waitForLoadState('networkidle');
  expect(calls.filter((c) => c.method === 'workspace.open')).toEqual([{ method: 'workspace.open', input: { claimsLimit: 2500 } }]);
  expect(calls.filter((c) => c.method === 'articles.get' || c.method === 'articles.list')).toEqual([]);
});

test('an answer read at start-up is not reused later: opening another article and coming back asks again', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.create', { title: 'Older article', text: 'The council said it spent 12 million euros on roads in 2024.', language: 'en' });
  const { article: newest } = await serve.api('articles.createSample', {});
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  // Changed behind the page's back: the page shows it once it asks again.
  const full = await serve.api('articles.get', { id: newest.id });
  const { claim } = await serve.api('sources.add', { claimId: full.claims[0]!.id, url: 'https://www.destatis.de/' });
  await serve.api('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'verified' });
  const calls = recordCalls(page);
  await ws.articlesPane.getByRole('button', { name: /Older article/ }).click();
  await ws.waitForArticle('Older article');
  await ws.articlesPane.getByRole('button', { name: /Putin und Xi/ }).click();
  await ws.waitForArticle(/Putin und Xi/);
  await expect(ws.highlight(full.claims[0]!.id)).toHaveClass(/hl-verified/);
  expect(calls.filter((c) => c.method === 'articles.get').map((c) => c.input.id)).toContain(newest.id);
});

test("serve's token leaves the address bar, and the tab keeps it: a reload still reads", async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.createSample', {});
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  await expect.poll(() => page.url()).not.toContain('token=');
  await page.reload();
  await ws.waitForArticle(/Putin und Xi/);
});

test('start-up fetches no dialog code before the claims show; the import dialog still opens', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.createSample', {});
  await recordFilesAtFirstClaims(page);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  const names = await filesAtFirstClaims(page);
  expect(names.some((n) => n.startsWith('workspace.open'))).toBe(true);
  expect(names.filter((n) => /^(ImportDialog|ExportDialog|dialog|verdict)-/.test(n))).toEqual([]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Import articles' })).toBeVisible();
});

test('a slow host: no dialog or view code is fetched while the first screen waits for its answers', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.createSample', {});
  // The page renders an empty workspace after a moment and goes idle; the answer comes later.
  await page.route('**/api/workspace.open', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await recordFilesAtFirstClaims(page);
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  const names = await filesAtFirstClaims(page);
  expect(names.filter((n) => /^(ImportDialog|ExportDialog|AllClaimsView|SearchResults|dialog|verdict)-/.test(n))).toEqual([]);
});

test('once the first screen is up and idle, the All claims and search views are fetched before their first click; the chart views are not', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.createSample', {});
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  // Fetched with no click: the page does it on its own once idle after the first paint.
  await expect.poll(() => scripts.some((s) => /\/AllClaimsView-[\w-]+\.js$/.test(s)), { timeout: 10_000 }).toBe(true);
  await expect.poll(() => scripts.some((s) => /\/SearchResults-[\w-]+\.js$/.test(s)), { timeout: 10_000 }).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /\/(DashboardView|ClaimantsView)-/.test(s))).toEqual([]);
  // The click then needs no script: only the claims.
  const before = scripts.length;
  await page.getByRole('navigation').getByRole('button', { name: /all claims/i }).click();
  await expect(page.getByRole('grid').getByRole('row').nth(1)).toBeVisible();
  expect(scripts.slice(before)).toEqual([]);
});

test('which claims were checked before is asked only once the claims have painted', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.createSample', {});
  // On the page's clock: when the first highlight entered the DOM, and when factchecks.flagClaims was sent.
  await page.addInitScript(() => {
    const w = window as unknown as { __highlightAt?: number; __flagAt?: number };
    const send = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input instanceof Request ? input.url : input).includes('api/factchecks.flagClaims')) w.__flagAt ??= performance.now();
      return send(input, init);
    };
    new MutationObserver((_, observer) => {
      if (document.querySelector('.hl[data-claims]')) {
        w.__highlightAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __flagAt?: number }).__flagAt)) !== undefined).toBe(true);
  const { highlightAt, flagAt } = await page.evaluate(() => {
    const w = window as unknown as { __highlightAt?: number; __flagAt?: number };
    return { highlightAt: w.__highlightAt, flagAt: w.__flagAt };
  });
  expect(highlightAt).toBeDefined();
  expect(flagAt!).toBeGreaterThan(highlightAt!);
});

test("the first render shows what start-up read: React's first commit holds the article list and the claims", async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.create', { title: 'Older article', text: 'The council said it spent 12 million euros on roads in 2024.', language: 'en' });
  await serve.api('articles.createSample', {});
  // The app's chunk comes only once workspace.open has answered, so the answers are in when
  // React renders on any machine (a slow host renders without them after a moment, by design).
  let answered!: () => void;
  const workspaceOpen = new Promise<void>((resolve) => (answered = resolve));
  page.on('requestfinished', (request) => {
    if (request.url().includes('/api/workspace.open')) answered();
  });
  await page.route(/\/assets\/render-[\w-]+\.js$/, async (route) => {
    await workspaceOpen;
    await route.continue();
  });
  // What is in the DOM when React's first commit puts the app into #root.
  await page.addInitScript(() => {
    const w = window as unknown as { __firstCommit?: { rows: number; highlights: number; loading: boolean } };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#root > *')) return;
      w.__firstCommit = {
        rows: document.querySelectorAll('.article-row').length,
        highlights: document.querySelectorAll('.hl[data-claims]').length,
        loading: document.querySelector('.pane-centre > p.muted') !== null,
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await openApp();
  await new WorkspacePage(page).waitForArticle(/Putin und Xi/);
  const first = await page.evaluate(() => (window as unknown as { __firstCommit?: { rows: number; highlights: number; loading: boolean } }).__firstCommit);
  expect(first).toEqual({ rows: 2, highlights: expect.any(Number), loading: false });
  expect(first!.highlights).toBeGreaterThan(0);
});

test('no date formatter is made before the first claims are in the DOM; the dates show after', async ({ page, serve, openApp }) => {
  await serve.api('settings.set', { reviewerName: 'Rita Reviewer' });
  await serve.api('articles.createSample', {});
  // On the page's clock: the first Intl.DateTimeFormat made, and the first highlight in the DOM.
  await page.addInitScript(() => {
    const w = window as unknown as { __formatAt?: number; __highlightAt?: number };
    const Real = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(Real, {
      construct(target, args) {
        w.__formatAt ??= performance.now();
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args) {
        w.__formatAt ??= performance.now();
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    new MutationObserver((_, observer) => {
      if (document.querySelector('.hl[data-claims]')) {
        w.__highlightAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle(/Putin und Xi/);
  // The sample's row shows its date once the screen has painted.
  await expect(page.locator('.article-row-meta').first()).toContainText(/\b20\d\d\b/);
  const { formatAt, highlightAt } = await page.evaluate(() => {
    const w = window as unknown as { __formatAt?: number; __highlightAt?: number };
    return { formatAt: w.__formatAt, highlightAt: w.__highlightAt };
  });
  expect(highlightAt).toBeDefined();
  expect(formatAt!).toBeGreaterThan(highlightAt!);
  // The date as formatDate writes it in the page's language (en-GB here: 12 Mar 2025).
  const { articles } = await serve.api('workspace.open', {});
  const iso = articles[0]!.publishedAt ?? articles[0]!.importedAt;
  const date = await page.evaluate((d) => new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(d.length === 10 ? `${d}T00:00:00` : d)), iso);
  await expect(page.locator('.article-row-meta').first()).toContainText(date);
});

/** Records the scripts and style sheets the page had asked for when the first highlight came into the DOM. */
async function recordFilesAtFirstClaims(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __filesAtFirstClaims?: string[] };
    const check = () => {
      if (document.querySelector('.hl[data-claims]')) w.__filesAtFirstClaims = performance.getEntriesByType('resource').map((r) => r.name);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** The file names recordFilesAtFirstClaims kept, once the first highlight is in. */
async function filesAtFirstClaims(page: Page): Promise<string[]> {
  const files = await page.waitForFunction(() => (window as unknown as { __filesAtFirstClaims?: string[] }).__filesAtFirstClaims);
  return ((await files.jsonValue()) ?? []).map((f) => f.replace(/^.*\//, ''));
}
