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
import { loadWhenNeeded } from '../lazy';

export interface Tasks {
  'parse.document': { input: ParseInput; output: ImportedDocument };
  'parse.docx': { input: Uint8Array; output: DocxArticle };
  'parse.pdf': { input: Uint8Array; output: PdfArticle };
  'parse.html': { input: { html: string; sourceUrl: string | null }; output: HtmlArticle };
  'report.render': { input: { model: ReportModel; format: ReportFormat; options: RenderOptions }; output: RenderedReport };
  'article.prepare': { input: NewArticle; output: PreparedArticle };
}
export type TaskName = keyof Tasks;

// Each module loads on first use through loadWhenNeeded (see lazy.ts): the require's path is in a
// variable so that the bundler does not turn it into a static import of the start-up chunk.
/* eslint-disable @typescript-eslint/no-require-imports */
const PATHS = {
  docx: '../import/docx',
  pdf: '../import/pdf',
  html: '../import/html',
  render: '../report/render',
  parse: '../import/parse',
  articles: '../services/article.service',
} as const;
const docx = loadWhenNeeded<typeof import('../import/docx')>(() => import('../import/docx'), () => require(PATHS.docx));
const pdf = loadWhenNeeded<typeof import('../import/pdf')>(() => import('../import/pdf'), () => require(PATHS.pdf));
const html = loadWhenNeeded<typeof import('../import/html')>(() => import('../import/html'), () => require(PATHS.html));
const render = loadWhenNeeded<typeof import('../report/render')>(() => import('../report/render'), () => require(PATHS.render));
const parse = loadWhenNeeded<typeof import('../import/parse')>(() => import('../import/parse'), () => require(PATHS.parse));
const articles = loadWhenNeeded<typeof import('../services/article.service')>(() => import('../services/article.service'), () => require(PATHS.articles));
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
