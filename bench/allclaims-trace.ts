// What the long frames of the All claims scroll are, and A/B runs of its figures.
// `npx tsx bench/allclaims-trace.ts [runs] [rendererDir ...]` (build first). One database of
// 100,000 claims (the ui bench's seed), one in-process serve per renderer build, runs
// alternating A, B, A, B …, each in a fresh page with the ui bench's own benchAllClaims().
// Each run also records, for the frames between the first and the last scroll event only:
// - long animation frames (PerformanceObserver 'long-animation-frame'): their duration, the
//   time in style and layout, and the scripts they ran (invoker, function, duration);
// - with --trace, a Chromium trace of the page's main thread: each task over 50 ms with its
//   time by event (FunctionCall, Layout with its object count, UpdateLayoutTree, Paint, GC …).
// Counts that load does not stretch, from the first scroll until the rows settled: DOM nodes
// added, attributes set and texts changed (MutationObserver); with --trace, objects laid out,
// elements restyled and the main thread's CPU, summed over the scroll. With TRACE_SAVE=<prefix>,
// each run's trace events are written to <prefix>-<time>.json for a closer look.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { openApp } from '../src/main/core/app';
import { startServer } from '../src/main/http/server';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { RENDERER_DIR } from '../tests/e2e/fixtures';
import { tempDir } from '../tests/helpers/temp-app';
import { benchAllClaims, seedClaims } from './ui';

declare const window: any;
declare const document: any;

const args = process.argv.slice(2);
const trace = args.includes('--trace');
/** After the measured run: a CPU profile of a second scroll of 100 screens from row 50,000 (self time by function). */
const profile = args.includes('--profile');
/** With --profile: profile the scroll over rows already loaded (from the top) instead of from row 50,000. */
const loaded = args.includes('--loaded');
const positional = args.filter((a) => !a.startsWith('--'));
const runs = Number(positional[0] ?? 3);
const dirs = positional.length > 1 ? positional.slice(1) : [RENDERER_DIR];

// Installed before the app: long animation frames and the span of the scroll (capture, as scroll does not bubble).
const OBSERVE = `(() => {
  window.__name = (f) => f;
  const w = window; w.__loaf = []; w.__scroll = [0, 0];
  w.__nodes = { added: 0, removed: 0, attributes: 0, texts: 0, inScroll: null, kinds: {} };
  const kindOf = (n, parent) => n.nodeName + (n.className ? '.' + String(n.className).split(' ')[0] : '') + ' in ' + (parent && parent.className ? String(parent.className).split(' ').pop() : parent ? parent.nodeName : '?');
  new MutationObserver((records) => { for (const r of records) { if (r.type === 'attributes') { w.__nodes.attributes++; continue; } if (r.type === 'characterData') { w.__nodes.texts++; continue; } w.__nodes.added += r.addedNodes.length; w.__nodes.removed += r.removedNodes.length; if (w.__nodes.atScroll) for (const n of r.addedNodes) { const k = kindOf(n, r.target); w.__nodes.kinds[k] = (w.__nodes.kinds[k] || 0) + 1; } } }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener('scroll', (e) => { const t = e.timeStamp; if (!w.__scroll[0]) { w.__scroll[0] = t; w.__nodes.atScroll = { ...w.__nodes }; } w.__scroll[1] = t; }, { capture: true, passive: true });
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__loaf.push({
      start: e.startTime, duration: e.duration, blocking: e.blockingDuration, styleLayout: e.styleAndLayoutDuration, renderStart: e.renderStart,
      scripts: e.scripts.map((s) => ({ invoker: s.invoker, type: s.invokerType, fn: s.sourceFunctionName, url: (s.sourceURL || '').replace(/.*\\//, ''), duration: Math.round(s.duration), forcedLayout: Math.round(s.forcedStyleAndLayoutDuration) })),
    }))).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: any;
}

/** Tasks over 50 ms on the renderer main thread inside the scroll, each with its time by event name. */
function longTasksOf(events: TraceEvent[], figures: Record<string, number>): string[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EventDispatch' && x.args?.data?.type === 'scroll'));
  if (!main) return ['(no renderer main thread with scroll events in the trace)'];
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const scrolls = mine.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'scroll').map((e) => e.ts);
  const from = Math.min(...scrolls);
  const to = Math.max(...scrolls) + 20_000;
  const all = mine.filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= from && e.ts <= to);
  const cpu = all.map((e) => (e as any).tdur ?? 0);
  const summary = `main thread during the scroll: ${all.length} tasks, CPU ${(cpu.reduce((a, b) => a + b, 0) / 1000).toFixed(0)} ms, wall ${(all.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000).toFixed(0)} ms, tasks over 50 ms CPU ${cpu.filter((c) => c > 50_000).length}, longest CPU ${(Math.max(0, ...cpu) / 1000).toFixed(0)} ms`;
  const tasks = all.filter((e) => (e.dur ?? 0) > 50_000);
  // Self CPU time (tdur minus its children's) by event name over the whole scroll: where the frames' work goes.
  const inScroll = mine.filter((e) => e.ts + (e.dur ?? 0) >= from && e.ts <= to).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const cpuOf = (e: TraceEvent) => (e as any).tdur ?? e.dur ?? 0;
  for (const e of inScroll) {
    while (stack.length && stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0) <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cpuOf(e));
    self.set(e.name, (self.get(e.name) ?? 0) + cpuOf(e));
    stack.push(e);
  }
  // Work counted rather than timed (a loaded machine stretches times, not counts): objects laid out, elements restyled.
  const laidOut = inScroll.filter((e) => e.name === 'Layout').reduce((n, e) => n + Number(e.args?.beginData?.dirtyObjects ?? 0), 0);
  const restyled = inScroll.filter((e) => e.name === 'UpdateLayoutTree').reduce((n, e) => n + Number(e.args?.elementCount ?? 0), 0);
  // Into the run's figures, so the summary gives their medians beside the frames'.
  figures.laidOut = laidOut;
  figures.restyled = restyled;
  figures.mainCpuMs = Math.round(cpu.reduce((a, b) => a + b, 0) / 1000);
  const bySelf = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`);
  return [summary, `  self CPU by event (ms): ${bySelf.join('; ')}`, `  objects laid out ${laidOut}, elements restyled ${restyled}`, ...tasks.map((task) => {
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!);
    const by = new Map<string, number>();
    for (const e of inside) {
      let name = e.name;
      if (name === 'Layout') name = `Layout(${e.args?.beginData?.dirtyObjects ?? '?'}/${e.args?.beginData?.totalObjects ?? '?'} objects)`;
      if (name === 'UpdateLayoutTree') name = `UpdateLayoutTree(${e.args?.elementCount ?? '?'} el)`;
      if (name === 'FunctionCall') name = `FunctionCall ${e.args?.data?.functionName || '?'}@${String(e.args?.data?.url ?? '').replace(/.*\//, '')}`;
      if (name === 'EventDispatch') name = `EventDispatch ${e.args?.data?.type}`;
      by.set(name, (by.get(name) ?? 0) + (e.dur ?? 0));
    }
    const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`);
    return `task at +${((task.ts - from) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(0)} ms (CPU ${(((task as any).tdur ?? 0) / 1000).toFixed(0)}): ${top.join('; ')}`;
  })];
}

async function profileScroll(page: Page, cdp: CDPSession): Promise<string[]> {
  await page.evaluate(async (from: number) => {
    const scroller = document.querySelector('[role=grid] .cdv-grid__body');
    // With --loaded: the rows the measured run scrolled through (their pages cached), so every row shown is loaded.
    scroller.scrollTop = from;
    await new Promise((r) => setTimeout(r, 1500));
  }, loaded ? 0 : 50_000 * 30);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const deltas: number[] = await page.evaluate(async () => {
    const scroller = document.querySelector('[role=grid] .cdv-grid__body');
    const out: number[] = [];
    let last = await new Promise<number>((r) => requestAnimationFrame(r));
    for (let screen = 0; screen < 100; screen++) {
      scroller.scrollTop += scroller.clientHeight;
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      out.push(now - last);
      last = now;
    }
    return out;
  });
  const sortedDeltas = [...deltas].sort((a, b) => a - b);
  const { profile: prof } = (await cdp.send('Profiler.stop')) as { profile: any };
  const byId = new Map<number, any>(prof.nodes.map((n: any) => [n.id, n]));
  const self = new Map<string, number>();
  prof.samples.forEach((id: number, i: number) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || "(anon)"}@${n.callFrame.url.replace(/.*\//, "")}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i + 1] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [`profile: ${(total / 1000).toFixed(0)} ms sampled; its scroll's frames: max ${Math.round(sortedDeltas[99]!)}, p95 ${Math.round(sortedDeltas[95]!)}, mean ${Math.round(deltas.reduce((a, b) => a + b, 0) / 100)} ms`, ...[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `  ${(v / 1000).toFixed(1)} ms ${k}`)];
}

async function oneRun(browser: Browser, url: string): Promise<{ figures: Record<string, number>; loafs: string[]; tasks: string[] }> {
  const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(OBSERVE);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', '__metadata'] } } as any);
  }
  try {
    const figures = await benchAllClaims(url, page);
    const { loaf, scroll, nodes } = await page.evaluate(() => ({ loaf: window.__loaf, scroll: window.__scroll, nodes: window.__nodes }));
    // DOM nodes added and removed from the first scroll until the rows settled (the scroll and its pages).
    figures.nodesAdded = nodes.added - (nodes.atScroll?.added ?? 0);
    figures.nodesRemoved = nodes.removed - (nodes.atScroll?.removed ?? 0);
    // DOM writes that change a node in place: attributes set to a new value and texts changed.
    figures.attributesSet = nodes.attributes - (nodes.atScroll?.attributes ?? 0);
    figures.textsSet = nodes.texts - (nodes.atScroll?.texts ?? 0);
    const kinds = Object.entries(nodes.kinds as Record<string, number>).sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  nodes added from the first scroll, by kind: ${kinds.map(([k, n]) => `${k} ${n}`).join('; ')}`);
    const inScroll = (loaf as any[]).filter((f) => f.start + f.duration >= scroll[0] && f.start <= scroll[1] + 20);
    const loafs = inScroll
      .filter((f) => f.duration > 50)
      .map(
        (f) =>
          `frame +${Math.round(f.start - scroll[0])} ms ${Math.round(f.duration)} ms (blocking ${Math.round(f.blocking)}, style+layout ${Math.round(f.styleLayout)}, render ${Math.round(f.start + f.duration - f.renderStart)}): ` +
          f.scripts.map((s: any) => `${s.type} ${s.invoker} ${s.fn || ''}@${s.url} ${s.duration}${s.forcedLayout ? ` (forced layout ${s.forcedLayout})` : ''}`).join('; '),
      );
    let tasks: string[] = [];
    if (trace) {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      tasks = longTasksOf(events, figures);
      if (process.env.TRACE_SAVE) fs.writeFileSync(`${process.env.TRACE_SAVE}-${Date.now()}.json`, JSON.stringify(events));
    }
    if (profile) tasks.push(...(await profileScroll(page, cdp)));
    return { figures, loafs, tasks };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const dbPath = path.join(tempDir('claimdesk-allclaims-trace-'), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'serve', defaultActor: 'bench' });
  const ok = await app.dispatch('settings.set', { reviewerName: 'Bench' });
  if (!ok.ok) throw new Error(ok.error.message);
  seedClaims(app.store.sqlite, 100_000);
  const servers = await Promise.all(dirs.map((dir) => startServer({ dispatch: app.dispatch, rendererDir: dir, port: 0 })));
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const results = dirs.map(() => [] as Record<string, number>[]);
  try {
    for (let r = 0; r < runs; r++) {
      for (let d = 0; d < dirs.length; d++) {
        const load = os.loadavg()[0]!.toFixed(2);
        const { figures, loafs, tasks } = await oneRun(browser, servers[d]!.url);
        results[d]!.push(figures);
        const label = String.fromCharCode(65 + d);
        console.log(`${label} run ${r + 1} (load ${load}): ` + ['renderMs', 'longTasks', 'maxLongTaskMs', 'maxFrameMs', 'p95FrameMs', 'meanFrameMs', 'settleMs', 'nodesAdded', 'nodesRemoved', 'attributesSet', 'textsSet'].map((k) => `${k} ${figures[k]}`).join(', '));
        for (const line of loafs) console.log(`  ${line}`);
        for (const line of tasks) console.log(`  ${line}`);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    await app.close();
  }
  for (let d = 0; d < dirs.length; d++) {
    const med = (k: string) => {
      const v = results[d]!.map((f) => f[k]!).sort((a, b) => a - b);
      return `${k} median ${v[Math.floor(v.length / 2)]} [${results[d]!.map((f) => f[k]).join(' / ')}]`;
    };
    console.log(`${String.fromCharCode(65 + d)} ${dirs[d]}: ${['renderMs', 'longTasks', 'maxFrameMs', 'p95FrameMs', 'meanFrameMs', 'nodesAdded', 'attributesSet', 'textsSet', ...(trace ? ['laidOut', 'restyled', 'mainCpuMs'] : [])].map(med).join('; ')}`);
  }
  fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
