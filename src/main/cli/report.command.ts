import fs from 'node:fs';
import path from 'node:path';
import { REPORT_FORMATS, type ReportFormat } from '../../shared/report';
import { renderReportForScope } from '../core/services/report.service';
import { writeReportWithSnapshots } from '../core/snapshots/report-bundle';
import { AppError } from '../core/errors';
import { parse, UsageError, withApp, type CliIo } from './common';

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    all: { type: 'boolean' },
    claimant: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    delimiter: { type: 'string' },
    bom: { type: 'boolean' },
    language: { type: 'string' },
    'with-snapshots': { type: 'boolean' },
  });
  const format = values.format as ReportFormat | undefined;
  if (!format || !REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}.`);
  if ([values.all === true, positionals.length > 0, values.claimant !== undefined].filter(Boolean).length !== 1 || positionals.length > 1) {
    throw new UsageError('report takes one ARTICLE_ID, --all or --claimant NAME|ID.');
  }
  if (values.delimiter !== undefined && values.delimiter !== ',' && values.delimiter !== ';') throw new UsageError('--delimiter must be , or ;');
  if (values.language !== undefined && values.language !== 'en' && values.language !== 'de') throw new UsageError('--language must be en or de.');
  if (values['with-snapshots'] && !values.output) throw new UsageError('--with-snapshots needs -o DIR (the folder the report and its snapshots are written to).');
  return withApp(values.db, async (app) => {
    const rendered = await renderReportForScope(app.context, {
      format,
      ...(values.all ? { all: true } : values.claimant !== undefined ? { claimant: values.claimant } : { articleId: positionals[0]! }),
      csvDelimiter: values.delimiter as ',' | ';' | undefined,
      csvBom: values.bom,
      language: values.language as 'en' | 'de' | undefined,
    });
    for (const warning of rendered.warnings ?? []) io.stderr.write(`warning: ${warning}\n`);
    if (values['with-snapshots']) {
      const written = await writeReportWithSnapshots(app.context, rendered, values.output!);
      io.stderr.write(`Wrote ${written.report}, ${written.snapshots} snapshot(s) and ${written.sums}\n`);
      return 0;
    }
    const body = typeof rendered.body === 'string' ? rendered.body : Buffer.from(rendered.body);
    if (values.output) {
      const target = reportTarget(values.output, rendered.fileName);
      writeReportFile(target, body);
      io.stderr.write(`Wrote ${target}\n`);
    } else if (typeof body !== 'string' && (io.stdout as NodeJS.WriteStream).isTTY) {
      throw new UsageError('A PDF report needs -o FILE (it is not printed to a terminal).');
    } else {
      io.stdout.write(body);
    }
    return 0;
  }, { readOnly: true });
}

const isFolder = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Where `-o PATH` puts the report. A folder (one that exists, or a path ending in a slash, which
 * is made) gets the report inside it under the name the app gives it, the name the desktop's save
 * dialog proposes: as `cp FILE DIR` does, and what `-o .` means to whoever types it. Any other
 * PATH is the file itself, as before.
 */
export function reportTarget(output: string, fileName: string): string {
  const folder = /[\\/]$/.test(output) || isFolder(output);
  return folder ? path.join(output, path.basename(fileName)) : output;
}

/** Writes the report, its folders first; a path that cannot be written is said in words, not as ENOTDIR. */
function writeReportFile(target: string, body: string | Buffer): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    fs.writeFileSync(target, body);
  } catch (error) {
    throw new AppError('validation', `Cannot write the report to ${target}: ${whyNotWritten(target, error as NodeJS.ErrnoException)}.`);
  }
}

function whyNotWritten(target: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOTDIR' || error.code === 'EEXIST') {
    // A folder on the way is a file: name the first one.
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (fs.existsSync(dir) && !isFolder(dir)) return `${dir} is a file, not a folder`;
    }
  }
  if (error.code === 'EISDIR') return 'it is a folder';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'ENOSPC') return 'the disk is full';
  if (error.code === 'EROFS') return 'the disk is read-only';
  return error.message;
}
