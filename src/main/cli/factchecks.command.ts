// claimdesk factchecks import FILE… | factchecks list [--json] | match "TEXT" [--json]
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors';
import { importFactChecks, type ImportSummary } from '../core/services/factcheck.service';
import type { FactCheck, FactCheckMatch } from '../../shared/factchecks.contract';
import { call, parse, UsageError, withApp, type CliIo } from './common';
import { printTable } from './table';
import { DOMAIN_WORDS } from '../../shared/words';

export async function runFactchecks(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return runFactcheckImport(rest, io);
  if (sub === 'list') return runFactcheckList(rest, io);
  throw new UsageError(`factchecks needs "import FILE…" or "list"${sub ? `, not "${sub}"` : ''}.`);
}

async function runFactcheckImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } });
  if (positionals.length === 0) throw new UsageError('factchecks import needs at least one FILE.');
  return withApp(values.db, async (app) => {
    const summaries: ImportSummary[] = [];
    for (const file of positionals) {
      const resolved = path.resolve(file);
      if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) {
        summaries.push(failed(file, `${file}: no such file.`));
        continue;
      }
      let lastPrint = 0;
      const summary = await importFactChecks(app.context, { path: resolved }, file, (s) => {
        const now = Date.now();
        // Progress on stderr, at most four lines a second, so stdout stays clean for --json.
        if (values.quiet || now - lastPrint < 250) return;
        lastPrint = now;
        const percent = s.bytesTotal ? Math.floor((100 * s.bytesRead) / s.bytesTotal) : 100;
        io.stderr.write(`${file}: ${percent}% · ${s.imported} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.refused} refused\n`);
      });
      summaries.push(summary);
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ files: summaries }, null, 2)}\n`);
    } else {
      for (const s of summaries) {
        io.stdout.write(`${s.fileName}: ${s.imported} imported, ${s.updated} updated, ${s.unchanged} unchanged, ${s.refused} refused\n`);
        for (const r of s.refusedRows) io.stdout.write(`  refused ${r.where}: ${r.reason}\n`);
        if (s.refused > s.refusedRows.length) io.stdout.write(`  … and ${s.refused - s.refusedRows.length} more refused\n`);
        if (s.error) io.stdout.write(`  stopped: ${s.error}\n`);
      }
    }
    // Scripts see a refused row or a file that stopped in the exit code; the summary says why.
    return summaries.some((s) => s.refused > 0 || s.error) ? 1 : 0;
  });
}

function failed(fileName: string, error: string): ImportSummary {
  return { fileName, bytesRead: 0, bytesTotal: 0, imported: 0, updated: 0, unchanged: 0, refused: 0, refusedRows: [], error };
}

async function runFactcheckList(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' }, limit: { type: 'string' } });
  const limit = values.limit === undefined ? 1000 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000.');
  return withApp(values.db, async (app) => {
    const { total, items } = await call<{ total: number; items: FactCheck[] }>(app, 'factchecks.list', { limit });
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ total, factChecks: items }, null, 2)}\n`);
      return 0;
    }
    printTable(
      io.stdout,
      ['Reviewed', 'Organisation', 'Rating', 'Lang', 'Claim', 'URL'],
      items.map((f) => [f.reviewDate ?? '', f.organisation ?? (f.origin === 'desk' ? '(this desk)' : ''), ratingWords(f) ?? String(f.ratingValue ?? ''), f.language ?? '', clip(f.claimReviewed, 60), f.url ?? `claim ${f.claimId}`]),
    );
    if (total > items.length) io.stdout.write(`(${items.length} of ${total}; --json --limit N for more)\n`);
    return 0;
  });
}

/** A rating in words: the publisher's (or the reviewer's label), else the desk's verdict code named in English, the CLI's language. */
const ratingWords = (f: Pick<FactCheck, 'ratingName' | 'ratingCode'>) => f.ratingName ?? (f.ratingCode ? DOMAIN_WORDS.en.verdicts[f.ratingCode] : null);

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export async function runMatch(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' }, limit: { type: 'string' } });
  const text = positionals.join(' ').trim();
  if (!text) throw new UsageError('match needs the claim text, e.g. claimdesk match "Die Inflation stieg auf 8 Prozent".');
  if (values.lang !== undefined && values.lang !== 'de' && values.lang !== 'en') throw new UsageError('--lang must be de or en.');
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 20) throw new UsageError('--limit must be a whole number from 1 to 20.');
  return withApp(values.db, async (app) => {
    let result: { matches: FactCheckMatch[] };
    try {
      result = await call<{ matches: FactCheckMatch[] }>(app, 'factchecks.match', { text, limit, ...(values.lang ? { language: values.lang } : {}) });
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation') throw new UsageError(error.message);
      throw error;
    }
    const matches = result.matches.map((m) => ({
      claimReviewed: m.claimReviewed,
      claimant: m.claimant,
      ratingName: ratingWords(m),
      organisation: m.organisation,
      url: m.url,
      reviewDate: m.reviewDate,
      language: m.language,
      similarity: m.similarity,
    }));
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ matches })}\n`);
      return 0;
    }
    if (!matches.length) {
      io.stdout.write('No earlier fact-check matches this claim.\n');
      return 0;
    }
    printTable(
      io.stdout,
      ['Similarity', 'Rating', 'Organisation', 'Reviewed', 'Claim', 'URL'],
      result.matches.map((m) => [m.similarity.toFixed(2) + (m.conflict ? ` (${m.conflict} differs)` : ''), ratingWords(m) ?? '', m.organisation ?? '', m.reviewDate ?? '', clip(m.claimReviewed, 60), m.url ?? `claim ${m.claimId}`]),
    );
    return 0;
  });
}
