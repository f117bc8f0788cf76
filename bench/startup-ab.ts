// serve start → sample claims painted, as bench/browser.ts measures it, for several copies of
// the command run alternately (A/B comparisons on a noisy machine): each argument is a folder
// holding bin/ and out/ (a copy of a build). `npx tsx bench/startup-ab.ts RUNS DIR...`.
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { timeServeStartToPaint, sampleDatabase } from './serve-start';

async function once(browser: Browser, bin: string, dbPath: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    return await timeServeStartToPaint(page, bin, dbPath);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2]);
  const dirs = process.argv.slice(3);
  const dbPath = await sampleDatabase('claimdesk-ab-');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const times = new Map<string, number[]>(dirs.map((d) => [d, []]));
  const loads = [os.loadavg()[0]!];
  try {
    for (const d of dirs) process.stderr.write(`warm-up ${d}: ${(await once(browser, path.join(d, 'bin', 'claimdesk.js'), dbPath)).toFixed(0)} ms\n`);
    for (let r = 0; r < runs; r++) {
      const order = r % 2 ? [...dirs].reverse() : dirs;
      for (const d of order) times.get(d)!.push(await once(browser, path.join(d, 'bin', 'claimdesk.js'), dbPath));
    }
  } finally {
    await browser.close();
  }
  loads.push(os.loadavg()[0]!);
  for (const [d, t] of times) {
    const s = [...t].sort((a, b) => a - b);
    console.log(`${d.padEnd(28)} median ${s[Math.floor(s.length / 2)]!.toFixed(0)}  mean ${(s.reduce((a, b) => a + b, 0) / s.length).toFixed(0)}  [${t.map((x) => x.toFixed(0)).join(' ')}]`);
  }
  console.log(`load ${loads.map((l) => l.toFixed(2)).join(' -> ')}`);
}

void main();
