// Spawning `claimdesk serve` and timing it to the first painted claims, shared by the benches
// that measure serve start (browser.ts, startup-ab.ts), trace it (startup-trace.ts) or take
// its CPU time (serve-cpu.ts, page-cpu.ts).
import { spawn, type ChildProcessWithoutNullStreams, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Page } from '@playwright/test';
import { openApp } from '../src/main/core/app';
import { tempDir } from '../tests/helpers/temp-app';

/** A new database in a temp folder holding the sample article, a reviewer set: what serve opens in the start-up benches. */
export async function sampleDatabase(prefix: string): Promise<string> {
  const dbPath = path.join(tempDir(prefix), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'cli', defaultActor: 'bench' });
  await app.dispatch('settings.set', { reviewerName: 'Bench' });
  await app.dispatch('articles.createSample', {});
  await app.close();
  return dbPath;
}

type ServeChild = ChildProcessWithoutNullStreams | ChildProcessByStdio<null, Readable, Readable>;

/** Resolves with the URL (with its ?token=) the child prints ("… serving at URL"); rejects if it exits first. */
export function serveAddress(child: ServeChild): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

/** A `claimdesk serve` process the bench started, listening at `url`. */
export interface ServeProcess {
  child: ServeChild;
  url: string;
  /** Stops it and waits for it to exit (at most 5 s), so the next run starts alone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Spawns `node [nodeFlags] BIN serve --db DBPATH --port 0` and resolves once it prints its address. */
export async function startServe(bin: string, dbPath: string, nodeFlags: string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [...nodeFlags, bin, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  };
  try {
    return { child, url: await serveAddress(child), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Opens the served page and waits for the first article's highlights to be visible. */
export async function showFirstClaims(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.article-row').first().click();
  await page.locator('.hl[data-claims]').first().waitFor({ state: 'visible' });
}

/**
 * From spawning `node BIN serve --db DBPATH` to the sample article's highlights visible in
 * `page` (ms). The process is stopped and awaited (at most 5 s) so the next run starts alone.
 */
export async function timeServeStartToPaint(page: Page, bin: string, dbPath: string): Promise<number> {
  const started = performance.now();
  const serve = await startServe(bin, dbPath);
  try {
    await showFirstClaims(page, serve.url);
    return performance.now() - started;
  } finally {
    await serve.stop();
  }
}
