// npm run bench: every figure the issues name, printed as a table. Benchmarks report; they
// never assert (a slow machine should not fail a build). Run one group with
// `npm run bench -- store` (groups: store, extraction, import, report, ui, factchecks).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Figures = Record<string, string | number>;
const groups: Record<string, () => Promise<Figures>> = {
  store: async () => (await import('./store')).benchStore(),
  extraction: async () => (await import('./extraction')).benchExtraction(),
  import: async () => (await import('./import')).benchImport(),
  report: async () => (await import('./report')).benchReport(),
  ui: async () => (await import('./browser')).benchBrowser(),
  factchecks: async () => (await import('./factchecks')).benchFactchecks(),
};

const CHILD_FLAG = '--in-child';

/** Runs one group here and returns its figures under "group: name" keys. */
async function runGroup(name: string, run: () => Promise<Figures>): Promise<Figures> {
  const figures: Figures = {};
  try {
    for (const [key, value] of Object.entries(await run())) figures[key.includes(':') ? key : `${name}: ${key}`] = value;
  } catch (error) {
    figures[`${name}: FAILED`] = (error as Error).message.split('\n')[0]!;
    process.exitCode = 1;
  }
  return figures;
}

/**
 * Each group runs in a process of its own: a group that leaves a large heap behind (100,000
 * stored claims, a 20 MB report) would otherwise slow the garbage collector for the next one.
 */
function runGroupInChild(name: string): Figures {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, name, CHILD_FLAG], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as Figures;
  } catch {
    process.exitCode = 1;
    return { [`${name}: FAILED`]: `exit ${child.status}: ${last.slice(0, 200)}` };
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const selected = wanted.length ? wanted : Object.keys(groups);
  const unknown = selected.find((name) => !groups[name]);
  if (unknown) {
    console.error(`Unknown bench group "${unknown}"; choose from ${Object.keys(groups).join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  if (process.argv.includes(CHILD_FLAG)) {
    console.log(JSON.stringify(await runGroup(selected[0]!, groups[selected[0]!]!)));
    return;
  }
  const results: Figures = {};
  for (const name of selected) {
    process.stderr.write(`bench: ${name}…\n`);
    const started = performance.now();
    Object.assign(results, selected.length > 1 ? runGroupInChild(name) : await runGroup(name, groups[name]!));
    process.stderr.write(`bench: ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`\nClaimdesk benchmarks (${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} cores)\n`);
  for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${v}`);
  const out = path.join(__dirname, 'results.json');
  fs.writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
}

void main();
