// A V8 CPU profile of the page (Chrome DevTools Protocol, sampled every 200 µs) from navigation
// to the first highlight visible, for one built tree: `npx tsx bench/page-profile.ts DIR OUT [RUNS]`
// writes OUT-0.cpuprofile … (open in Chrome's DevTools, Performance panel). For function names,
// build the renderer with CLAIMDESK_UNMINIFIED=1. Sampled on wall time: a loaded machine puts
// its waits where the thread happened to be, so trust what recurs across runs.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { startServe, sampleDatabase } from './serve-start';

async function main(): Promise<void> {
  const [dir, out, runs = '1'] = process.argv.slice(2);
  if (!dir || !out) throw new Error('usage: page-profile.ts DIR OUT [RUNS]');
  const dbPath = await sampleDatabase('claimdesk-page-profile-');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    for (let r = 0; r < Number(runs); r++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const serve = await startServe(path.join(dir, 'bin', 'claimdesk.js'), dbPath);
      try {
        // A first document from the same origin, so the page keeps its renderer process (and the profiler) when it navigates.
        await page.goto(new URL('/not-the-app', serve.url).href, { waitUntil: 'commit' });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await page.goto(serve.url);
        await page.locator('.hl[data-claims]').first().waitFor({ state: 'visible' });
        const { profile } = await cdp.send('Profiler.stop');
        fs.writeFileSync(`${out}-${r}.cpuprofile`, JSON.stringify(profile));
      } finally {
        await serve.stop();
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

void main();
