// Source snapshots in the claim panel: archived (date, size, hash), failed (reason, retry), none
// yet (take one); "Open snapshot" shows the stored text as text with the excerpt marked, or
// flags an excerpt the snapshot does not contain. A local server plays the web.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedSample } from './pages/seed';

const SCREENS = process.env.CLAIMDESK_SCREENS ?? path.join(os.tmpdir(), 'claimdesk-screens');
const PAGE = `<!doctype html><html lang="en"><head><title>Ministry statement</title></head><body><article><h1>Statement of the Foreign Ministry</h1>
<p>The ministry said on Tuesday that China is ready to strengthen dialogue with all partners in the region, and that talks would continue next month.</p>
<p>Officials described the tone of the meeting as constructive. A literal &lt;script&gt;alert(1)&lt;/script&gt; in the text stays text.</p>
<p>Further meetings are planned for the spring, according to the statement published on the ministry's website.</p></article></body></html>`;

/** Fetching, parsing and the first load of the HTML parser take a while on a busy machine. */
const slow = expect.configure({ timeout: 30_000 });

let changing = 'The council approved the budget of 12 million euros on Monday.';
const changingPage = () => `<!doctype html><html lang="en"><head><title>Council budget</title></head><body><article><h1>Council budget</h1>
<p>${changing}</p>
<p>The mayor said the money would go to schools and bridges, and that the first works would start in the spring of next year.</p>
<p>The opposition abstained; its leader called the plan a good start, according to the minutes of the meeting.</p></article></body></html>`;

let server: Server;
let base: string;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/statement') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (req.url === '/changing') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(changingPage());
    // A slow server: the page comes after several of the panel's polls.
    if (req.url === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE), 5_000);
    res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('snapshots: states, retry, open snapshot as text with the excerpt marked or flagged', async ({ page, serve, openApp }) => {
  // The first snapshot loads the HTML parser (linkedom, Readability): slow on a busy machine.
  test.setTimeout(180_000);
  const { claims } = await seedSample(serve.api);
  const target = claims[1]!;
  const a = await serve.api('sources.add', { claimId: target.id, url: `${base}/statement`, title: 'Statement of the Foreign Ministry', excerpt: 'China is ready to strengthen dialogue' });
  const b = await serve.api('sources.add', { claimId: target.id, url: `${base}/statement`, title: 'Same page, wrong excerpt', excerpt: 'Russia will never negotiate' });
  const c = await serve.api('sources.add', { claimId: target.id, url: `${base}/gone`, title: 'A page that is gone' });
  await serve.api('sources.snapshot', { id: a.source.id });
  await serve.api('sources.snapshot', { id: b.source.id });
  await serve.api('sources.snapshot', { id: c.source.id });
  await serve.api('sources.add', { claimId: target.id, url: `${base}/statement`, title: 'Not yet archived' });

  await openApp();
  const ws = new WorkspacePage(page);
  await slow(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(/Putin und Xi/);
  await ws.highlight(target.id).click();
  const sources = ws.panel.locator('.source');
  await slow(sources).toHaveCount(4);
  await slow(sources.nth(0).locator('.snap-archived')).toContainText(/Archived \d+ \w+ \d{4} · \d+ (KB|B) ·/);
  await slow(sources.nth(2).locator('.snap-failed')).toContainText('Snapshot failed: The server answered "404 Not Found"');
  await slow(sources.nth(3).locator('.snap-none')).toHaveText('No snapshot');
  await page.screenshot({ path: path.join(SCREENS, 'claim-panel-snapshots.png') });

  // Open snapshot: the text, the excerpt marked, markup in the page's text kept as text.
  await sources.nth(0).getByRole('button', { name: 'Open the snapshot of Statement of the Foreign Ministry' }).click();
  const dialog = page.getByRole('dialog', { name: /Snapshot: Statement of the Foreign Ministry/ });
  const text = dialog.getByLabel('Text of the snapshot');
  await slow(text).toContainText('Officials described the tone');
  await slow(text.locator('mark')).toHaveText('China is ready to strengthen dialogue');
  await slow(text).toContainText('<script>alert(1)</script>');
  await slow(text.locator('script, b, p, a')).toHaveCount(0);
  await slow(dialog.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENS, 'snapshot-dialog.png') });
  await page.keyboard.press('Escape');
  await slow(dialog).toBeHidden();

  // An excerpt that is not in the snapshot is flagged.
  await sources.nth(1).getByRole('button', { name: /Open the snapshot of Same page/ }).click();
  const wrong = page.getByRole('dialog', { name: /Snapshot: Same page, wrong excerpt/ });
  await slow(wrong.getByRole('alert')).toHaveText(/The excerpt does not occur in this snapshot/);
  await slow(wrong.locator('mark')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Take the missing one from the panel; retry the failed one (still 404: still failed).
  await sources.nth(3).getByRole('button', { name: 'Take a snapshot of Not yet archived' }).click();
  await slow(sources.nth(3).locator('.snap-archived')).toBeVisible();
  await sources.nth(2).getByRole('button', { name: 'Retry the snapshot of A page that is gone' }).click();
  await slow(sources.nth(2).locator('.snap-failed')).toContainText('404');
});

test('a changed page: "Show changes" opens the diff of its readable text, as text, from the keyboard', async ({ page, serve, openApp }) => {
  test.setTimeout(180_000);
  const { claims } = await seedSample(serve.api);
  const target = claims[1]!;
  changing = 'The council approved the budget of 12 million euros on Monday.';
  const { source } = await serve.api('sources.add', { claimId: target.id, url: `${base}/changing`, title: 'Council budget' });
  await serve.api('sources.snapshot', { id: source.id });
  changing = 'The council approved the budget of 15 million euros on Tuesday. A literal &lt;b&gt;bold&lt;/b&gt; stays text.';
  const { sources: checked } = await serve.api('sources.check', {});
  expect(checked.find((s) => s.sourceId === source.id)?.result).toBe('changed');

  await openApp();
  const ws = new WorkspacePage(page);
  await slow(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(/Putin und Xi/);
  await ws.highlight(target.id).click();
  const row = ws.panel.locator('.source').first();
  await slow(row.locator('.link-check')).toContainText('Page changed');
  const show = row.getByRole('button', { name: 'Show what changed on Council budget' });
  await show.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Changes: Council budget' });
  const diff = dialog.getByLabel('Changes in the readable text');
  await slow(diff.locator('.diff-removed')).toHaveText(/The council approved the budget of 12 million euros on Monday\./);
  await slow(diff.locator('.diff-added')).toHaveText(/15 million euros on Tuesday\. A literal <b>bold<\/b> stays text\./);
  await slow(diff.locator('b, script, p')).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENS, 'source-diff.png') });
  await page.keyboard.press('Escape');
  await slow(dialog).toBeHidden();
  await expect(show).toBeFocused();
});

test('a snapshot being taken elsewhere shows as pending and is polled until it is archived, however many polls it takes', async ({ page, serve, openApp }) => {
  test.setTimeout(120_000);
  const { claims } = await seedSample(serve.api);
  const target = claims[1]!;
  const { source } = await serve.api('sources.add', { claimId: target.id, url: `${base}/slow`, title: 'A slow page' });
  // Taken by another caller (the CLI, another window): the row says pending for about 5 s.
  const taking = serve.api('sources.snapshot', { id: source.id });

  await openApp();
  const ws = new WorkspacePage(page);
  await slow(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(/Putin und Xi/);
  await ws.highlight(target.id).click();
  const row = ws.panel.locator('.source').filter({ hasText: 'A slow page' });
  await slow(row.locator('.snap-pending')).toHaveText('Taking snapshot…');
  await taking;
  // No reload and no click: the panel looks again until the snapshot settles.
  await slow(row.locator('.snap-archived')).toBeVisible();
  await expect(row.locator('.snap-pending')).toHaveCount(0);
});
