// CSV: one row per claim (reviewed and unreviewed), every field, header row. Written with
// csv-stringify (RFC 4180 quoting, CRLF records). Null becomes an empty cell. Options: `;` as
// delimiter and a UTF-8 BOM, which is what German Excel needs to open the file correctly.
import { stringify } from 'csv-stringify/sync';
import type { ReportArticle, ReportClaim, ReportModel } from '../../../../shared/report';

export const CSV_COLUMNS = [
  'article_id',
  'article_title',
  'article_url',
  'article_publisher',
  'article_published_at',
  'claim_id',
  'anchor',
  'start',
  'end',
  'text',
  'claimant',
  'claimant_role',
  'kind',
  'checkworthiness',
  'claim_type',
  'verdict',
  'rating_label',
  'rationale',
  'reviewer',
  'reviewed_at',
  'first_reviewed_at',
  'source_count',
  'source_urls',
  'sources_json',
  'corrections_count',
  'corrections_json',
  'earlier_factchecks_json',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Separator of the URLs in `source_urls`. URLs are WHATWG-normalised on input, so they hold no spaces. */
export const CSV_URL_SEPARATOR = ' | ';

export interface CsvOptions {
  delimiter: ',' | ';';
  bom: boolean;
  /**
   * Prefix every text cell that starts with = + - @ TAB or CR with an apostrophe so spreadsheet
   * programs do not evaluate it as a formula (OWASP "CSV injection"). On for every export: a CSV
   * is opened in Excel or LibreOffice far more often than it is parsed, and a claim that quotes
   * `=HYPERLINK(…)` must not become a live link. It alters such cells ("-5 % in May" becomes
   * "'-5 % in May"); number columns stay numbers and the JSON report stays exact. Off only for
   * callers that want the raw text (none in the app today).
   */
  formulaGuard: boolean;
}

function claimRow(article: ReportArticle, claim: ReportClaim): Record<CsvColumn, string | number | null> {
  return {
    article_id: article.id,
    article_title: article.title,
    article_url: article.url,
    article_publisher: article.publisher,
    article_published_at: article.publishedAt,
    claim_id: claim.id,
    anchor: claim.anchor,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    claimant: claim.claimant,
    claimant_role: claim.claimantRole,
    kind: claim.kind,
    checkworthiness: claim.checkworthiness,
    claim_type: claim.claimType,
    verdict: claim.verdict,
    rating_label: claim.ratingLabel,
    rationale: claim.rationale,
    reviewer: claim.reviewer,
    reviewed_at: claim.reviewedAt,
    first_reviewed_at: claim.firstReviewedAt,
    source_count: claim.sources.length,
    source_urls: claim.sources.map((s) => s.url).join(CSV_URL_SEPARATOR),
    sources_json: JSON.stringify(
      claim.sources.map((s) => ({
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        stance: s.stance,
        archivedUrl: s.archivedUrl,
        accessedAt: s.accessedAt,
        excerpt: s.excerpt,
      })),
    ),
    corrections_count: claim.corrections.length,
    corrections_json: JSON.stringify(claim.corrections),
    earlier_factchecks_json: JSON.stringify(claim.earlierFactChecks),
  };
}

/** Characters a spreadsheet reads as the start of a formula (OWASP's list). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it, never run it: an apostrophe before a formula start. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function renderCsv(model: ReportModel, options: CsvOptions): string {
  const rows: Record<string, string | number | null>[] = [];
  for (const article of model.articles) {
    for (const claim of [...article.reviewedClaims, ...article.unreviewedClaims]) {
      const row: Record<string, string | number | null> = claimRow(article, claim);
      if (options.formulaGuard) {
        for (const col of CSV_COLUMNS) {
          const value = row[col];
          if (typeof value === 'string') row[col] = neutraliseFormula(value);
        }
      }
      rows.push(row);
    }
  }
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    delimiter: options.delimiter,
    bom: options.bom,
    record_delimiter: 'windows',
    quoted_match: null,
    cast: { number: (n) => String(n) },
  });
}
