// Report rendering: a ReportModel (built elsewhere from the store) to the bytes of one export
// format. Pure: no store, no network, no clock (dates come from the model).
import type { UiLanguage } from '../../../../shared/domain';
import { REPORT_FORMATS, type ReportFormat, type ReportModel } from '../../../../shared/report';
import { renderClaimReview } from './claimreview';
import { ReportError, documentWarnings, resolveUiLanguage } from './common';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson } from './json';
import { labelsFor } from './labels';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';

export { ReportError, type ReportErrorCode } from './common';
export { CLAIMREVIEW_RATINGS, CLAIMREVIEWED_RECOMMENDED_MAX } from './claimreview';
export { CSV_COLUMNS, CSV_URL_SEPARATOR, FORMULA_START, neutraliseFormula, type CsvColumn } from './csv';
export { HTML_CSP, escapeHtml } from './html';
export { REPORT_LABELS, labelsFor, type ReportLabels } from './labels';
export { escapeMarkdownInline } from './markdown';

export interface RenderOptions {
  /** CSV field delimiter; ';' for German Excel. Default ','. */
  csvDelimiter?: ',' | ';';
  /** Start the CSV with a UTF-8 byte order mark (Excel needs it to detect UTF-8). Default false. */
  csvBom?: boolean;
  /**
   * Prefix CSV text cells starting with = + - @ TAB or CR with an apostrophe so spreadsheets do
   * not run them as formulas (CSV injection). Default true; false gives the raw text.
   */
  csvFormulaGuard?: boolean;
  /** Language of the labels in md, html and pdf. Default the model's language. */
  uiLanguage?: UiLanguage;
}

export interface RenderedReport {
  /** Text formats as a string (UTF-8 when written), PDF as bytes. */
  body: Uint8Array | string;
  mimeType: string;
  /** File extension without the dot. */
  extension: string;
  /** Things the user should know about the export (it was still produced). */
  warnings?: string[];
}

export async function renderReport(model: ReportModel, format: ReportFormat, options: RenderOptions = {}): Promise<RenderedReport> {
  const labels = labelsFor(resolveUiLanguage(options.uiLanguage ?? model.language));
  switch (format) {
    case 'md':
      return withWarnings(
        { body: renderMarkdown(model, labels), mimeType: 'text/markdown; charset=utf-8', extension: 'md' },
        documentWarnings(model),
      );
    case 'html':
      return withWarnings(
        { body: renderHtml(model, labels), mimeType: 'text/html; charset=utf-8', extension: 'html' },
        documentWarnings(model),
      );
    case 'pdf': {
      const pdf = await renderPdf(model, labels);
      return withWarnings({ body: pdf.bytes, mimeType: 'application/pdf', extension: 'pdf' }, [
        ...documentWarnings(model),
        ...pdf.warnings,
      ]);
    }
    case 'csv':
      return {
        body: renderCsv(model, {
          delimiter: options.csvDelimiter ?? ',',
          bom: options.csvBom ?? false,
          formulaGuard: options.csvFormulaGuard ?? true,
        }),
        mimeType: 'text/csv; charset=utf-8',
        extension: 'csv',
      };
    case 'json':
      return { body: renderJson(model), mimeType: 'application/json', extension: 'json' };
    case 'claimreview': {
      const result = renderClaimReview(model);
      return withWarnings({ body: result.json, mimeType: 'application/ld+json', extension: 'jsonld' }, result.warnings);
    }
    default: {
      const unknown: never = format;
      throw new ReportError('unsupported_format', `Unknown report format "${String(unknown)}"; expected one of ${REPORT_FORMATS.join(', ')}.`);
    }
  }
}

function withWarnings(report: RenderedReport, warnings: string[]): RenderedReport {
  return warnings.length > 0 ? { ...report, warnings } : report;
}
