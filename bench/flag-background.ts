// Background "checked before?" matching on a large desk, paced or not (background-pace.ts):
// the 100,000-claim desk of claims-table.spec.ts (75,000 reviewed look-alike claims, the desk
// sync done), an in-process host as serve runs it (matching in its worker), flagging the first
// article (1,000 claims). Measured while it runs: the process's CPU share (host + worker:
// process.cpuUsage over wall time) with nobody acting, then while a reviewer sets a verdict
// every 150 ms, and those calls' latency (the host's side of a verdict key), beside the same
// calls with no flagging running.
//   npx tsx bench/flag-background.ts [paced|unpaced|both]   (BENCH_FLAG_SECONDS=6 per phase)
import fs from 'node:fs';
import path from 'node:path';
import { openApp, type ClaimdeskApp } from '../src/main/core/app';
import { tempDir } from '../tests/helpers/temp-app';
import { seedClaims } from './ui';

const PHASE_MS = Number(process.env.BENCH_FLAG_SECONDS ?? 6) * 1000;
const KEY_EVERY_MS = 150;

async function seededDesk(): Promise<string> {
  const dbPath = path.join(tempDir('claimdesk-flag-bg-'), 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'cli', defaultActor: 'bench', snapshots: false });
  seedClaims(app.store.sqlite, 100_000, 100);
  // The desk's reviews written into the library once (what the first flagging would do first).
  await app.dispatch('factchecks.list', { limit: 1 });
  await app.close();
  return dbPath;
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Verdict "keys" every KEY_EVERY_MS for PHASE_MS: latencies and the CPU share meanwhile. */
async function keys(app: ClaimdeskApp, claimIds: string[]): Promise<{ cpuShare: number; p50: number; p95: number; n: number }> {
  const lat: number[] = [];
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let i = 0; performance.now() - t0 < PHASE_MS; i++) {
    const id = claimIds[i % claimIds.length]!;
    const claim = (await app.dispatch('claims.get', { id })) as { ok: true; value: { version: number; verdict: string } };
    const s = performance.now();
    const r = await app.dispatch('claims.setVerdict', { id, expectedVersion: claim.value.version, verdict: claim.value.verdict === 'disputed' ? 'inconclusive' : 'disputed' });
    lat.push(performance.now() - s);
    if (!r.ok) throw new Error(JSON.stringify(r));
    await new Promise((res) => setTimeout(res, KEY_EVERY_MS));
  }
  const wall = performance.now() - t0;
  lat.sort((a, b) => a - b);
  return { cpuShare: (cpuMs() - c0) / wall, p50: pct(lat, 50), p95: pct(lat, 95), n: lat.length };
}

async function run(base: string, mode: 'paced' | 'unpaced') {
  const dbPath = path.join(tempDir('claimdesk-flag-bg-'), 'claimdesk.db');
  fs.copyFileSync(base, dbPath);
  const app = await openApp(dbPath, { host: 'serve', defaultActor: 'bench', snapshots: false });
  if (mode === 'unpaced') app.context.pace = { restShare: 0, quietMs: 0 };
  // Claims of a later article, reviewed and with a source: the reviewer's verdict keys.
  const keyClaims = (app.store.sqlite.prepare("select id from claims where article_id = 'bench-a0050' and verdict in ('disputed','inconclusive') limit 10").pluck().all() as string[]);
  for (const id of keyClaims) {
    const c = (await app.dispatch('claims.get', { id })) as { ok: true; value: { version: number } };
    await app.dispatch('sources.add', { claimId: id, url: `https://example.org/${id}`, expectedVersion: c.value.version });
  }
  await app.dispatch('factchecks.list', { limit: 1 }); // those changes synced before the figures
  const quietKeys = await keys(app, keyClaims);
  await new Promise((r) => setTimeout(r, 500));
  const f0 = performance.now();
  const fc0 = cpuMs();
  let flaggedMs = 0;
  const flagging = app.dispatch('factchecks.flagClaims', { articleId: 'bench-a0000' }).then((r) => {
    flaggedMs = performance.now() - f0;
    return r;
  });
  const c0 = cpuMs();
  await new Promise((r) => setTimeout(r, PHASE_MS));
  const idleShare = (cpuMs() - c0) / PHASE_MS;
  const acting = await keys(app, keyClaims);
  const r = await flagging;
  if (!r.ok) throw new Error(JSON.stringify(r));
  const out = {
    mode,
    idleCpuShare: +idleShare.toFixed(2),
    actingCpuShare: +acting.cpuShare.toFixed(2),
    verdictP50: +acting.p50.toFixed(1),
    verdictP95: +acting.p95.toFixed(1),
    verdictN: acting.n,
    noFlaggingCpuShare: +quietKeys.cpuShare.toFixed(2),
    noFlaggingVerdictP95: +quietKeys.p95.toFixed(1),
    flaggingWallS: +(flaggedMs / 1000).toFixed(1),
    flaggingCpuS: +((cpuMs() - fc0) / 1000).toFixed(1),
  };
  await app.close();
  return out;
}

async function main() {
  const which = process.argv[2] ?? 'both';
  const t0 = performance.now();
  const base = await seededDesk();
  console.log(`[flag-background] seeded and synced in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const modes: Array<'paced' | 'unpaced'> = which === 'both' ? ['unpaced', 'paced'] : [which as 'paced' | 'unpaced'];
  for (const mode of modes) console.log(`[flag-background] ${JSON.stringify(await run(base, mode))}`);
}
void main();
