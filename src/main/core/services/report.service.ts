import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { ReportScope } from '../../../shared/report';
import { AppError } from '../errors';
import { buildReportModel } from '../report/model';
import type { RenderedReport } from '../report/render';
import { runTask, runTaskHere, TaskLimitError, type TaskError } from '../workers/run-task';
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

export async function renderReportForScope(ctx: ServiceContext, input: ParsedInput<'reports.export'>): Promise<RenderedReport & { fileName: string }> {
  const settings = await getSettings(ctx);
  const scope = await scopeOf(ctx, input);
  const model = await buildReportModel(ctx.store.db, scope, settings, { generator: `Claimdesk ${ctx.appVersion}`, now: ctx.now() });
  const options = { csvDelimiter: input.csvDelimiter, csvBom: input.csvBom, uiLanguage: settings.uiLanguage ?? 'en' } as const;
  let rendered: RenderedReport;
  try {
    // In a long-lived host (the app, serve) in the report worker: a report of any size leaves the
    // host free to answer other calls, and one that breaks the worker's memory or time limit is
    // an error, not the end of the host. A CLI command is a process of its own: it renders here.
    const task = { model, format: input.format, options };
    rendered = ctx.host === 'cli' ? await runTaskHere('report.render', task) : await runTask('report', 'report.render', task);
  } catch (error) {
    // A ReportError thrown here (CLI) or rebuilt from the worker's answer: the same name and code.
    if (error instanceof Error && error.name === 'ReportError') throw new AppError('report', error.message, { reason: (error as TaskError).code });
    if (error instanceof TaskLimitError) {
      throw new AppError('report', `The report could not be made: ${error.message}. Export fewer claims at a time.`, { reason: `limit_${error.reason}` });
    }
    throw error;
  }
  const name =
    scope.kind === 'article' ? slug(model.articles[0]?.title ?? 'article') : scope.kind === 'all' ? 'all-claims' : scope.kind === 'claimant' ? `claimant-${slug(scope.claimantName)}` : 'selected-claims';
  return { ...rendered, fileName: `claimdesk-${name}-${model.generatedAt.slice(0, 10)}.${rendered.extension}` };
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
