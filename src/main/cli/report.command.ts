import fs from 'node:fs';
import path from 'node:path';
import { REPORT_FORMATS, type ReportFormat } from '../../shared/report';
import { renderReportForScope } from '../core/services/report.service';
import { writeReportWithSnapshots } from '../core/snapshots/report-bundle';
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
      fs.mkdirSync(path.dirname(path.resolve(values.output)), { recursive: true });
      fs.writeFileSync(values.output, body);
      io.stderr.write(`Wrote ${values.output}\n`);
    } else if (typeof body !== 'string' && (io.stdout as NodeJS.WriteStream).isTTY) {
      throw new UsageError('A PDF report needs -o FILE (it is not printed to a terminal).');
    } else {
      io.stdout.write(body);
    }
    return 0;
  }, { readOnly: true });
}
