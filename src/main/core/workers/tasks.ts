// The work that runs in a limited worker thread (see run-task.ts), by name. Each task loads its
// modules on first use, so a worker that only parses never loads pdfkit, and one that only
// renders never loads the HTML parser.
import type { Settings, UiLanguage } from '../../../shared/domain';
import type { ReportFormat, ReportModel, ReportScope } from '../../../shared/report';
import type { DocxArticle } from '../import/docx';
import type { HtmlArticle } from '../import/html';
import type { PdfArticle } from '../import/pdf';
import type { ParseInput, UploadInput } from '../import/parse';
import type { ImportedDocument } from '../import/types';
import type { RenderedReport, RenderOptions } from '../report/render';
import type { NewArticle, PreparedArticle } from '../services/article.service';
import type { DeskRead, DeskScan } from '../services/factcheck.service';
import type { MatchJob, MatchJobResult } from '../services/factcheck.off-thread';
import { loadWhenNeeded } from '../lazy';
import { summariseReport } from '../report/summary';
import { parseJsonBytes } from '../json-body';

export interface Tasks {
  'parse.document': { input: ParseInput; output: ImportedDocument };
  'parse.upload': { input: UploadInput; output: ImportedDocument };
  'parse.docx': { input: Uint8Array; output: DocxArticle };
  'parse.pdf': { input: Uint8Array; output: PdfArticle };
  'parse.html': { input: { html: string; sourceUrl: string | null }; output: HtmlArticle };
  'report.render': { input: { model: ReportModel; format: ReportFormat; options: RenderOptions }; output: RenderedReport };
  'report.buildAndRender': { input: ReportFromStore; output: { model: ReportSummary; rendered: RenderedReport } };
  'article.prepare': { input: NewArticle; output: PreparedArticle };
  'json.parse': { input: Uint8Array; output: unknown };
  'factchecks.match': { input: MatchJob; output: MatchJobResult };
  'factchecks.deskScan': { input: { databasePath: string }; output: DeskScan };
  'factchecks.deskRead': { input: { databasePath: string; claimIds: string[]; organisation: string | null }; output: DeskRead };
}
export type TaskName = keyof Tasks;

/** A report read from the store file itself (through a read-only connection of the worker's own) and rendered. */
export interface ReportFromStore {
  databasePath: string;
  scope: ReportScope;
  settings: Settings;
  meta: { generator: string; now: string; language: UiLanguage };
  format: ReportFormat;
  options: RenderOptions;
}
import type { ReportSummary } from '../report/summary';
export type { ReportSummary };

// Each module loads on first use through loadWhenNeeded (see lazy.ts): the require's path is in a
// variable so that the bundler does not turn it into a static import of the start-up chunk.
/* eslint-disable @typescript-eslint/no-require-imports */
const PATHS = {
  docx: '../import/docx',
  pdf: '../import/pdf',
  html: '../import/html',
  render: '../report/render',
  model: '../report/model',
  database: '../store/database',
  parse: '../import/parse',
  articles: '../services/article.service',
  factchecks: '../services/factcheck.off-thread',
} as const;
const docx = loadWhenNeeded<typeof import('../import/docx')>(() => import('../import/docx'), () => require(PATHS.docx));
const pdf = loadWhenNeeded<typeof import('../import/pdf')>(() => import('../import/pdf'), () => require(PATHS.pdf));
const html = loadWhenNeeded<typeof import('../import/html')>(() => import('../import/html'), () => require(PATHS.html));
const render = loadWhenNeeded<typeof import('../report/render')>(() => import('../report/render'), () => require(PATHS.render));
const model = loadWhenNeeded<typeof import('../report/model')>(() => import('../report/model'), () => require(PATHS.model));
const database = loadWhenNeeded<typeof import('../store/database')>(() => import('../store/database'), () => require(PATHS.database));
const parse = loadWhenNeeded<typeof import('../import/parse')>(() => import('../import/parse'), () => require(PATHS.parse));
const articles = loadWhenNeeded<typeof import('../services/article.service')>(() => import('../services/article.service'), () => require(PATHS.articles));
const factchecks = loadWhenNeeded<typeof import('../services/factcheck.off-thread')>(() => import('../services/factcheck.off-thread'), () => require(PATHS.factchecks));
/* eslint-enable @typescript-eslint/no-require-imports */

export const taskRunners: { [K in TaskName]: (input: Tasks[K]['input']) => Promise<Tasks[K]['output']> } = {
  'parse.document': async (input) => (await parse()).parseStorableDocument(input),
  'parse.upload': async (input) => (await parse()).parseUpload(input),
  'parse.docx': async (bytes) => (await docx()).parseDocxArticleHere(bytes),
  'parse.pdf': async (bytes) => (await pdf()).parsePdfArticleHere(bytes),
  'parse.html': async ({ html: page, sourceUrl }) => (await html()).parseHtmlArticleHere(page, sourceUrl),
  'report.render': async ({ model, format, options }) => (await render()).renderReport(model, format, options),
  'article.prepare': async (input) => (await articles()).prepareArticle(input),
  // A request body of many MB (a 20 MB article through serve): decoding and parsing it take the
  // host's thread for a quarter of a second or more; here they take this worker's.
  'json.parse': async (bytes) => parseJsonBytes(bytes),
  // "Checked before?": the library's search and the comparisons of a batch of claims, read
  // through this worker's own read-only connection; the host writes the answers.
  'factchecks.match': async (job) => (await factchecks()).runMatchJobHere(job),
  // The desk sync's reads: the scan for reviewed claims whose entry is stale, then each chunk's
  // claims analysed into their entries; the host checks them again and writes them.
  'factchecks.deskScan': async (job) => (await factchecks()).runDeskScanHere(job),
  'factchecks.deskRead': async (job) => (await factchecks()).runDeskReadHere(job),
  'report.buildAndRender': async ({ databasePath, scope, settings, meta, format, options }) => {
    // Reading tens of thousands of claims with their sources and history, and shaping them,
    // is most of a large report's time besides rendering: both happen here, off the host.
    const reader = (await database()).openReadOnlyStore(databasePath);
    try {
      const { buildReportModel } = await model();
      const built = await reader.snapshot((db) => buildReportModel(db, scope, settings, meta));
      const rendered = await (await render()).renderReport(built, format, options);
      return { model: summariseReport(built), rendered };
    } finally {
      await reader.close();
    }
  },
};

/** An error as it crosses the thread boundary: enough to rebuild the caller's error type. */
export interface TaskFailure {
  name: string;
  code?: string;
  message: string;
}

