import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { ReportScope } from '../../../shared/report';
import { AppError, type ErrorCode } from '../errors';
import { buildReportModel } from '../report/model';
import type { RenderedReport } from '../report/render';
import { runTask, runTaskHere, TaskError, TaskLimitError } from '../workers/run-task';
import { summariseReport, type ReportSummary } from '../report/summary';
import type { ServiceContext } from './context';
import { getSettings } from './settings.service';
import { getClaimant } from './claimant.service';


async function scopeOf(ctx: ServiceContext, input: ParsedInput<'reports.export'>): Promise<ReportScope> {
  const given = [input.articleId !== undefined, input.claimIds !== undefined, input.all === true, input.claimant !== undefined].filter(Boolean).length;
  if (given !== 1) throw new AppError('validation', 'Say what to report on: exactly one of articleId, claimIds, claimant or all: true.');
  if (input.claimant !== undefined) {
    const { claimant } = await getClaimant(ctx, { claimant: input.claimant, limit: 1 });
    return { kind: 'claimant', claimantId: claimant.id, claimantName: claimant.name, aliases: claimant.aliases };
  }
  if (input.articleId !== undefined) return { kind: 'article', articleId: input.articleId };
  if (input.claimIds !== undefined) return { kind: 'claims', claimIds: input.claimIds };
  return { kind: 'all' };
}

// German letters spelled out as German writes them without umlauts, so "Brücken über die Weiße
// Elster" is bruecken-ueber-die-weisse-elster, not brucken-uber-die-wei-e-elster.
const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS', æ: 'ae', œ: 'oe', ø: 'o', Ø: 'O', đ: 'd', ł: 'l', Ł: 'L' };

/** A file-name part of readable letters: umlauts spelled out, other accents dropped, the rest dashes. */
export const slug = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[äöüÄÖÜßẞæœøØđłŁ]/gu, (c) => SPELLED_OUT[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50) || 'report';

export async function renderReportForScope(ctx: ServiceContext, input: ParsedInput<'reports.export'>): Promise<RenderedReport & { fileName: string; sourceIds: string[] }> {
  const settings = await getSettings(ctx);
  const scope = await scopeOf(ctx, input);
  // The report's language: asked for, else the UI's. Labels, dates and the methodology note follow it.
  const language = input.language ?? settings.uiLanguage ?? 'en';
  const meta = { generator: `Claimdesk ${ctx.appVersion}`, now: ctx.now(), language };
  const options = { csvDelimiter: input.csvDelimiter, csvBom: input.csvBom, uiLanguage: language } as const;
  let rendered: RenderedReport;
  let summary: ReportSummary;
  try {
    if (ctx.host === 'cli') {
      // A CLI command is a process of its own: it reads and renders here.
      const model = await buildReportModel(ctx.store.db, scope, settings, meta);
      rendered = await runTaskHere('report.render', { model, format: input.format, options });
      summary = summariseReport(model);
    } else if (ctx.store.dialect.kind === 'postgres') {
      // A PostgreSQL desk (`claimdesk server`): the worker's read-only connection is SQLite's, so
      // the host reads the model from its pool (network reads, the thread stays free) and the
      // worker renders it.
      const model = await buildReportModel(ctx.store.db, scope, settings, meta);
      rendered = await runTask('report', 'report.render', { model, format: input.format, options });
      summary = summariseReport(model);
    } else {
      // In a long-lived host (the app, serve) the report worker reads the store through its own
      // read-only connection and renders: a report of any size leaves the host's thread free to
      // answer other calls, and one that breaks the worker's memory or time limit is an error,
      // not the end of the host.
      ({ model: summary, rendered } = await runTask('report', 'report.buildAndRender', { databasePath: ctx.store.path, scope, settings, meta, format: input.format, options }));
    }
  } catch (error) {
    // A ReportError thrown here (CLI) or rebuilt from the worker's answer: the same name and code.
    if (error instanceof Error && error.name === 'ReportError') throw new AppError('report', error.message, { reason: (error as TaskError).code });
    // Not found, validation: rebuilt from the worker's answer with their code.
    if (error instanceof TaskError && error.name === 'AppError' && error.code) throw new AppError(error.code as ErrorCode, error.message);
    if (error instanceof TaskLimitError) {
      throw new AppError('report', `The report could not be made: ${error.message}. Export fewer claims at a time.`, { reason: `limit_${error.reason}` });
    }
    throw error;
  }
  const name =
    scope.kind === 'article' ? slug(summary.firstArticleTitle ?? 'article') : scope.kind === 'all' ? 'all-claims' : scope.kind === 'claimant' ? `claimant-${slug(scope.claimantName)}` : 'selected-claims';
  return { ...rendered, fileName: `claimdesk-${name}-${summary.generatedAt.slice(0, 10)}.${rendered.extension}`, sourceIds: summary.sourceIds };
}

export async function exportReport(ctx: ServiceContext, input: ParsedInput<'reports.export'>): Promise<MethodResult<'reports.export'>> {
  const rendered = await renderReportForScope(ctx, input);
  const binary = typeof rendered.body !== 'string';
  return {
    fileName: rendered.fileName,
    mimeType: rendered.mimeType,
    encoding: binary ? 'base64' : 'utf8',
    content: binary ? Buffer.from(rendered.body as Uint8Array).toString('base64') : (rendered.body as string),
    warnings: rendered.warnings ?? [],
  };
}
