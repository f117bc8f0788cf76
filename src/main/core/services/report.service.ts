import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { ReportScope } from '../../../shared/report';
import { AppError } from '../errors';
import { buildReportModel } from '../report/model';
import type { RenderedReport } from '../report/render';
import type { ServiceContext } from './context';
import { getSettings } from './settings.service';

type Renderers = typeof import('../report/render');

/**
 * The renderers (pdfkit, fonts, CSV) load on the first export, not at start: they are a third
 * of the start-up time of `claimdesk serve`. Where TypeScript runs through a CommonJS require
 * hook (tsx, Playwright) import() of a .ts file fails, so require it there; everywhere else
 * (bundles, vitest) import() it.
 */
function loadRenderers(): Promise<Renderers> {
  if (typeof require === 'function' && require.extensions?.['.ts']) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return Promise.resolve(require('../report/render') as Renderers);
  }
  return import('../report/render');
}

function scopeOf(input: ParsedInput<'reports.export'>): ReportScope {
  const given = [input.articleId !== undefined, input.claimIds !== undefined, input.all === true].filter(Boolean).length;
  if (given !== 1) throw new AppError('validation', 'Say what to report on: exactly one of articleId, claimIds or all: true.');
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
  const scope = scopeOf(input);
  const model = await buildReportModel(ctx.store.db, scope, settings, { generator: `Claimdesk ${ctx.appVersion}`, now: ctx.now() });
  const { renderReport, ReportError } = await loadRenderers();
  let rendered: RenderedReport;
  try {
    rendered = await renderReport(model, input.format, {
      csvDelimiter: input.csvDelimiter,
      csvBom: input.csvBom,
      uiLanguage: settings.uiLanguage ?? 'en',
    });
  } catch (error) {
    if (error instanceof ReportError) throw new AppError('report', error.message, { reason: error.code });
    throw error;
  }
  const name = scope.kind === 'article' ? slug(model.articles[0]?.title ?? 'article') : scope.kind === 'all' ? 'all-claims' : 'selected-claims';
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
