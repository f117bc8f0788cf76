// When each part of the first screen enters the DOM, on the page's clock, for several built
// trees run alternately (`npx tsx bench/first-screen-marks.ts RUNS DIR...`, each DIR holding
// bin/ and out/): the first call sent and answered, React's first commit (#root), the first
// article row, the first highlight; and the highlight's delay after the answer, the page's own
// share of serve start → claims painted. A MutationObserver notes each part as it is inserted,
// and fetch is wrapped to note each call. Medians and quartiles at the end.
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { startServe, sampleDatabase } from './serve-start';

type Marks = Record<string, number>;

async function main(): Promise<void> {
  const runs = Number(process.argv[2]);
  const dirs = process.argv.slice(3);
  const dbPath = await sampleDatabase('claimdesk-marks-');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const results = new Map<string, Marks[]>(dirs.map((d) => [d, []]));
  const loads = [os.loadavg()[0]!];
  try {
    for (let r = 0; r < runs; r++) {
      for (const d of r % 2 ? [...dirs].reverse() : dirs) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.addInitScript(() => {
          const w = window as unknown as { __marks: Record<string, number> };
          w.__marks = {};
          const parts: Record<string, string> = { root: '#root > *', row: '.article-row', highlight: '.hl[data-claims]' };
          new MutationObserver(() => {
            for (const [name, selector] of Object.entries(parts)) if (!(name in w.__marks) && document.querySelector(selector)) w.__marks[name] = performance.now();
          }).observe(document, { childList: true, subtree: true });
          const fetch = window.fetch;
          window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
            const method = String(input).replace(/^.*\//, '');
            w.__marks[`sent ${method}`] ??= performance.now();
            return fetch.call(this, input, init).then((res) => ((w.__marks[`answered ${method}`] ??= performance.now()), res));
          };
        });
        const serve = await startServe(path.join(d, 'bin', 'claimdesk.js'), dbPath);
        try {
          await page.goto(serve.url);
          await page.locator('.hl[data-claims]').first().waitFor({ state: 'visible' });
          results.get(d)!.push(await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks));
        } finally {
          await serve.stop();
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  loads.push(os.loadavg()[0]!);
  const quartiles = (xs: number[]) => {
    const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(0);
    return `median ${at(0.5)} (q1 ${at(0.25)}, q3 ${at(0.75)})`;
  };
  for (const [d, rs] of results) {
    console.log(d);
    for (const name of ['sent workspace.open', 'answered workspace.open', 'root', 'row', 'highlight']) console.log(`  ${name.padEnd(24)} ${quartiles(rs.map((m) => m[name]!))} ms after navigation`);
    console.log(`  ${'answer → highlight'.padEnd(24)} ${quartiles(rs.map((m) => m.highlight! - m['answered workspace.open']!))} ms`);
  }
  console.log(`load ${loads.map((l) => l.toFixed(2)).join(' -> ')}`);
}

void main();
