// CPU time of the serve process (user + system, from /proc, so a loaded machine inflates it far
// less than wall time) from spawning to its answer to the page's first call, for several built
// trees run alternately: the browser is played by plain requests in the page's order (the HTML,
// the files it loads, then workspace.open, sent once the HTML's files have been asked for).
// `npx tsx bench/serve-cpu.ts RUNS DIR...` (each DIR holds bin/ and out/; Linux only).
// With PROFILE=dir, each serve also writes a V8 CPU profile there (--cpu-prof).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/main/core/app';
import { tempDir } from '../tests/helpers/temp-app';
import { startServe } from './serve-start';

const TICK_MS = 1000 / 100; // USER_HZ

function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

interface Run {
  cpu: number;
  wall: number;
  listenCpu: number;
  /** CPU to the answer of the page's next call, factchecks.flagClaims for that article (asked once it has painted). */
  flagCpu: number;
}

async function once(dir: string, dbPath: string, profileDir?: string): Promise<Run> {
  const started = performance.now();
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const serve = await startServe(path.join(dir, 'bin', 'claimdesk.js'), dbPath, flags);
  const { child } = serve;
  try {
    const url = new URL(serve.url);
    const listenCpu = cpuMs(child.pid!);
    const token = url.searchParams.get('token')!;
    const html = await (await fetch(url)).text();
    const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => new URL(m[1]!, url).href);
    const bodies = files.map((f) => fetch(f).then((r) => r.arrayBuffer()));
    const answer = await fetch(new URL('api/workspace.open', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ claimsLimit: 2500 }),
    });
    const json = (await answer.json()) as { ok: boolean; value?: { article: { id: string } | null } };
    const cpu = cpuMs(child.pid!);
    const wall = performance.now() - started;
    await Promise.all(bodies);
    if (!json.ok) throw new Error(JSON.stringify(json));
    const flagged = (await (
      await fetch(new URL('api/factchecks.flagClaims', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ articleId: json.value!.article!.id }),
      })
    ).json()) as { ok: boolean };
    if (!flagged.ok) throw new Error(JSON.stringify(flagged));
    return { cpu, wall, listenCpu, flagCpu: cpuMs(child.pid!) - cpu };
  } finally {
    // SIGINT: a serve with --cpu-prof writes its profile on a clean exit.
    await serve.stop('SIGINT');
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const runs = Number(process.argv[2]);
  const dirs = process.argv.slice(3);
  const dbPath = path.join(tempDir('claimdesk-cpu-'), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'cli', defaultActor: 'bench' });
  await app.dispatch('settings.set', { reviewerName: 'Bench' });
  await app.dispatch('articles.createSample', {});
  await app.close();
  const results = new Map<string, Run[]>(dirs.map((d) => [d, []]));
  const loads = [os.loadavg()[0]!];
  for (const d of dirs) await once(d, dbPath);
  for (let r = 0; r < runs; r++) {
    for (const d of r % 2 ? [...dirs].reverse() : dirs) results.get(d)!.push(await once(d, dbPath, process.env.PROFILE));
  }
  loads.push(os.loadavg()[0]!);
  for (const [d, rs] of results) {
    console.log(
      `${d.padEnd(24)} CPU to workspace.open answered: median ${median(rs.map((r) => r.cpu))} ms [${rs.map((r) => r.cpu).join(' ')}]; ` +
        `CPU to listening ${median(rs.map((r) => r.listenCpu))} ms; wall median ${median(rs.map((r) => r.wall)).toFixed(0)} ms; ` +
        `then flagClaims: median ${median(rs.map((r) => r.flagCpu))} ms [${rs.map((r) => r.flagCpu).join(' ')}]`,
    );
  }
  console.log(`load ${loads.map((l) => l.toFixed(2)).join(' -> ')}`);
}

void main();
