// Instructions the serve process runs from its start to its answer to the page's first call
// (valgrind's cachegrind: a count that a loaded machine does not stretch), for several built
// trees run alternately: the page is played by plain requests in its order, as serve-cpu.ts
// does (the HTML, the files it loads, then workspace.open). The process is stopped with SIGINT
// once answered, so the count also holds its clean exit. Linux with valgrind only.
// `npx tsx bench/serve-instructions.ts RUNS DIR...` (each DIR holds bin/ and out/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../src/main/core/app';
import { tempDir } from '../tests/helpers/temp-app';
import { serveAddress } from './serve-start';

async function once(dir: string, dbPath: string): Promise<number> {
  const out = path.join(tempDir('claimdesk-cg-'), 'cg.out');
  const child = spawn('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, process.execPath, path.join(dir, 'bin', 'claimdesk.js'), 'serve', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = new URL(await serveAddress(child));
  const html = await (await fetch(url)).text();
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
  const bodies = files.map((f) => fetch(f).then((r) => r.arrayBuffer()));
  const answer = await fetch(new URL('api/workspace.open', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` },
    body: JSON.stringify({ claimsLimit: 2500 }),
  });
  const json = (await answer.json()) as { ok: boolean };
  await Promise.all(bodies);
  if (!json.ok) throw new Error(JSON.stringify(json));
  child.kill('SIGINT');
  await exited;
  const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  if (!refs) throw new Error(`no count from valgrind: ${stderr.slice(-300)}`);
  return Number(refs[1]!.replace(/,/g, ''));
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2]);
  const dirs = process.argv.slice(3);
  const dbPath = path.join(tempDir('claimdesk-cg-db-'), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'cli', defaultActor: 'bench' });
  await app.dispatch('settings.set', { reviewerName: 'Bench' });
  await app.dispatch('articles.createSample', {});
  await app.close();
  const results = new Map<string, number[]>(dirs.map((d) => [d, []]));
  for (let r = 0; r < runs; r++) {
    for (const d of r % 2 ? [...dirs].reverse() : dirs) results.get(d)!.push(await once(d, dbPath));
  }
  for (const [d, counts] of results) console.log(`${d.padEnd(24)} instructions to workspace.open answered and exit (M): ${counts.map((c) => (c / 1e6).toFixed(0)).join(' / ')}`);
}

void main();
