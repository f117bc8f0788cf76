// Browser figures, in Debian's Chromium against the real serve host:
// - serve start (a new process) to the sample article's claims painted;
// - an article with 2,000 claims opened with its highlights;
// - pressing v on a claim with a source until it shows verified and is persisted (p50/p95 over 200);
// - pressing j / k on the article with 2,000 claims until the next claim is selected everywhere (p50/p95 over 200);
// - the All claims view over 100,000 claims (first rows, frame times over 100 screens);
// - where the Electron binary exists: the desktop app's process start to its window showing the
//   last article's claims (here it says plainly that it cannot run).
import path from 'node:path';
import { _electron as electron, chromium, type Browser, type Page } from '@playwright/test';
import { openApp } from '../src/main/core/app';
import { startServer } from '../src/main/http/server';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { RENDERER_DIR } from '../tests/e2e/fixtures';
import { tempDir } from '../tests/helpers/temp-app';
import { benchAllClaims, seedClaims } from './ui';
import { newPage, percentile, pressStep, pressVerdict, seedVerdictArticle } from './keys';
import { timeServeStartToPaint } from './serve-start';
import { withLoopDelay } from './loop-delay';

const BIN = path.resolve(__dirname, '..', 'bin', 'claimdesk.js');

async function seedDatabase(dbPath: string, seed: (app: Awaited<ReturnType<typeof openApp>>) => Promise<void>): Promise<void> {
  const app = await openApp(dbPath, { host: 'cli', defaultActor: 'bench' });
  await seed(app);
  await app.close();
}

async function call<T>(app: Awaited<ReturnType<typeof openApp>>, method: string, input: unknown): Promise<T> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** From spawning `claimdesk serve` to the sample article's highlights on screen. */
async function serveStartToPaint(browser: Browser): Promise<number> {
  const dbPath = path.join(tempDir('claimdesk-bench-serve-'), 'claimdesk.db');
  await seedDatabase(dbPath, async (app) => {
    await call(app, 'settings.set', { reviewerName: 'Bench' });
    await call(app, 'articles.createSample', {});
  });
  const page = await newPage(browser);
  try {
    return await timeServeStartToPaint(page, BIN, dbPath);
  } finally {
    await page.close();
  }
}

async function withServe<T>(seed: (app: Awaited<ReturnType<typeof openApp>>) => Promise<void>, work: (page: Page, url: string) => Promise<T>, browser: Browser): Promise<T> {
  const dbPath = path.join(tempDir('claimdesk-bench-ui-'), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'serve', defaultActor: 'bench' });
  await call(app, 'settings.set', { reviewerName: 'Bench' });
  await seed(app);
  const server = await startServer({ dispatch: app.dispatch, rendererDir: RENDERER_DIR, port: 0 });
  const page = await newPage(browser);
  try {
    return await work(page, server.url);
  } finally {
    await page.close();
    await server.close();
    await app.close();
  }
}

/** The text of an article of 2,000 sentences in paragraphs of eight (extraction finds 2,000 claims). */
export function textOf2000Claims(): string {
  const sentences = Array.from({ length: 2000 }, (_, i) => `Im Jahr ${1900 + (i % 120)} stieg die Zahl der Beschäftigten in Region ${i + 1} um ${(i % 17) + 1} Prozent.`);
  return sentences.reduce<string[]>((paras, s, i) => {
    if (i % 8 === 0) paras.push(s);
    else paras[paras.length - 1] += ` ${s}`;
    return paras;
  }, []).join('\n');
}

/** An article of 2,000 sentences (so 2,000 claims), opened from the list until every highlight is in the DOM. */
async function openLargeArticle(browser: Browser): Promise<number[]> {
  return withServe(
    async (app) => {
      await call(app, 'articles.create', { text: textOf2000Claims(), title: 'Zweitausend Behauptungen' });
      await call(app, 'articles.create', { text: 'Die Inflation lag im Mai bei 2,1 Prozent.', title: 'Kurz' });
    },
    async (page, url) => {
      await page.goto(url);
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        // Start from the short article, then time the click on the long one until all its highlights are in the DOM.
        await page.locator('.article-row', { hasText: 'Kurz' }).click();
        await page.waitForFunction(() => document.querySelectorAll('.hl[data-claims]').length === 1);
        const ms = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const row = [...document.querySelectorAll<HTMLElement>('.article-row')].find((r) => r.textContent?.includes('Zweitausend'))!;
              const started = performance.now();
              row.click();
              const check = () => {
                if (document.querySelectorAll('.hl[data-claims]').length >= 2000) {
                  // One more frame: the highlights are painted, not only in the DOM.
                  requestAnimationFrame(() => resolve(performance.now() - started));
                } else requestAnimationFrame(check);
              };
              check();
            }),
        );
        times.push(ms);
      }
      return times;
    },
    browser,
  );
}

/** Press v on a claim that has a source; time until its highlight shows verified (bench/keys.ts). */
async function pressVerified(browser: Browser): Promise<number[]> {
  return withServe(
    async (app) => void (await seedVerdictArticle((method, input) => call(app, method, input), 'Zweihundert')),
    async (page, url) => {
      await page.goto(url);
      await page.locator('.article-row').first().click();
      await page.locator('.hl[data-claims]').first().click();
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        times.push((await pressVerdict(page)).ms);
        await page.keyboard.press('j');
      }
      return times;
    },
    browser,
  );
}

/**
 * On the article with 2,000 claims: j 100 times from the first claim, then k 100 times, each
 * until the page has done the work it causes and the next claim is selected everywhere (bench/keys.ts).
 */
async function stepThroughClaims(browser: Browser): Promise<number[]> {
  return withServe(
    async (app) => {
      await call(app, 'articles.create', { text: textOf2000Claims(), title: 'Zweitausend Behauptungen' });
    },
    async (page, url) => {
      await page.goto(url);
      await page.locator('.article-row').first().click();
      await page.waitForFunction(() => document.querySelectorAll('.hl[data-claims]').length >= 2000);
      await page.locator('.hl[data-claims]').first().click();
      const times: number[] = [];
      for (let i = 0; i < 200; i++) times.push(await pressStep(page, i < 100 ? 'j' : 'k'));
      return times;
    },
    browser,
  );
}

/**
 * The desktop app: from launching Electron until its window shows the newest article's claims
 * highlighted, three times (median). A reason instead of a figure where Electron cannot run.
 */
async function electronStartToClaims(): Promise<number | string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { electronBinary } = require('../scripts/electron-binary.cjs') as { electronBinary(): string | null };
  const binary = electronBinary();
  if (!binary) return 'cannot run here: the Electron binary is not installed (it cannot be downloaded on this machine)';
  const dbPath = path.join(tempDir('claimdesk-bench-electron-'), 'claimdesk.db');
  await seedDatabase(dbPath, async (app) => {
    await call(app, 'settings.set', { reviewerName: 'Bench' });
    await call(app, 'articles.createSample', {});
  });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const app = await electron.launch({ executablePath: binary, args: [path.resolve(__dirname, '..', 'out', 'main', 'index.js'), '--db', dbPath] });
    try {
      const win = await app.firstWindow();
      await win.locator('.hl[data-claims]').first().waitFor({ state: 'visible' });
      times.push(performance.now() - started);
    } finally {
      await app.close();
    }
  }
  return Math.round(percentile(times, 50));
}

export async function benchBrowser(): Promise<Record<string, string | number>> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) starts.push(await serveStartToPaint(browser));
    const opens = await openLargeArticle(browser);
    const verdicts = await pressVerified(browser);
    const steps = await stepThroughClaims(browser);
    const electronStart = await electronStartToClaims().catch((error: unknown) => `could not run: ${(error as Error).message.split('\n')[0]}`);
    const { value: table, delay } = await withServe(
      async (app) => seedClaims(app.store.sqlite, 100_000),
      (page, url) => withLoopDelay(() => benchAllClaims(url, page)),
      browser,
    );
    return {
      'ui: serve start → sample claims painted, median of 3 (ms)': Math.round(percentile(starts, 50)),
      'ui: serve start → sample claims painted, the 3 runs (ms)': starts.map((v) => Math.round(v)).join(' / '),
      'ui: electron start → window shown with the last article’s claims, median of 3 (ms)': electronStart,
      'ui: open article with 2,000 claims + highlights, median of 5 (ms)': Math.round(percentile(opens, 50)),
      'ui: press v → verified shown + persisted, p50 (ms)': Math.round(percentile(verdicts, 50)),
      'ui: press v → verified shown + persisted, p95 over 200 (ms)': Math.round(percentile(verdicts, 95)),
      'ui: j/k on an article with 2,000 claims, p50 (ms)': Math.round(percentile(steps, 50) * 10) / 10,
      'ui: j/k on an article with 2,000 claims, p95 over 200 (ms)': Math.round(percentile(steps, 95) * 10) / 10,
      ...Object.fromEntries(Object.entries(table).map(([k, v]) => [`ui: all claims (100,000) ${k}`, Math.round(v * 10) / 10])),
      'ui: all claims (100,000) host event-loop delay p99 / max (ms)': `${delay.p99Ms} / ${delay.maxMs}`,
    };
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  void benchBrowser().then((r) => console.table(r));
}
