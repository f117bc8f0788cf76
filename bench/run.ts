// npm run bench: every figure the issues name, printed as a table beside its target
// (bench/targets.ts) and the committed baseline (bench/baseline.json). A figure over its target
// or more than 20% worse than the baseline is marked. Benchmarks report; they never fail a
// build (a slow machine is not a bug). Run one group with `npm run bench -- store` (groups:
// cli, store, extraction, import, report, ui, hostile, factchecks, sources, claimants, team); `--update-baseline` records this run's groups
// as the new baseline.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BASELINE_FILE, compare, machineNote, readBaseline, thisMachine, updatedBaseline, type Figures, type GroupBaseline, type Row } from './baseline';

const groups: Record<string, () => Promise<Figures>> = {
  cli: async () => (await import('./cli')).benchCli(),
  store: async () => (await import('./store')).benchStore(),
  extraction: async () => (await import('./extraction')).benchExtraction(),
  import: async () => (await import('./import')).benchImport(),
  report: async () => (await import('./report')).benchReport(),
  ui: async () => (await import('./browser')).benchBrowser(),
  hostile: async () => (await import('./hostile')).benchHostile(),
  factchecks: async () => (await import('./factchecks')).benchFactchecks(),
  sources: async () => (await import('./sources')).benchSources(),
  claimants: async () => (await import('./claimants')).benchClaimants(),
  team: async () => (await import('./team')).benchTeam(),
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
  ensureCurrentBuild();
  const ran: Record<string, GroupBaseline> = {};
  for (const name of selected) {
    const machine = thisMachine();
    process.stderr.write(`bench: ${name} (load average ${machine.loadAverage} on ${machine.cores} cores)…\n`);
    const started = performance.now();
    const figures = selected.length > 1 ? runGroupInChild(name) : await runGroup(name, groups[name]!);
    ran[name] = { machine, figures };
    process.stderr.write(`bench: ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }

  const baseline = readBaseline();
  const now = thisMachine();
  console.log(`\nClaimdesk benchmarks (${now.date}, Node ${now.node}, ${now.cores} cores, ${now.memoryGb} GB, ${now.cpu})\n`);
  const rows: Row[] = Object.entries(ran).flatMap(([name, { figures }]) => compare(name, figures, baseline));
  printTable(rows);
  const notes = Object.keys(ran)
    .map((name) => machineNote(name, baseline, ran[name]!.machine))
    .filter((n): n is string => n !== null);
  const loads = Object.entries(ran).map(([name, r]) => `${name} ${r.machine.loadAverage}`);
  console.log(`\nLoad average (1 min) at the start of each group: ${loads.join(', ')} (${now.cores} cores).`);
  for (const note of notes) console.log(note);
  const marked = rows.filter((r) => r.marks.length);
  console.log(marked.length ? `\n${marked.length} figure(s) marked:\n${marked.map((r) => `  ${r.figure}: ${r.value} (${r.marks.join(', ')})`).join('\n')}` : '\nNo figure over its target or more than 20% worse than the baseline.');

  const out = path.join(__dirname, 'results.json');
  fs.writeFileSync(out, `${JSON.stringify({ at: now.date, machine: now, groups: ran }, null, 2)}\n`);
  if (process.argv.includes('--update-baseline')) {
    fs.writeFileSync(BASELINE_FILE, `${JSON.stringify(updatedBaseline(baseline, ran), null, 2)}\n`);
    console.log(`\nBaseline updated for ${Object.keys(ran).join(', ')}: ${path.relative(process.cwd(), BASELINE_FILE)}`);
  }
}

/**
 * The command and page groups time the build in out/ (as users run it). A build older than the
 * sources would time other code, or the command's slow fallback through tsx (a figure twice the
 * real one), so a stale or missing build is made first.
 */
function ensureCurrentBuild(): void {
  const root = path.resolve(__dirname, '..');
  const newest = (dir: string): number => {
    let time = 0;
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) time = Math.max(time, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
    return time;
  };
  const builtAt = (file: string) => {
    try {
      return fs.statSync(path.join(root, file)).mtimeMs;
    } catch {
      return 0;
    }
  };
  const sources = Math.max(newest('src'), newest('db'), builtAt('package.json'));
  const built = Math.min(builtAt('out/cli/cli.js'), builtAt('out/main/index.js'), builtAt('out/renderer/index.html'));
  if (built >= sources) return;
  process.stderr.write(`bench: the build in out/ is ${built ? 'older than the sources' : 'missing'}; running npm run build first…\n`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed: the bench would time an old build.');
}

function printTable(rows: Row[]): void {
  const header = { figure: 'figure', value: 'value', target: 'target', baseline: 'baseline' };
  const width = (key: keyof typeof header) => Math.max(header[key].length, ...rows.map((r) => String(r[key]).length));
  const w = { figure: width('figure'), value: width('value'), target: width('target'), baseline: width('baseline') };
  const line = (f: string, v: string, t: string, b: string, m: string) => `${f.padEnd(w.figure)}  ${v.padStart(w.value)}  ${t.padEnd(w.target)}  ${b.padStart(w.baseline)}  ${m}`.trimEnd();
  console.log(line(header.figure, header.value, header.target, header.baseline, 'marks'));
  for (const r of rows) console.log(line(r.figure, String(r.value), r.target, String(r.baseline), r.marks.map((m) => `<< ${m}`).join(' ')));
}

void main();
