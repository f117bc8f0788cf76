// Spawning `claimdesk serve` and timing it to the first painted claims, shared by the benches
// that measure serve start (browser.ts, startup-ab.ts) or trace it (startup-trace.ts).
import { spawn, type ChildProcessWithoutNullStreams, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { Page } from '@playwright/test';

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

/**
 * From spawning `node BIN serve --db DBPATH` to the sample article's highlights visible in
 * `page` (ms). The process is stopped and awaited (at most 5 s) so the next run starts alone.
 */
export async function timeServeStartToPaint(page: Page, bin: string, dbPath: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await serveAddress(child);
    await page.goto(url);
    await page.locator('.article-row').first().click();
    await page.locator('.hl[data-claims]').first().waitFor({ state: 'visible' });
    return performance.now() - started;
  } finally {
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
}
