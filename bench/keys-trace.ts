// What a verdict key and a j/k key cost, A/B between renderer builds in one process.
// `npx tsx bench/keys-trace.ts [runs] [rendererDir ...]` (build first; default: out/renderer).
// One in-process serve per renderer build over one database, runs alternating A, B, A, B …,
// each in a fresh page. Per run:
// - verdict: a fresh article of 200 claims with sources; v on a claim until its highlight shows
//   verified (the server's answer, so persisted), then j, 100 times (the ui bench's loop);
//   wall time split at the request's own timings (key → request out, → answer in, → shown);
// - j/k on the article of 2,000 claims: j 100 times, k 100 times (the ui bench's loop);
// - with a Chromium trace of the page: the renderer main thread's CPU time (the tasks' thread
//   time) from the key to the figure's end, per key, so waiting for the CPU is left out; and
//   "throughout": all of the main thread's CPU over the loop per key (work deferred past a
//   figure's end counts there);
// The key loops, the page and the verdict article are bench/keys.ts, shared with bench/browser.ts.
// - the host's calls per key by method (serve's dispatch wrapped), with their wall time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { openApp } from '../src/main/core/app';
import { startServer } from '../src/main/http/server';
import { chromiumLaunchOptions } from '../tests/e2e/browser';
import { RENDERER_DIR } from '../tests/e2e/fixtures';
import { tempDir } from '../tests/helpers/temp-app';
import { textOf2000Claims } from './browser';
import { newPage, percentile as pct, pressStep, pressVerdict, seedVerdictArticle, type VerdictPress } from './keys';

declare const document: any;

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const runs = Number(positional[0] ?? 3);
const dirs = positional.length > 1 ? positional.slice(1) : [RENDERER_DIR];
const PRESSES = Number(process.env.KEYS_PRESSES ?? 100);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: any;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Per marked span (performance.mark `${label}-start` … `${label}-end`): the main thread's CPU ms of the tasks in it. */
function cpuPerSpan(events: TraceEvent[], label: string): number[] {
  const starts = events.filter((e) => e.name === `${label}-start`).sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === `${label}-end`).sort((a, b) => a.ts - b.ts);
  if (!starts.length) return [];
  const { pid, tid } = starts[0]!;
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask');
  const inside = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name !== 'RunTask');
  const by = new Map<string, number>();
  const out = starts.map((s, i) => {
    const end = ends[i]?.ts ?? s.ts;
    const mine = tasks.filter((t) => t.ts + (t.dur ?? 0) >= s.ts && t.ts <= end);
    if (breakdown)
      for (const t of mine)
        for (const e of inside)
          if (e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0)) {
            let name = e.name;
            if (name === 'EventDispatch') name = `EventDispatch ${e.args?.data?.type}`;
            by.set(name, (by.get(name) ?? 0) + (e.tdur ?? e.dur ?? 0));
          }
    return mine.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
  });
  if (breakdown && process.env.KEYS_TIMELINE) {
    // The tasks of a few spans, in order, each with what ran in it.
    for (const i of [10, 20, 30, 40]) {
      const s = starts[i];
      if (!s) continue;
      const end = ends[i]?.ts ?? s.ts;
      const mine = tasks.filter((t) => t.ts + (t.dur ?? 0) >= s.ts && t.ts <= end);
      console.log(`  ${label} span ${i}: ${((end - s.ts) / 1000).toFixed(1)} ms`);
      for (const t of mine) {
        const kids = inside
          .filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && ['FunctionCall', 'Layout', 'UpdateLayoutTree', 'Paint', 'TimerFire', 'EventDispatch', 'MinorGC', 'MajorGC', 'ResourceReceiveResponse', 'ResourceFinish', 'RunMicrotasks', 'ParseHTML', 'FireAnimationFrame', 'HitTest', 'Layerize', 'PrePaint'].includes(e.name))
          .map((e) => `${e.name}${e.name === 'FunctionCall' ? ` ${e.args?.data?.functionName || '?'}` : e.name === 'EventDispatch' ? ` ${e.args?.data?.type}` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(2)}`);
        console.log(`    +${((t.ts - s.ts) / 1000).toFixed(1)} task ${((t.dur ?? 0) / 1000).toFixed(1)} (cpu ${((t.tdur ?? 0) / 1000).toFixed(1)}): ${kids.join(', ')}`);
      }
    }
  }
  if (breakdown) console.log(`  ${label} spans, time by event (ms per key, nested events counted in each): ` + [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, d]) => `${n} ${(d / 1000 / starts.length).toFixed(2)}`).join('; '));
  return out;
}
/**
 * Per verdict press: the main thread's CPU ms from the answer's last byte (its resource timing,
 * placed on the trace's clock by the press's start mark) to the verdict shown: what the page
 * does with the answer, apart from the key and whatever ran while the request was out.
 */
function cpuAfterAnswer(events: TraceEvent[], rows: VerdictPress[]): number[] {
  const starts = events.filter((e) => e.name === 'v-start').sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === 'v-end').sort((a, b) => a.ts - b.ts);
  if (!starts.length) return [];
  const { pid, tid } = starts[0]!;
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask');
  return starts.flatMap((s, i) => {
    const back = rows[i]?.back;
    const end = ends[i]?.ts;
    if (back === undefined || Number.isNaN(back) || end === undefined) return [];
    const from = s.ts + back * 1000;
    return [tasks.filter((t) => t.ts + (t.dur ?? 0) >= from && t.ts <= end).reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000];
  });
}

/**
 * The main thread's CPU ms per key over the whole loop, from the first `${label}-start` to the
 * last `${label}-end`: everything the keys cause, also what runs after a figure's end (renders
 * deferred past it, the j between verdicts), so work moved out of a span still counts here.
 */
function cpuThroughout(events: TraceEvent[], label: string): number {
  const starts = events.filter((e) => e.name === `${label}-start`).sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === `${label}-end`).sort((a, b) => a.ts - b.ts);
  if (!starts.length || !ends.length) return NaN;
  const { pid, tid } = starts[0]!;
  const from = starts[0]!.ts;
  const to = ends[ends.length - 1]!.ts;
  const cpu = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts >= from && e.ts <= to).reduce((sum, t) => sum + (t.tdur ?? 0), 0);
  return cpu / 1000 / starts.length;
}
const breakdown = args.includes('--breakdown');

const profiling = args.includes('--profile');

/** A sampled CPU profile: self and inclusive time by function (names need an unminified build). */
let profiles = 0;
function printProfile(prof: any): void {
  if (process.env.KEYS_PROFILE_DIR) fs.writeFileSync(path.join(process.env.KEYS_PROFILE_DIR, `profile-${++profiles}.json`), JSON.stringify(prof));
  const byId = new Map<number, any>(prof.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: any) => `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.replace(/.*\//, '')}:${n.callFrame.lineNumber}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  prof.samples.forEach((id: number, i: number) => {
    const dt = prof.timeDeltas[i + 1] ?? 0;
    const n = byId.get(id);
    self.set(name(n), (self.get(name(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at));
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${(v / 1000).toFixed(1)} ms ${k}`);
  console.log(['profile self:', ...top(self, 35), 'profile inclusive:', ...top(incl, 60)].join('\n'));
}

type Calls = Map<string, { n: number; ms: number }>;

/** The host's time per claims.setVerdict request: request parsed in → response finished (HTTP, dispatch, the write). */
const verdictHttp: number[] = [];
/** The same, for the requests that came in while a factchecks.match was running on the host. */
const verdictHttpDuringMatch: number[] = [];
let matching = 0;

/** "Checked before" flagging calls running on the host now (a page's first flagging of the 2,000-claim article takes seconds). */
let flagging = 0;
/** Waits until the host is flagging nothing, so one run's flagging does not land in the next run's keys. */
async function flaggingDone(): Promise<void> {
  while (flagging > 0) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function traced<T>(page: Page, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'] } } as any);
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const result = await work();
  if (profiling) printProfile(((await cdp.send('Profiler.stop')) as { profile: any }).profile);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { result, events };
}

async function verdictRun(browser: Browser, url: string, title: string, calls: Calls) {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    await page.locator('.article-row', { hasText: title }).click({ timeout: 120_000 }).catch(async (error: unknown) => {
      console.log(`no row ${title}: ${JSON.stringify(await page.locator(".article-row").allTextContents())} ${await page.locator(".pane-left").innerText()}`);
      throw error;
    });
    await page.locator('.hl[data-claims]').first().click();
    await page.waitForTimeout(1500);
    await flaggingDone();
    calls.clear();
    verdictHttp.length = 0;
    verdictHttpDuringMatch.length = 0;
    const { result, events } = await traced(page, async () => {
      const rows: VerdictPress[] = [];
      for (let i = 0; i < PRESSES; i++) {
        rows.push(await pressVerdict(page));
        await page.keyboard.press('j');
      }
      return rows;
    });
    return { rows: result, cpu: cpuPerSpan(events, 'v'), answerCpu: cpuAfterAnswer(events, result), total: cpuThroughout(events, 'v'), calls: new Map(calls), http: [...verdictHttp], httpDuringMatch: [...verdictHttpDuringMatch] };
  } finally {
    await page.close();
  }
}

async function stepRun(browser: Browser, url: string, calls: Calls) {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    await page.locator('.article-row', { hasText: 'Zweitausend' }).click({ timeout: 120_000 });
    await page.waitForFunction(() => document.querySelectorAll('.hl[data-claims]').length >= 2000, undefined, { timeout: 120_000 });
    await page.locator('.hl[data-claims]').first().click();
    await page.waitForTimeout(1500);
    await flaggingDone();
    calls.clear();
    const { result, events } = await traced(page, async () => {
      const times: number[] = [];
      for (let i = 0; i < 2 * PRESSES; i++) times.push(await pressStep(page, i < PRESSES ? 'j' : 'k'));
      return times;
    });
    return { times: result, cpu: cpuPerSpan(events, 'j'), total: cpuThroughout(events, 'j'), calls: new Map(calls) };
  } finally {
    await page.close();
  }
}

const callsText = (calls: Calls, presses: number) =>
  [...calls.entries()].map(([m, c]) => `${m} ${r1(c.n / presses)}/key ${r1(c.ms / c.n)} ms`).join(', ') || 'none';

async function main(): Promise<void> {
  const dbPath = path.join(tempDir('claimdesk-keys-trace-'), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'serve', defaultActor: 'bench' });
  const call = async (method: string, input: unknown): Promise<any> => {
    const r = await app.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value;
  };
  await call('settings.set', { reviewerName: 'Bench' });
  await call('articles.create', { text: textOf2000Claims(), title: 'Zweitausend Behauptungen' });
  // One article per run (the same text again would be the same article: a duplicate).
  for (let r = 0; r < runs; r++) {
    for (let d = 0; d < dirs.length; d++) {
      await seedVerdictArticle(call, `Zweihundert ${String.fromCharCode(65 + d)}${r}`, r * dirs.length + d);
    }
  }
  const calls: Calls = new Map();
  const dispatch: typeof app.dispatch = async (method, input, ...rest) => {
    const t0 = performance.now();
    if (method === 'factchecks.flagClaims') flagging += 1;
    if (method === 'factchecks.match') matching += 1;
    try {
      return await app.dispatch(method, input, ...rest);
    } finally {
      if (method === 'factchecks.flagClaims') flagging -= 1;
      if (method === 'factchecks.match') matching -= 1;
      const c = calls.get(method) ?? { n: 0, ms: 0 };
      c.n += 1;
      c.ms += performance.now() - t0;
      calls.set(method, c);
    }
  };
  const servers = await Promise.all(dirs.map((dir) => startServer({ dispatch, rendererDir: dir, port: 0 })));
  for (const s of servers) {
    s.server.prependListener('request', (req, res) => {
      if (!req.url?.includes('claims.setVerdict')) return;
      const t0 = performance.now();
      const duringMatch = matching > 0;
      res.once('finish', () => (duringMatch ? verdictHttpDuringMatch : verdictHttp).push(performance.now() - t0));
    });
  }
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const summary = dirs.map(() => ({ v: [] as number[], vcpu: [] as number[], vall: [] as number[], vans: [] as number[], j: [] as number[], jcpu: [] as number[], jall: [] as number[] }));
  try {
    for (let r = 0; r < runs; r++) {
      for (let d = 0; d < dirs.length; d++) {
        const label = String.fromCharCode(65 + d);
        const title = `Zweihundert ${label}${r}`;
        const load = os.loadavg()[0]!.toFixed(1);
        const v = await verdictRun(browser, servers[d]!.url, title, calls);
        const ms = v.rows.map((x) => x.ms);
        summary[d]!.v.push(pct(ms, 50), pct(ms, 95));
        summary[d]!.vcpu.push(pct(v.cpu, 50), pct(v.cpu, 95));
        summary[d]!.vall.push(v.total);
        summary[d]!.vans.push(pct(v.answerCpu, 50), pct(v.answerCpu, 95));
        console.log(
          `${label} run ${r + 1} verdict (load ${load}): wall p50/p95 ${r1(pct(ms, 50))}/${r1(pct(ms, 95))} ms; renderer CPU p50/p95 ${r1(pct(v.cpu, 50))}/${r1(pct(v.cpu, 95))} ms (mean ${r1(v.cpu.reduce((a, b) => a + b, 0) / v.cpu.length)}), throughout ${r1(v.total)} per v+j, answer→shown p50/p95 ${r1(pct(v.answerCpu, 50))}/${r1(pct(v.answerCpu, 95))}; ` +
            `key→request out p50 ${r1(pct(v.rows.map((x) => x.out), 50))}, →answer in p50/p95 ${r1(pct(v.rows.map((x) => x.back), 50))}/${r1(pct(v.rows.map((x) => x.back), 95))}, answer→shown p50/p95 ${r1(pct(v.rows.map((x) => x.shown), 50))}/${r1(pct(v.rows.map((x) => x.shown), 95))}; ` +
            `host's setVerdict request in→answer sent p50/p95 ${r1(pct(v.http, 50))}/${r1(pct(v.http, 95))}, ` +
            `of the ${v.httpDuringMatch.length} that came in while factchecks.match ran ${r1(pct(v.httpDuringMatch, 50))}/${r1(pct(v.httpDuringMatch, 95))}; host calls per v+j: ${callsText(v.calls, PRESSES)}`,
        );
        const load2 = os.loadavg()[0]!.toFixed(1);
        const j = await stepRun(browser, servers[d]!.url, calls);
        summary[d]!.j.push(pct(j.times, 50), pct(j.times, 95));
        summary[d]!.jcpu.push(pct(j.cpu, 50), pct(j.cpu, 95));
        summary[d]!.jall.push(j.total);
        console.log(
          `${label} run ${r + 1} j/k (load ${load2}): wall p50/p95 ${r1(pct(j.times, 50))}/${r1(pct(j.times, 95))} ms; renderer CPU p50/p95 ${r1(pct(j.cpu, 50))}/${r1(pct(j.cpu, 95))} ms (mean ${r1(j.cpu.reduce((a, b) => a + b, 0) / j.cpu.length)}), throughout ${r1(j.total)} per key; host calls per key: ${callsText(j.calls, 2 * PRESSES)}`,
        );
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    await app.close();
  }
  for (let d = 0; d < dirs.length; d++) {
    const s = summary[d]!;
    const pairs = (a: number[]) => a.reduce<string[]>((out, v, i) => (i % 2 ? (out[out.length - 1] += `/${r1(v)}`, out) : [...out, `${r1(v)}`]), []).join(', ');
    console.log(`${String.fromCharCode(65 + d)} ${dirs[d]}: verdict wall ${pairs(s.v)}; CPU ${pairs(s.vcpu)}; CPU throughout per v+j ${s.vall.map(r1).join(', ')}; CPU answer→shown ${pairs(s.vans)}; j/k wall ${pairs(s.j)}; CPU ${pairs(s.jcpu)}; throughout ${s.jall.map(r1).join(', ')}`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
