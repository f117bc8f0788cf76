// The team server in a real Chromium: sign in, two reviewers in two browser contexts, a verdict
// one of them sets shows in the other's window within a second, and each sees who else has the
// claim open.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { openApp, type ClaimdeskApp } from '../../src/main/core/app';
import { startServer, type RunningServer } from '../../src/main/http/server';
import { createTeamGate, openTeam } from '../../src/main/team';
import { createDesktopRouter } from '../../src/main/team/remote';
import { tempDir } from '../helpers/temp-app';
import { RENDERER_DIR } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';

const PASSWORD = 'correct horse battery';
const SHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

// One server for the file; its two tests run one after the other, each with time for a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let app: ClaimdeskApp;
let server: RunningServer;
let base: string;
let token: string;

test.beforeAll(async () => {
  const dbPath = path.join(tempDir('claimdesk-team-e2e-'), 'desk.db');
  app = await openApp(dbPath, { host: 'serve', defaultActor: null, snapshots: false });
  const team = await openTeam(app.store.db, { failureDelayMs: 50 });
  await team.add('anna', 'reviewer', PASSWORD);
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

async function signInAs(browser: Browser, name: string, shot?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(base);
  await expect(page.getByRole('heading', { name: 'Sign in to the desk' })).toBeVisible();
  await page.getByLabel('Account name').fill(name);
  await page.getByLabel('Password').fill(name === 'anna' ? 'wrong password!' : PASSWORD);
  if (name === 'anna') {
    // A wrong password first: refused with a message, the password field emptied.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong account name or password.');
    await expect(page.getByLabel('Password')).toHaveValue('');
    await page.getByLabel('Password').fill(PASSWORD);
  }
  if (shot) await page.screenshot({ path: path.join(SHOTS, shot) });
  await page.getByLabel('Password').press('Enter');
  await expect(page.getByTestId('team-account')).toContainText(`${name} (reviewer)`);
  return page;
}

test('two reviewers: sign in, see who is editing, and see each other’s verdict within a second', async ({ browser }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const { article } = await api<{ article: { id: string } }>('articles.createSample', {});
  const full = await api<{ claims: { id: string; start: number; text: string }[] }>('articles.get', { id: article.id });
  const target = [...full.claims].sort((a, b) => a.start - b.start)[1]!;

  const pageA = await signInAs(browser, 'anna', 'team-sign-in.png');
  const pageB = await signInAs(browser, 'ben');
  const a = new WorkspacePage(pageA);
  const b = new WorkspacePage(pageB);
  await expect(pageA.getByTestId('team-account')).toContainText('Team server');
  for (const ws of [a, b]) {
    await ws.waitForArticle(/Putin und Xi/);
    await ws.highlight(target.id).click();
    await expect(ws.quote()).toHaveText(target.text);
  }
  // Each sees the other has the claim open.
  await expect(pageA.getByTestId('editing-notice')).toHaveText('ben is editing this claim');
  await expect(pageB.getByTestId('editing-notice')).toHaveText('anna is editing this claim');

  // Anna sets a verdict; Ben's window shows it within a second, without a reload.
  await expect(b.verdictRadio('Inconclusive')).not.toBeChecked();
  await a.verdictRadio('Inconclusive').check();
  await expect(a.verdictRadio('Inconclusive')).toBeChecked();
  await expect(b.verdictRadio('Inconclusive')).toBeChecked({ timeout: 1000 });
  await expect(b.highlight(target.id)).toHaveClass(/inconclusive/, { timeout: 1000 });
  const stored = await api<{ verdict: string; reviewer: string }>('claims.get', { id: target.id });
  expect(stored).toMatchObject({ verdict: 'inconclusive', reviewer: 'anna' });
  await pageB.screenshot({ path: path.join(SHOTS, 'team-live-update.png') });

  // Ben moves on: Anna no longer sees him on the claim.
  await b.highlight(full.claims.find((c) => c.id !== target.id)!.id).click();
  await expect(pageA.getByTestId('editing-notice')).toHaveCount(0);
  await pageA.context().close();
  await pageB.context().close();
});

test('the desktop app connects to a team server from Settings and then works on its database', async ({ browser }) => {
  // The Electron main's router (src/main/team/remote.ts) runs here in Node over a local store of
  // its own; the page reaches it through a binding standing in for the preload bridge.
  const laptop = await openApp(path.join(tempDir('claimdesk-laptop-'), 'laptop.db'), { host: 'electron', defaultActor: 'laptop user', snapshots: false });
  const router = createDesktopRouter(() => laptop.dispatch);
  await laptop.dispatch('settings.set', { reviewerName: 'Laptop User' });
  await api('articles.create', { text: 'Die Inflation lag im Mai bei 2,1 Prozent. Das teilte das Amt mit.', title: 'Nur auf dem Desk' });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.exposeFunction('__claimdeskInvoke', (method: string, input: unknown) => router.dispatch(method, input));
  await page.addInitScript(() => {
    (window as unknown as { claimdesk: unknown }).claimdesk = { invoke: (m: string, i: unknown) => (window as unknown as { __claimdeskInvoke: (m: string, i: unknown) => Promise<unknown> }).__claimdeskInvoke(m, i) };
  });
  await page.goto(base);
  // Local first: the desk's article is not there.
  await expect(page.getByText('Nur auf dem Desk')).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings' }).click();
  const section = page.locator('fieldset.settings-team');
  await section.getByLabel('Server address').fill(base);
  await section.getByLabel('Account name').fill('ben');
  await section.getByLabel('Password').fill(PASSWORD);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'team-connect-desktop.png') });
  await section.getByRole('button', { name: 'Connect to a team server' }).click();
  await expect(page.getByTestId('team-account')).toContainText('ben (reviewer)');
  await expect(page.getByTestId('team-account')).toContainText(`127.0.0.1:${server.port}`);
  await expect(page.getByRole('complementary').or(page.locator('body')).getByText('Nur auf dem Desk').first()).toBeVisible();
  await context.close();
  await laptop.close();
});
