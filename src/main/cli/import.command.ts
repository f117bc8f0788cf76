import { importTargets } from '../core/services/import.service';
import { parse, UsageError, withApp, type CliIo } from './common';

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } });
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE, DIR or URL.');
  return withApp(values.db, async (app) => {
    let lastPrint = 0;
    const summary = await importTargets(app.context, positionals, (done, total, current) => {
      if (values.quiet) return;
      const now = Date.now();
      // Progress goes to stderr, at most ten lines a second, so stdout stays clean for --json.
      if (current && now - lastPrint < 100 && done !== 0) return;
      lastPrint = now;
      if (current) io.stderr.write(`[${done + 1}/${total}] ${current}\n`);
    });
    if (values.json) {
      io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    } else {
      for (const r of summary.results) {
        if (!('article' in r)) io.stdout.write(`${r.status.padEnd(10)} ${r.target}: ${r.reason}\n`);
        else io.stdout.write(`${r.status.padEnd(10)} ${r.target} → ${r.article.id} (${r.article.claimCount} claims)${r.warnings.length ? ` [${r.warnings.join('; ')}]` : ''}\n`);
      }
      io.stdout.write(`\nImported ${summary.imported}, duplicates ${summary.duplicates}, failed ${summary.failed}, skipped ${summary.skipped}.\n`);
    }
    // Scripts see any failure in the exit code, and a run that found nothing it could read;
    // a picture skipped beside the articles of a folder is no failure. The summary says which and why.
    const nothingRead = summary.skipped > 0 && summary.imported + summary.duplicates === 0;
    return summary.failed > 0 || nothingRead ? 1 : 0;
  });
}
