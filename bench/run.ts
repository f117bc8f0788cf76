// npm run bench: every figure the issues name, printed as a table. Benchmarks report; they
// never assert (a slow machine should not fail a build). Run one group with
// `npm run bench -- store` (groups: store, extraction, import, report, ui).
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
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const selected = wanted.length ? wanted : Object.keys(groups);
  const results: Figures = {};
  for (const name of selected) {
    const run = groups[name];
    if (!run) {
      console.error(`Unknown bench group "${name}"; choose from ${Object.keys(groups).join(', ')}.`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`bench: ${name}…\n`);
    const started = performance.now();
    try {
      for (const [key, value] of Object.entries(await run())) results[key.includes(':') ? key : `${name}: ${key}`] = value;
    } catch (error) {
      results[`${name}: FAILED`] = (error as Error).message.split('\n')[0]!;
      process.exitCode = 1;
    }
    process.stderr.write(`bench: ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`\nClaimdesk benchmarks (${new Date().toISOString()}, Node ${process.version}, ${os.cpus().length} cores)\n`);
  for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${v}`);
  const out = path.join(__dirname, 'results.json');
  fs.writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`);
}

void main();
