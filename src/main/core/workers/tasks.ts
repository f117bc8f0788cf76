// The work that runs in a limited worker thread (see run-task.ts), by name. Each task loads its
// modules on first use, so a worker that only parses never loads pdfkit, and one that only
// renders never loads jsdom.
import type { ReportFormat, ReportModel } from '../../../shared/report';
import type { DocxArticle } from '../import/docx';
import type { HtmlArticle } from '../import/html';
import type { PdfArticle } from '../import/pdf';
import type { ParseInput } from '../import/parse';
import type { ImportedDocument } from '../import/types';
import type { RenderedReport, RenderOptions } from '../report/render';
import type { NewArticle, PreparedArticle } from '../services/article.service';

export interface Tasks {
  'parse.document': { input: ParseInput; output: ImportedDocument };
  'parse.docx': { input: Uint8Array; output: DocxArticle };
  'parse.pdf': { input: Uint8Array; output: PdfArticle };
  'parse.html': { input: { html: string; sourceUrl: string | null }; output: HtmlArticle };
  'report.render': { input: { model: ReportModel; format: ReportFormat; options: RenderOptions }; output: RenderedReport };
  'article.prepare': { input: NewArticle; output: PreparedArticle };
}
export type TaskName = keyof Tasks;

/**
 * Where TypeScript runs through a CommonJS require hook (tsx: the claimdesk command, and the
 * worker itself there) import() of a .ts file fails, so require it there; elsewhere import() it.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const hooked = (): boolean => typeof require === 'function' && Boolean(require.extensions?.['.ts']);
const docx = (): Promise<typeof import('../import/docx')> => (hooked() ? Promise.resolve(require('../import/docx')) : import('../import/docx'));
const pdf = (): Promise<typeof import('../import/pdf')> => (hooked() ? Promise.resolve(require('../import/pdf')) : import('../import/pdf'));
const html = (): Promise<typeof import('../import/html')> => (hooked() ? Promise.resolve(require('../import/html')) : import('../import/html'));
const render = (): Promise<typeof import('../report/render')> => (hooked() ? Promise.resolve(require('../report/render')) : import('../report/render'));
const parse = (): Promise<typeof import('../import/parse')> => (hooked() ? Promise.resolve(require('../import/parse')) : import('../import/parse'));
const articles = (): Promise<typeof import('../services/article.service')> =>
  hooked() ? Promise.resolve(require('../services/article.service')) : import('../services/article.service');
/* eslint-enable @typescript-eslint/no-require-imports */

export const taskRunners: { [K in TaskName]: (input: Tasks[K]['input']) => Promise<Tasks[K]['output']> } = {
  'parse.document': async (input) => (await parse()).parseDocument(input),
  'parse.docx': async (bytes) => (await docx()).parseDocxArticleHere(bytes),
  'parse.pdf': async (bytes) => (await pdf()).parsePdfArticleHere(bytes),
  'parse.html': async ({ html: page, sourceUrl }) => (await html()).parseHtmlArticleHere(page, sourceUrl),
  'report.render': async ({ model, format, options }) => (await render()).renderReport(model, format, options),
  'article.prepare': async (input) => (await articles()).prepareArticle(input),
};

/** An error as it crosses the thread boundary: enough to rebuild the caller's error type. */
export interface TaskFailure {
  name: string;
  code?: string;
  message: string;
}
