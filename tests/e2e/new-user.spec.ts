// Issue 2's "done when", as a new user would do it: `claimdesk serve --db NEW.db` (the real
// command, a real process), first run, open the sample, mark a claim verified with a source,
// stop the server, start it again on the same file: everything is still there.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { tempDir } from '../helpers/temp-app';
import { WorkspacePage } from './pages/workspace.page';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'claimdesk.js');

async function serve(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^Claimdesk is serving at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
}

test('a new user: first run, sample, verified with a source; after a restart of serve it is all there', async ({ page }) => {
  // Two serve starts and a full review: generous, since CI runs two browsers on two cores.
  test.setTimeout(150_000);
  const dbPath = path.join(tempDir('claimdesk-new-user-'), 'new.db');
  let server = await serve(dbPath);
  await page.goto(server.url);
  const welcome = page.getByRole('dialog', { name: 'Welcome to Claimdesk' });
  await welcome.getByLabel('Your name (reviewer)').fill('Nina Neu');
  await welcome.getByRole('button', { name: 'Save' }).click();
  const ws = new WorkspacePage(page);
  await ws.centre.getByRole('button', { name: 'Open the sample article' }).click();
  await ws.waitForArticle(/Putin und Xi/);

  await page.locator('.hl[data-claims]').first().click();
  const quote = (await ws.quote().textContent())!;
  await ws.addSource({ url: 'https://www.example.org/readout', title: 'Readout of the call', publisher: 'Example' });
  await ws.verdictRadio('Verified').check();
  await expect(ws.liveRegion).toHaveText('Claim marked Verified');
  await ws.field('Rationale').fill('Both sides published a readout.');
  await ws.panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(ws.panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await stop(server.child);

  server = await serve(dbPath);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByText('Reviewer: Nina Neu')).toBeVisible();
    await ws.articlesPane.getByRole('button', { name: /Putin und Xi/ }).click();
    await ws.waitForArticle(/Putin und Xi/);
    await page.locator('.hl-verified[data-claims]').first().click();
    await expect(ws.quote()).toHaveText(quote);
    await expect(ws.verdictRadio('Verified')).toBeChecked();
    await expect(ws.field('Rationale')).toHaveValue('Both sides published a readout.');
    await expect(ws.panel.locator('.source-title')).toHaveText('Readout of the call');
    await expect(ws.history().getByText('Verdict: Unreviewed → Verified')).toBeVisible();
  } finally {
    await stop(server.child);
  }
});
