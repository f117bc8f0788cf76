// claimdesk sources check [--json] | sources snapshot (SOURCE_ID | --failed [--missing]) [--json]
import type { Source } from '../../shared/domain';
import type { LinkCheckEntry } from '../../shared/sources.contract';
import { checkSources } from '../core/services/link-check.service';
import { retakeSnapshots } from '../core/services/snapshot.service';
import { parse, UsageError, withApp, type CliIo } from './common';

export async function runSources(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') return runSourcesCheck(rest, io);
  if (sub === 'snapshot') return runSourcesSnapshot(rest, io);
  throw new UsageError(`sources needs "check" or "snapshot"${sub ? `, not "${sub}"` : ''}.`);
}

/** Re-fetches every source politely and classifies it; exits 1 when any is gone or failed to load. */
async function runSourcesCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } });
  if (positionals.length) throw new UsageError('sources check takes no arguments.');
  return withApp(values.db, async (app) => {
    let lastPrint = 0;
    const { sources } = await checkSources(app.context, {}, {
      fetch: app.context.snapshotFetchOptions,
      onProgress: (done, total, entry) => {
        const now = Date.now();
        if (values.quiet || (now - lastPrint < 250 && done < total)) return;
        lastPrint = now;
        io.stderr.write(`${done}/${total} checked · ${entry.url}: ${entry.result}\n`);
      },
    });
    if (values.json) {
      const out = sources.map(({ sourceId, url, result, checkedAt }) => ({ sourceId, url, result, checkedAt }));
      io.stdout.write(`${JSON.stringify({ sources: out }, null, 2)}\n`);
    } else {
      for (const s of sources) io.stdout.write(`${s.result.padEnd(9)}  ${s.url}${s.detail ? `  (${s.detail})` : ''}\n`);
      const counts = countBy(sources);
      io.stdout.write(`${sources.length} sources: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}\n`);
      for (const s of sources) if (s.diff) io.stdout.write(`\n${s.url}\n${s.diff}`);
    }
    return sources.some((s) => s.result === 'gone' || s.result === 'error') ? 1 : 0;
  });
}

function countBy(sources: LinkCheckEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of sources) counts[s.result] = (counts[s.result] ?? 0) + 1;
  return counts;
}

/** Retry on demand: one source, or every failed one (--missing: also those never taken). */
async function runSourcesSnapshot(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, failed: { type: 'boolean' }, missing: { type: 'boolean' } });
  if ((positionals.length === 1) === Boolean(values.failed || values.missing) || positionals.length > 1) {
    throw new UsageError('sources snapshot takes one SOURCE_ID, or --failed (with --missing also sources never snapshotted).');
  }
  return withApp(values.db, async (app) => {
    const input = positionals.length ? { id: positionals[0]! } : { failed: true as const, missing: Boolean(values.missing) };
    const { sources } = await retakeSnapshots(app.context, input, app.context.snapshotFetchOptions);
    if (values.json) io.stdout.write(`${JSON.stringify({ sources }, null, 2)}\n`);
    else for (const s of sources) io.stdout.write(`${describe(s)}\n`);
    return sources.some((s) => s.snapshot?.status !== 'archived') ? 1 : 0;
  });
}

function describe(s: Source): string {
  const snap = s.snapshot;
  if (!snap) return `none      ${s.url}`;
  if (snap.status === 'archived') return `archived  ${s.url}  ${snap.retrievedAt?.slice(0, 10)}  ${snap.bytes} bytes  sha256:${snap.sha256}${snap.reason ? `  (${snap.reason})` : ''}`;
  return `${snap.status.padEnd(9)} ${s.url}  ${snap.reason ?? ''}`;
}
