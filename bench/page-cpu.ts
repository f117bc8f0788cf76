// The page's side of serve start in CPU terms, for several built trees run alternately: the
// renderer main thread's CPU time (Chromium's thread time, `tdur`, so a loaded machine inflates
// it far less than wall time) from navigation to the first highlight in the DOM, by kind of
// work, and the requests the page made before it. `npx tsx bench/page-cpu.ts RUNS DIR...`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { showFirstClaims, startServe, sampleDatabase } from './serve-start';

interface TraceEvent { name: string; ts: number; dur?: number; tdur?: number; ph: string; args?: any; tid: number; pid: number }
interface Run { cpu: number; other: number; kinds: Record<string, number>; requests: number; bytes: number; domAt: number; figure: number }

const KIND: Record<string, string> = {
  'v8.compileModule': 'compile', 'v8.compile': 'compile', 'v8.evaluateModule': 'evaluate', EvaluateScript: 'evaluate',
  FunctionCall: 'script', TimerFire: 'script', FireAnimationFrame: 'script', RunMicrotasks: 'script', EventDispatch: 'script',
  UpdateLayoutTree: 'style', Layout: 'layout', ParseHTML: 'html', ParseAuthorStyleSheet: 'css', Paint: 'paint', PrePaint: 'paint', Commit: 'paint', Layerize: 'paint',
  MinorGC: 'gc', MajorGC: 'gc', 'V8.GCScavenger': 'gc', 'V8.GC_SCAVENGER': 'gc',
};

async function once(browser: Browser, bin: string, dbPath: string): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx's keepNames wraps named functions in __name(), which the page lacks (see browser.ts).
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(() => {
    const w = window as unknown as { __domAt?: number };
    const check = () => (document.querySelector('.hl[data-claims]') ? (w.__domAt = performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline', ...(process.env.PAGE_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : [])] });
  const started = performance.now();
  const serve = await startServe(bin, dbPath);
  try {
    await showFirstClaims(page, serve.url);
    const figure = performance.now() - started;
    await page.waitForFunction(() => (window as unknown as { __domAt?: number }).__domAt !== undefined);
    const { domAt, requests, bytes } = await page.evaluate(() => {
      const domAt = (window as unknown as { __domAt: number }).__domAt;
      const rs = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.startTime < domAt);
      return { domAt, requests: rs.length + 1, bytes: rs.reduce((a, r) => a + (r.encodedBodySize || 0), 0) };
    });
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    const navStart = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)!;
    const until = navStart.ts + domAt * 1000;
    const mainTid = events.find((e) => e.ph === 'X' && (e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule'))!.tid;
    const mainPid = events.find((e) => e.ph === 'X' && e.name === 'v8.evaluateModule')!.pid;
    const top = events.filter((e) => e.ph === 'X' && e.tid === mainTid && e.pid === mainPid && e.ts >= navStart.ts && e.ts < until && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'));
    const cpu = top.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
    // The renderer's other threads (script streaming and background compiling, the compositor):
    // the outermost events of each thread, which a compile hint moves work to.
    let other = 0;
    const byThread = new Map<number, TraceEvent[]>();
    for (const e of events) {
      if (e.ph !== 'X' || e.pid !== mainPid || e.tid === mainTid || e.ts < navStart.ts || e.ts >= until || e.tdur === undefined) continue;
      byThread.set(e.tid, [...(byThread.get(e.tid) ?? []), e]);
    }
    for (const list of byThread.values()) {
      let end = 0;
      for (const e of list.sort((a, b) => a.ts - b.ts)) {
        if (e.ts < end) continue;
        end = e.ts + (e.dur ?? 0);
        other += (e.tdur ?? 0) / 1000;
      }
    }
    // Kinds: the outermost event of a known kind inside each top-level task.
    const kinds: Record<string, number> = {};
    const inner = events.filter((e) => e.ph === 'X' && e.tid === mainTid && e.pid === mainPid && e.ts >= navStart.ts && e.ts < until && KIND[e.name]).sort((a, b) => a.ts - b.ts);
    let coveredTo = 0;
    for (const e of inner) {
      if (e.ts < coveredTo) continue;
      coveredTo = e.ts + (e.dur ?? 0);
      kinds[KIND[e.name]!] = (kinds[KIND[e.name]!] ?? 0) + (e.tdur ?? 0) / 1000;
    }
    if (process.env.PAGE_PROFILE) {
      const file = path.join(process.env.PAGE_PROFILE, `page-${path.basename(path.dirname(path.dirname(bin)))}-${Date.now()}.json`);
      fs.writeFileSync(file, JSON.stringify({ navStart: navStart.ts, until, events: events.filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk') }));
    }
    return { cpu, other, kinds, requests, bytes, domAt, figure };
  } finally {
    await serve.stop();
    await page.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const runs = Number(process.argv[2]);
  const dirs = process.argv.slice(3);
  const dbPath = await sampleDatabase('claimdesk-pagecpu-');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const results = new Map<string, Run[]>(dirs.map((d) => [d, []]));
  const loads = [os.loadavg()[0]!];
  try {
    for (const d of dirs) await once(browser, path.join(d, 'bin', 'claimdesk.js'), dbPath);
    for (let r = 0; r < runs; r++) {
      for (const d of r % 2 ? [...dirs].reverse() : dirs) results.get(d)!.push(await once(browser, path.join(d, 'bin', 'claimdesk.js'), dbPath));
    }
  } finally {
    await browser.close();
  }
  loads.push(os.loadavg()[0]!);
  for (const [d, rs] of results) {
    const kinds = [...new Set(rs.flatMap((r) => Object.keys(r.kinds)))].map((k) => `${k} ${median(rs.map((r) => r.kinds[k] ?? 0)).toFixed(0)}`);
    console.log(`${d}\n  main-thread CPU to first highlight: median ${median(rs.map((r) => r.cpu)).toFixed(0)} ms [${rs.map((r) => r.cpu.toFixed(0)).join(' ')}] (${kinds.join(', ')}); the renderer's other threads ${median(rs.map((r) => r.other)).toFixed(0)} ms`);
    console.log(`  requests before it ${median(rs.map((r) => r.requests))} (${median(rs.map((r) => r.bytes))} B); wall: highlight in DOM ${median(rs.map((r) => r.domAt)).toFixed(0)} ms after navigation, spawn → bench saw it ${median(rs.map((r) => r.figure)).toFixed(0)} ms`);
  }
  console.log(`load ${loads.map((l) => l.toFixed(2)).join(' -> ')}`);
}

void main();
