// Helpers shared by the renderers: errors, URL safety, dates, anchors, claim walking.
import { isHttpUrl, type Language, type UiLanguage, type Verdict } from '../../../../shared/domain';
import type { ReportClaim, ReportModel } from '../../../../shared/report';
import type { ReportLabels } from './labels';

export type ReportErrorCode =
  | 'missing_organisation'
  | 'invalid_organisation_url'
  | 'invalid_model'
  | 'unsupported_format'
  | 'font_unavailable';

export class ReportError extends Error {
  readonly code: ReportErrorCode;
  constructor(code: ReportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReportError';
    this.code = code;
  }
}

/** Order in which verdicts are summarised everywhere. */
export const SUMMARY_VERDICTS: readonly Verdict[] = ['verified', 'disputed', 'inconclusive', 'unreviewed'];

/** The desk report (all) and a claimant's record open with the verdict summary as a chart. */
export const opensWithChart = (model: ReportModel) => model.scope.kind === 'all' || model.scope.kind === 'claimant';

/** The report's title: a claimant's record names the claimant. */
export const reportHeading = (model: ReportModel, labels: ReportLabels) =>
  model.scope.kind === 'claimant' ? labels.claimantReportTitle(model.scope.claimantName) : labels.reportTitle;

/**
 * The URL normalised by the WHATWG parser (spaces, quotes and angle brackets percent-encoded)
 * if it is an absolute http(s) URL; otherwise null, and callers must not link it.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!isHttpUrl(trimmed)) return null;
  return new URL(trimmed).href;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** YYYY-MM-DD of an ISO date or timestamp, as written (no timezone shifting), or null. */
export function isoDatePart(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

export interface DateFormatter {
  /** "21 January 2025" / "21. Januar 2025"; unparseable input is returned as written. */
  date(value: string): string;
  /** Date and time in UTC, e.g. "21 January 2025, 10:04 UTC". */
  dateTime(value: string): string;
}

const formatterCache = new Map<string, DateFormatter>();

export function dateFormatter(labels: ReportLabels): DateFormatter {
  const cached = formatterCache.get(labels.locale);
  if (cached) return cached;
  const dateFmt = new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long', timeZone: 'UTC' });
  const timeFmt = new Intl.DateTimeFormat(labels.locale, { timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });
  const dates = new Map<string, string>();
  const fmt: DateFormatter = {
    date(value) {
      const part = isoDatePart(value);
      if (!part) return value;
      let out = dates.get(part);
      if (out === undefined) {
        out = dateFmt.format(new Date(`${part}T00:00:00Z`));
        if (dates.size < 10_000) dates.set(part, out);
      }
      return out;
    },
    dateTime(value) {
      const t = Date.parse(value);
      if (Number.isNaN(t)) return value;
      // A bare date has no time worth printing.
      if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return dateFmt.format(new Date(t));
      const d = new Date(t);
      return `${dateFmt.format(d)}, ${timeFmt.format(d)} UTC`;
    },
  };
  formatterCache.set(labels.locale, fmt);
  return fmt;
}

/**
 * Per-claim anchors, unique within the report and safe in an HTML id and a URL fragment.
 * The model's anchor is used as is when it is already safe and unique (the normal case);
 * otherwise it is reduced to [A-Za-z0-9_-] and suffixed with -2, -3, ... in report order.
 */
export function claimAnchors(model: ReportModel): Map<string, string> {
  const byClaim = new Map<string, string>();
  const used = new Set<string>();
  for (const claim of allClaims(model)) {
    let base = claim.anchor.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
    if (base === '') base = `claim-${claim.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
    if (!/^[A-Za-z]/.test(base)) base = `c-${base}`;
    let anchor = base;
    for (let i = 2; used.has(anchor); i++) anchor = `${base}-${i}`;
    used.add(anchor);
    byClaim.set(claim.id, anchor);
  }
  return byClaim;
}

/** Every claim of the report, article by article, reviewed before unreviewed. */
export function* allClaims(model: ReportModel): Generator<ReportClaim> {
  for (const article of model.articles) {
    yield* article.reviewedClaims;
    yield* article.unreviewedClaims;
  }
}

export function countAll(counts: Record<Verdict, number>): number {
  return counts.verified + counts.disputed + counts.inconclusive + counts.unreviewed;
}

/** "Jane Doe (Minister of Health)", the role alone, or null. */
/** Who makes the claim, as the report shows it: the named claimant, the article itself, or nobody known. */
export function claimantShown(claim: Pick<ReportClaim, 'claimant' | 'claimantRole' | 'kind'>, labels: { claimantUnknown: string; claimantOwnVoice: string }): string {
  return claimantText(claim) ?? (claim.kind === 'statement' ? labels.claimantOwnVoice : labels.claimantUnknown);
}

export function claimantText(claim: Pick<ReportClaim, 'claimant' | 'claimantRole'>): string | null {
  const name = claim.claimant?.trim() || null;
  const role = claim.claimantRole?.trim() || null;
  // "Officials (Officials)": a role the name already says is printed once.
  if (name && role && !name.toLocaleLowerCase().includes(role.toLocaleLowerCase())) return `${name} (${role})`;
  return name ?? role;
}

export function nonEmpty(value: string | null | undefined): string | null {
  if (value == null) return null;
  return value.trim() === '' ? null : value;
}

/** Warnings shared by the reader-facing formats (md, html, pdf). */
export function documentWarnings(model: ReportModel): string[] {
  const warnings: string[] = [];
  if (!nonEmpty(model.organisation.name)) {
    warnings.push('The organisation name is not set (Settings → Organisation); the report header shows no organisation.');
  }
  return warnings;
}

export function resolveUiLanguage(language: UiLanguage | undefined): UiLanguage {
  return language === 'de' ? 'de' : 'en';
}

const QUOTE_MARKS: Record<Language, readonly [string, string]> = { de: ['\u201E', '\u201C'], en: ['\u201C', '\u201D'] };

const DOUBLE_MARKS = /["„“”«»]/gu;

/**
 * Double quotation marks in `text` that open a quotation no mark in it closes (+1 each), or
 * close one no mark in it opened (-1 each). A mark opens when it follows a space, the start, a
 * bracket, a dash, a comma, a colon or an equals sign ('"Stop","Go"', '=F("a","b")') and precedes
 * no space; it closes otherwise. That holds for „…“, “…”, «…», »…« and "…".
 */
function unbalanced(text: string): { opens: number; closes: number } {
  let depth = 0;
  let closes = 0;
  for (const m of text.matchAll(DOUBLE_MARKS)) {
    const i = m.index;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 1] ?? ' ';
    const opening = /[\s([—–\-,;:=]/u.test(before) && !/\s/u.test(after);
    if (opening) depth++;
    else if (depth > 0) depth--;
    else closes++;
  }
  return { opens: depth, closes };
}

/**
 * A claim's text as the report quotes it. The article's own statements stand as written (they
 * are no one's words to quote); other claims go in the quotation marks of their language, „…“
 * or “…”, unless they bring their own. A quotation that one claim opens and the next closes
 * prints with the missing mark added on each side, so every claim reads balanced.
 */
export function quotedClaim(text: string, kind: ReportClaim['kind'], language: Language): string {
  const [open, close] = QUOTE_MARKS[language] ?? QUOTE_MARKS.en;
  const { opens, closes } = unbalanced(text.trim());
  const balanced = `${open.repeat(closes)}${text.trim()}${close.repeat(opens)}`;
  if (kind === 'statement') return balanced;
  return quoted(balanced, language);
}

/** The text in the quotation marks of its own language: „…“ for German, “…” for English. */
export function quoted(text: string, language: Language): string {
  const [open, close] = QUOTE_MARKS[language] ?? QUOTE_MARKS.en;
  const trimmed = text.trim();
  // A claim that opens with its own quotation mark (a direct quote with its attribution) is
  // shown as it stands: another pair around it would read „„Wir … “, so Putin.“
  if (/^["„“”«»‚‘’'‹›]/.test(trimmed)) return trimmed;
  return `${open}${trimmed}${close}`;
}

/** Text for a one-line context (a label, a name, a title): line breaks and runs of spaces become one space. */
export function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Correctiv: „…“, rated Falsch (11 Feb 2024), Refutes": the same words in every format. */
export function earlierFactCheckLine(f: ReportClaim['earlierFactChecks'][number], labels: ReportLabels, fmt: DateFormatter, language: Language): string {
  const rating = f.ratingName ?? (f.ratingValue !== null ? `${f.ratingValue}/${f.bestRating ?? 5}` : null);
  return `${f.organisation ?? ''}${f.organisation ? ': ' : ''}${quoted(f.claimReviewed, language)}${rating ? `, ${labels.ratedAs} ${rating}` : ''}${f.reviewDate ? ` (${fmt.date(f.reviewDate)})` : ''}, ${labels.stances[f.stance]}`;
}

