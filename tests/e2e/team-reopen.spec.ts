// A team server's page reads nothing before its reviewer signs in, so it started on the newest
// article: it now asks the host where to start (workspace.open), which reopens the account's own
// last article and claim (workspace.remember keeps one place per account). Failed before: a
// second sign-in opened the newest article.
import path from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { openApp, type ClaimdeskApp } from '../../src/main/core/app';
import { startServer, type RunningServer } from '../../src/main/http/server';
import { createTeamGate, openTeam } from '../../src/main/team';
import { tempDir } from '../helpers/temp-app';
import { RENDERER_DIR } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';

const PASSWORD = 'correct horse battery';
const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'reviewer-day');
test.describe.configure({ timeout: 90_000 });

let app: ClaimdeskApp;
let server: RunningServer;
let base: string;
let token: string;

test.beforeAll(async () => {
  const dbPath = path.join(tempDir('claimdesk-team-reopen-'), 'desk.db');
  app = await openApp(dbPath, { host: 'serve', defaultActor: null, snapshots: false });
  const team = await openTeam(app.store.db, { failureDelayMs: 50 });
  await team.add('ben', 'reviewer', PASSWORD);
  await team.add('eva', 'editor', PASSWORD);
  token = (await team.createToken('eva')).token;
  server = await startServer({ dispatch: app.dispatch, rendererDir: RENDERER_DIR, port: 0, team: createTeamGate({ team, secure: false, databaseLabel: dbPath, guardFetches: false }) });
  base = `http://127.0.0.1:${server.port}/`;
});
test.afterAll(async () => {
  await server.close();
  await app.close();
});

async function api<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${base}api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input) });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

async function signIn(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByLabel('Account name').fill(name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByTestId('team-account')).toContainText(`${name} (reviewer)`);
  return page;
}

test("a reviewer signing in again, in another browser, is back on their last article and claim, not the newest", async ({ browser }) => {
  const { article: older } = await api<{ article: { id: string } }>('articles.create', {
    title: 'Quillmouth ferry',
    text: 'The ferry company said fares rose by 9 percent in March. The harbour master said the new pier cost 3 million pounds.',
    language: 'en',
  });
  const claims = [...(await api<{ claims: { id: string; start: number; text: string }[] }>('articles.get', { id: older.id })).claims].sort((a, b) => a.start - b.start);
  await api('articles.createSample', {});

  const first = await signIn(browser, 'ben');
  const ws = new WorkspacePage(first);
  await ws.waitForArticle(/Putin und Xi/);
  await ws.articlesPane.getByRole('button', { name: /Quillmouth ferry/ }).click();
  await ws.waitForArticle('Quillmouth ferry');
  await ws.selectByText(claims[1]!.text);
  await expect(ws.quote()).toHaveText(claims[1]!.text);
  // Told once the selection rests (a second): the host keeps it under Ben's account.
  const remembered = () => app.store.sqlite.prepare("select value from settings where key = 'workspace.selection:ben'").pluck().get() as string | undefined;
  await expect.poll(() => remembered() ?? '', { timeout: 5000 }).toContain(claims[1]!.id);
  await first.context().close();

  const second = await signIn(browser, 'ben');
  const ws2 = new WorkspacePage(second);
  await ws2.waitForArticle('Quillmouth ferry');
  await expect(ws2.quote()).toHaveText(claims[1]!.text);
  await second.screenshot({ path: path.join(SHOTS, 'team-reopened.png') });
  await second.context().close();
});
