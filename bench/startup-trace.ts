// Where serve start → sample claims painted goes: one run, every step on one clock (epoch ms,
// shown relative to the spawn). `npx tsx bench/startup-trace.ts [runs]` (build first).
// - the serve process: its start, modules loaded (node's own timestamps through a --require
//   hook that times require() calls over 8 ms and each HTTP request), listening;
// - the page (a Chromium trace): HTML and each script fetched, compiled and evaluated, each
//   API call sent and answered, React's tasks, the first paint with the claims highlighted.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { tempDir } from '../tests/helpers/temp-app';
import { serveAddress, sampleDatabase } from './serve-start';

const BIN = path.resolve(__dirname, '..', 'bin', 'claimdesk.js');
const HOOK = path.join(tempDir('claimdesk-trace-hook-'), 'hook.cjs');
fs.writeFileSync(
  HOOK,
  `const t = () => (performance.timeOrigin + performance.now()).toFixed(1);
const log = (what) => process.stderr.write('TRACE ' + t() + ' ' + what + '\\n');
log('node started (hook loaded) ' + performance.now().toFixed(1) + ' ms after process start');
const http = require('node:http');
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (ev, req, res) {
  if (ev === 'request') { const url = req.url.replace(/\\?.*/, ''); log('server got ' + url); res.on('finish', () => log('server sent ' + url)); }
  if (ev === 'listening') log('server listening');
  return emit.apply(this, arguments);
};
const Module = require('node:module');
const load = Module._load;
let depth = 0;
Module._load = function (request) {
  const s = performance.now(); depth++;
  try { return load.apply(this, arguments); } finally { depth--; const ms = performance.now() - s; if (ms > 8 && depth < 2) log('require ' + request + ' took ' + ms.toFixed(0) + ' ms'); }
};
`,
);

interface Row {
  at: number;
  what: string;
}

async function traceOnce(browser: import('@playwright/test').Browser, dbPath: string): Promise<Row[]> {
  const rows: Row[] = [];
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx's keepNames wraps named functions in __name(), which the page lacks (see browser.ts).
  await page.addInitScript('window.__name = (f) => f;');
  // The first frame with a highlight on screen, on the page's clock.
  await page.addInitScript(() => {
    const w = window as unknown as { __painted?: number; __domAt?: number };
    const check = () => {
      if (document.querySelector('.hl[data-claims]')) {
        w.__domAt = performance.now();
        requestAnimationFrame(() => setTimeout(() => (w.__painted = performance.now())));
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'netlog', 'disabled-by-default-devtools.timeline'] });
  const started = performance.timeOrigin + performance.now();
  rows.push({ at: started, what: 'spawn claimdesk serve' });
  const child = spawn(process.execPath, [...(process.env.TRACE_NODE_FLAGS ?? '').split(' ').filter(Boolean), '--require', HOOK, BIN, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.on('data', (d: Buffer) => {
    for (const line of d.toString().split('\n')) {
      const m = /^TRACE (\S+) (.*)$/.exec(line);
      if (m) rows.push({ at: Number(m[1]), what: `serve: ${m[2]}` });
    }
  });
  try {
    const url = await serveAddress(child);
    rows.push({ at: performance.timeOrigin + performance.now(), what: 'bench read the address' });
    await page.goto(url);
    rows.push({ at: performance.timeOrigin + performance.now(), what: 'page.goto returned (load event)' });
    await page.locator('.article-row').first().click();
    await page.locator('.hl[data-claims]').first().waitFor({ state: 'visible' });
    rows.push({ at: performance.timeOrigin + performance.now(), what: 'bench saw the highlight visible (the figure)' });
    await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined);
    const marks = await page.evaluate(() => {
      const w = window as unknown as { __painted: number; __domAt: number };
      const o = performance.timeOrigin;
      const out: Array<[number, string]> = [[o, 'page: navigation start']];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      out.push([o + nav.responseStart, 'page: HTML first byte'], [o + nav.domInteractive, 'page: DOM interactive'], [o + nav.domContentLoadedEventEnd, 'page: DOMContentLoaded end'], [o + nav.loadEventEnd, 'page: load end']);
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const name = r.name.replace(/^.*\//, '').replace(/\?.*/, '');
        out.push([o + r.startTime, `page: → ${name} (${r.initiatorType}, ${r.transferSize || r.encodedBodySize} B)`], [o + r.responseEnd, `page: ← ${name}`]);
      }
      for (const p of performance.getEntriesByType('paint')) out.push([o + p.startTime, `page: ${p.name}`]);
      out.push([o + w.__domAt, 'page: first highlight in the DOM'], [o + w.__painted, 'page: frame with the highlight done']);
      return out;
    });
    for (const [at, what] of marks) rows.push({ at, what });
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Array<{ name: string; ts: number; dur?: number; ph: string; args?: any; tid: number; pid: number }> };
    // Chromium's trace clock is monotonic; anchor it with navigationStart.
    const events = trace.traceEvents;
    const navStart = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
    const navAt = rows.find((r) => r.what === 'page: navigation start')!.at;
    if (navStart) {
      const toEpoch = (ts: number) => navAt + (ts - navStart.ts) / 1000;
      // The renderer's main thread: the one that ran the page's scripts.
      const scriptEvents = events.filter((e) => e.ph === 'X' && (e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript' || e.name === 'v8.compile'));
      const mainTid = scriptEvents[0]?.tid;
      const TOP = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
      let busy = 0;
      for (const e of events) {
        if (e.ph !== 'X' || e.tid !== mainTid || e.ts < navStart.ts) continue;
        if (TOP.has(e.name)) busy += e.dur ?? 0;
        if ((e.dur ?? 0) < 4000) continue;
        const label =
          e.name === 'v8.compileModule' || e.name === 'v8.compile'
            ? `compile ${String(e.args?.fileName ?? e.args?.data?.url ?? '').replace(/^.*\//, '')}`
            : e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript'
              ? `evaluate ${String(e.args?.data?.url ?? e.args?.fileName ?? '').replace(/^.*\//, '')}`
              : e.name === 'FunctionCall'
                ? `function call ${String(e.args?.data?.functionName ?? '')} ${String(e.args?.data?.url ?? '').replace(/^.*\//, '')}`
                : e.name;
        if (TOP.has(e.name) || e.name === 'v8.callFunction' || e.name === 'V8.GCScavenger') continue;
        rows.push({ at: toEpoch(e.ts), what: `main thread: ${label} (${((e.dur ?? 0) / 1000).toFixed(0)} ms)` });
      }
      rows.push({ at: toEpoch(navStart.ts), what: `main thread busy in tasks after navigation: ${(busy / 1000).toFixed(0)} ms in all` });
    }
  } finally {
    child.kill('SIGTERM');
    await page.close();
  }
  return rows.sort((a, b) => a.at - b.at);
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 1);
  const dbPath = await sampleDatabase('claimdesk-trace-');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    for (let i = 0; i < runs; i++) {
      const rows = await traceOnce(browser, dbPath);
      const t0 = rows[0]!.at;
      console.log(`\nrun ${i + 1} (load ${(await import('node:os')).loadavg()[0]!.toFixed(2)})`);
      for (const r of rows) console.log(`${(r.at - t0).toFixed(0).padStart(6)} ms  ${r.what}`);
    }
  } finally {
    await browser.close();
  }
}

void main();
