// What claims.setVerdict costs the host, in process: the dispatch of one verdict (validation,
// the write's transaction with its history row, the claim read back), its CPU time
// (process.cpuUsage, so a loaded machine inflates it little) and its wall time, over an article
// of 200 claims with sources. `npx tsx bench/verdict-host.ts [presses]`. With SYNC=NORMAL the
// store's synchronous pragma is set to NORMAL afterwards, to see what the fsync of each commit costs.
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/main/core/app';
import { tempDir } from '../tests/helpers/temp-app';
import { percentile, seedVerdictArticle } from './keys';

async function main(): Promise<void> {
  const presses = Number(process.argv[2] ?? 400);
  const app = await openApp(path.join(tempDir('claimdesk-verdict-host-'), 'claimdesk.db'), { host: 'serve', defaultActor: 'bench', loadModel: false });
  const call = async (method: string, input: unknown) => {
    const r = await app.dispatch(method as never, input as never);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as any;
  };
  await call('settings.set', { reviewerName: 'Bench' });
  const id = await seedVerdictArticle(call, 'Verdicts');
  if (process.env.SYNC) app.store.sqlite.pragma(`synchronous = ${process.env.SYNC}`);
  const claims = (await call('articles.get', { id })).claims as Array<{ id: string; version: number }>;
  const versions = new Map(claims.map((c) => [c.id, c.version]));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < presses; i++) {
    const claim = claims[i % claims.length]!;
    const verdict = Math.floor(i / claims.length) % 2 ? 'disputed' : 'verified';
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const after = await call('claims.setVerdict', { id: claim.id, verdict, expectedVersion: versions.get(claim.id) });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    versions.set(claim.id, after.version);
  }
  await app.close();
  const f = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(2)} p95 ${percentile(xs, 95).toFixed(2)} mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)} ms`;
  console.log(`claims.setVerdict ×${presses} (synchronous ${process.env.SYNC ?? 'FULL'}, load ${os.loadavg()[0]!.toFixed(2)}): CPU ${f(cpu)}; wall ${f(wall)}`);
}

void main();
