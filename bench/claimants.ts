// Claimant figures (#18): a library of 100,000 claims from 5,000 claimants in 10,000 articles
// (one claimant with 2,000 claims), made by the real migrations and written in bulk, then:
// - stats.desk through dispatch (median of 5);
// - a claimant page with 2,000 claims (claimants.get, median of 5);
// - claimants.list over 5,000 claimants (median of 5);
// - grouping a new 2,000-claim article into the existing claimants (median of 5, each its own article);
// - in Debian's Chromium against the serve host: the dashboard painted (its charts drawn) after
//   the Dashboard button is pressed, and a claimant page with 2,000 claims painted (its first rows
//   and its record chart; the list is virtualised), median of 3, timed in the page.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openApp } from '../src/main/core/app';
import { startServer } from '../src/main/http/server';
import { groupClaimsIntoClaimants } from '../src/main/core/store/claimant.repository';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { RENDERER_DIR } from '../tests/e2e/fixtures';
import { tempDir } from '../tests/helpers/temp-app';
import { withLoopDelay } from './loop-delay';

const ARTICLES = 10_000;
const CLAIMANTS = 5_000;
const CLAIMS = 100_000;
const BIG = 2_000;
const GIVEN = ['Anna', 'Bernd', 'Clara', 'David', 'Eva', 'Frank', 'Greta', 'Hans', 'Ines', 'Jonas', 'Karin', 'Lukas', 'Maria', 'Nils', 'Olga', 'Paul'];
const VERDICTS = ['verified', 'disputed', 'inconclusive', 'unreviewed', 'unreviewed'] as const;
const REVIEWERS = ['Ana Weber', 'Jonas Berg', 'Lea Roth', 'Tom Fischer', 'Mia Braun', 'Ben Wolf'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const nameOf = (i: number) => ({ given: GIVEN[i % GIVEN.length]!, surname: `Beispiel${i.toString(36)}` });

type App = Awaited<ReturnType<typeof openApp>>;
async function call<T>(app: App, method: string, input: unknown): Promise<T> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** Writes the library with plain prepared statements in one transaction (seeding is not what is measured). */
export function seed(app: App): void {
  const sqlite = app.store.sqlite;
  const now = Date.now();
  const iso = (msAgo: number) => new Date(now - msAgo).toISOString();
  const day = 86_400_000;
  sqlite.transaction(() => {
    const article = sqlite.prepare('insert into articles (id, title, text, language, content_hash, imported_at) values (?, ?, ?, ?, ?, ?)');
    for (let a = 0; a < ARTICLES; a++) article.run(`a${a}`, `Artikel ${a}`, 'Text.', a % 3 ? 'de' : 'en', `h${a}`, iso((a % 84) * day + day));
    const claimant = sqlite.prepare("insert into claimants (id, name, type, given_key, surname_key, created_at, updated_at) values (?, ?, 'person', ?, ?, ?, ?)");
    const alias = sqlite.prepare('insert into claimant_aliases (claimant_id, alias, alias_key) values (?, ?, ?)');
    for (let k = 0; k < CLAIMANTS; k++) {
      const { given, surname } = nameOf(k);
      claimant.run(`k${k}`, `${given} ${surname}`, given.toLowerCase(), surname.toLowerCase(), iso(0), iso(0));
      alias.run(`k${k}`, `${given} ${surname}`, `${given} ${surname}`.toLowerCase());
      alias.run(`k${k}`, surname, surname.toLowerCase());
    }
    const claim = sqlite.prepare(
      'insert into claims (id, article_id, start, "end", text, claimant, claimant_id, kind, checkworthiness, checkworthiness_reasons, claim_type, verdict, reviewer, created_at, updated_at, reviewed_at) values (?, ?, 0, 5, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (let c = 0; c < CLAIMS; c++) {
      const k = c < BIG ? 0 : 1 + (c % (CLAIMANTS - 1));
      const a = c % ARTICLES;
      const verdict = VERDICTS[c % VERDICTS.length]!;
      const reviewed = verdict === 'unreviewed' ? null : iso((c % 80) * day);
      const { given, surname } = nameOf(k);
      claim.run(`c${c}`, `a${a}`, `Behauptung ${c} mit 5 Prozent.`, c % 4 ? `${given} ${surname}` : surname, `k${k}`, 'reported', (c % 100) / 100, '[]', 'quantity', verdict, reviewed ? REVIEWERS[c % REVIEWERS.length]! : null, iso((a % 84) * day + day), iso(0), reviewed);
    }
  })();
}

/** A new article of 2,000 claims: known people by full name and by surname, and new ones. */
export function newArticleClaims(app: App, articleId: string): void {
  const sqlite = app.store.sqlite;
  sqlite.prepare('insert into articles (id, title, text, language, content_hash, imported_at) values (?, ?, ?, ?, ?, ?)').run(articleId, 'Neu', 'Text.', 'de', `h-${articleId}`, new Date().toISOString());
  const claim = sqlite.prepare('insert into claims (id, article_id, start, "end", text, claimant, kind, checkworthiness, checkworthiness_reasons, claim_type, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0.5, ?, ?, ?, ?)');
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    for (let i = 0; i < 2000; i++) {
      const { given, surname } = nameOf((i * 7) % CLAIMANTS);
      const name = i % 5 === 0 ? `Neue Person${articleId}x${i % 200}` : i % 3 ? `Bundesminister ${given} ${surname}` : surname;
      claim.run(`${articleId}-c${i}`, articleId, i * 10, i * 10 + 5, 'Text.', name, 'reported', '[]', 'other', now, now);
    }
  })();
}

export async function benchClaimants(): Promise<Record<string, number | string>> {
  const dbPath = path.join(tempDir('claimdesk-bench-claimants-'), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'serve', defaultActor: 'bench' });
  seed(app);
  app.store.sqlite.pragma('optimize');
  // A reviewer name, so the first-run question does not cover the page in the browser part.
  await call(app, 'settings.set', { reviewerName: 'Bench' });
  const figures: Record<string, number | string> = {};
  const time = async (runs: number, work: () => Promise<unknown>) => {
    await work(); // warm
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await work();
      ms.push(performance.now() - t);
    }
    return Math.round(median(ms));
  };
  figures['stats.desk, 100,000 claims (ms)'] = await time(5, () => call(app, 'stats.desk', {}));
  figures['claimant page data, 2,000 claims (ms)'] = await time(5, () => call(app, 'claimants.get', { claimant: 'k0' }));
  figures['claimants.list, 5,000 claimants (ms)'] = await time(5, () => call(app, 'claimants.list', { limit: 200 }));

  const groupMs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const articleId = `new${run}`;
    newArticleClaims(app, articleId);
    const t = performance.now();
    await app.store.db.transaction().execute((trx) => groupClaimsIntoClaimants(trx, { articleIds: [articleId] }, new Date().toISOString()));
    groupMs.push(performance.now() - t);
  }
  figures['grouping a new 2,000-claim article (ms)'] = Math.round(median(groupMs));

  // In the browser: paint times. A failure here (a busy machine's timeout) keeps the figures above.
  try {
    const { value, delay } = await withLoopDelay(() => paintTimes(app));
    Object.assign(figures, value);
    figures['browser part: host event-loop delay p99 / max (ms)'] = `${delay.p99Ms} / ${delay.maxMs}`;
  } catch (error) {
    figures['browser figures'] = `failed: ${(error as Error).message.split('\n')[0]!.slice(0, 120)}`;
  } finally {
    await app.close();
  }
  return figures;
}

async function paintTimes(app: App): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const server = await startServer({ dispatch: app.dispatch, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(server.url);
    page.setDefaultTimeout(120_000);
    // CSS locators, not getByRole: a role locator works out the accessible name of every button in
    // the page first, and the workspace shows 10,000 article rows (minutes on a busy machine).
    const viewButton = (name: string) => page.locator('.view-switch button', { hasText: name });
    await viewButton('Dashboard').waitFor();
    const dashboard: number[] = [];
    const dashboardFromClaimant: number[] = [];
    const claimantPage: number[] = [];
    // Timed in the page's own clock, from the click to the frame after the awaited element is in
    // the DOM: Playwright's locators work out accessible names over the whole DOM before a click
    // (seconds over the workspace's 10,000 article rows), which is the harness, not the app.
    const clickToPainted = (click: string, painted: string[]) =>
      page.evaluate(
        `new Promise((resolve, reject) => {
          const target = document.querySelector(${JSON.stringify(click)});
          if (!target) return reject(new Error('nothing to click: ' + ${JSON.stringify(click)}));
          const t = performance.now();
          target.click();
          const waitFor = ${JSON.stringify(painted)};
          const tick = () => waitFor.every((s) => document.querySelector(s)) ? requestAnimationFrame(() => resolve(performance.now() - t)) : requestAnimationFrame(tick);
          tick();
        })`,
      ) as Promise<number>;
    for (let i = 0; i < 4; i++) {
      await viewButton('Workspace').click();
      // Let the workspace finish loading its 10,000 articles first: the figure is the dashboard's own.
      await page.locator('.pane-actions button', { hasText: 'Paste article' }).waitFor();
      await page.locator('.article-list li').first().waitFor();
      await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
      await page.evaluate(`[...document.querySelectorAll('.view-switch button')].find((b) => b.textContent.trim() === 'Dashboard').setAttribute('data-bench', 'dashboard')`);
      const d = await clickToPainted('[data-bench="dashboard"]', ['[data-testid="dashboard-weeks"] .recharts-bar-rectangle', '[data-testid="dashboard-reviewers"] .recharts-bar-rectangle']);
      if (i > 0) dashboard.push(d);
      await page.locator('.dashboard__top').getByRole('button', { name: 'Anna Beispiel0' }).waitFor();
      await page.evaluate(`[...document.querySelectorAll('.dashboard__top button')].find((b) => b.textContent.trim() === 'Anna Beispiel0').setAttribute('data-bench', 'big')`);
      const c = await clickToPainted('[data-bench="big"]', [`[data-testid="claimant-claims"][data-count="${BIG}"] .claimant-claims__row`, '[data-testid="claimant-record"] .recharts-bar-rectangle']);
      if (i > 0) claimantPage.push(c);
      // The dashboard again, from the claimant page: without the workspace's 10,000 rows to take down.
      const again = await clickToPainted('[data-bench="dashboard"]', ['[data-testid="dashboard-weeks"] .recharts-bar-rectangle', '[data-testid="dashboard-reviewers"] .recharts-bar-rectangle']);
      if (i > 0) dashboardFromClaimant.push(again);
    }
    figures['dashboard painted after opening, browser (ms)'] = Math.round(median(dashboard));
    figures['claimant page with 2,000 claims painted, browser (ms)'] = Math.round(median(claimantPage));
    figures['dashboard painted, opened from a claimant page, browser (ms)'] = Math.round(median(dashboardFromClaimant));
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
