// From what fact-checkers publish to one checked record, or a reason it was refused.
// Shapes read: schema.org ClaimReview (JSON-LD: single objects, arrays, @graph, feeds such as
// DataCommons' DataFeed with dataFeedElement[].item[]), Google Fact Check Tools'
// claims[].claimReview[], and CSV rows with the documented header (FACTCHECK_CSV_COLUMNS).
import { isHttpUrl } from '../../../shared/domain';
import { detectLanguage } from '../extraction/language';

export interface FactCheckRecord {
  url: string;
  claimReviewed: string;
  claimant: string | null;
  claimDate: string | null;
  ratingName: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  organisation: string | null;
  reviewDate: string | null;
  language: string | null;
}

export type RecordResult = { ok: true; record: FactCheckRecord } | { ok: false; reason: string };

/** Longer than this is not a claim but a document: refused, not cut. */
export const MAX_CLAIM_CHARS = 5000;
const MAX_SHORT = 500;

/** The CSV header, in this order; claim_reviewed, url and one of rating_name / rating_value are required. */
export const FACTCHECK_CSV_COLUMNS = [
  'claim_reviewed',
  'claimant',
  'claim_date',
  'rating_name',
  'rating_value',
  'best_rating',
  'worst_rating',
  'organisation',
  'url',
  'review_date',
  'language',
] as const;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: Json): Json => (Array.isArray(v) ? v[0] : v);

/** Plain text from whatever a field holds: strings and numbers as text, control characters gone, space collapsed. */
function text(v: Json): string | null {
  const value = first(v);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
  return cleaned || null;
}

const short = (v: string | null) => (v && v.length > MAX_SHORT ? `${v.slice(0, MAX_SHORT - 1)}…` : v);

function nameOf(v: Json): string | null {
  const value = first(v);
  if (isObject(value)) return text(value.name) ?? text(value.alternateName) ?? text(value.legalName);
  return text(value);
}

/** A number, or a number written as text ("5", "4,5"); anything else is null. */
export function numberOf(v: Json): number | null {
  const value = first(v);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** An ISO date (YYYY-MM-DD) from the usual date and timestamp forms; null when it is none. */
export function dateOf(v: Json): string | null {
  const value = text(v);
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return Number.isNaN(Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}`)) ? null : `${iso[1]}-${iso[2]}-${iso[3]}`;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (german) return dateOf(`${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

function languageOf(v: Json): string | null {
  const value = first(v);
  const raw = isObject(value) ? text(value.alternateName) ?? text(value.name) : text(value);
  if (!raw) return null;
  const lower = raw.toLowerCase();
  if (lower === 'german' || lower === 'deutsch') return 'de';
  if (lower === 'english' || lower === 'englisch') return 'en';
  const code = /^([a-z]{2})(?:[-_].*)?$/.exec(lower);
  return code ? code[1]! : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The checks every record passes, whatever it was read from. */
export function checkRecord(fields: Partial<Record<keyof FactCheckRecord, Json>>): RecordResult {
  const claimReviewed = text(fields.claimReviewed);
  if (!claimReviewed) return { ok: false, reason: 'no claim text (claimReviewed is missing or empty)' };
  if (claimReviewed.length > MAX_CLAIM_CHARS) {
    return { ok: false, reason: `the claim text is ${claimReviewed.length.toLocaleString('en')} characters long; at most ${MAX_CLAIM_CHARS.toLocaleString('en')} are accepted` };
  }
  const url = text(fields.url);
  if (!url) return { ok: false, reason: 'no review URL (url is missing)' };
  if (url.length > 2048 || !isHttpUrl(url)) return { ok: false, reason: `the review URL is not an http(s) link: ${url.slice(0, 80)}` };
  const ratingName = short(text(fields.ratingName));
  const ratingValue = numberOf(fields.ratingValue);
  if (!ratingName && ratingValue === null) return { ok: false, reason: 'no rating (neither a rating name nor a numeric rating value)' };
  return {
    ok: true,
    record: {
      url,
      claimReviewed,
      claimant: short(text(fields.claimant)),
      claimDate: dateOf(fields.claimDate),
      ratingName,
      ratingValue,
      bestRating: numberOf(fields.bestRating),
      worstRating: numberOf(fields.worstRating),
      organisation: short(text(fields.organisation)) ?? hostOf(url),
      reviewDate: dateOf(fields.reviewDate),
      language: languageOf(fields.language) ?? detectLanguage(claimReviewed),
    },
  };
}

function typesOf(v: Record<string, Json>): string[] {
  const t = v['@type'] ?? v.type;
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

export function isClaimReview(v: Json): v is Record<string, Json> {
  return isObject(v) && typesOf(v).includes('ClaimReview');
}

/** A schema.org ClaimReview object. */
export function fromClaimReview(review: Record<string, Json>): RecordResult {
  const item = first(review.itemReviewed);
  const claim = isObject(item) ? item : {};
  const rating = first(review.reviewRating);
  const r = isObject(rating) ? rating : {};
  const appearance = first(claim.appearance ?? claim.firstAppearance);
  return checkRecord({
    claimReviewed: review.claimReviewed ?? claim.text ?? claim.name,
    url: review.url ?? review['@id'],
    claimant: nameOf(claim.author),
    claimDate: claim.datePublished ?? claim.dateCreated ?? (isObject(appearance) ? appearance.datePublished : undefined),
    ratingName: r.alternateName ?? r.name ?? (typeof rating === 'string' ? rating : undefined),
    ratingValue: r.ratingValue,
    bestRating: r.bestRating,
    worstRating: r.worstRating,
    organisation: nameOf(review.author) ?? nameOf(review.publisher),
    reviewDate: review.datePublished ?? review.dateCreated ?? review.dateModified,
    language: review.inLanguage ?? claim.inLanguage,
  });
}

/** One claimReview of a Google Fact Check Tools claim (claims[].claimReview[]). */
export function fromGoogleClaim(claim: Record<string, Json>, review: Record<string, Json>): RecordResult {
  return checkRecord({
    claimReviewed: claim.text,
    url: review.url,
    claimant: claim.claimant,
    claimDate: claim.claimDate,
    ratingName: review.textualRating,
    ratingValue: undefined,
    organisation: nameOf(review.publisher) ?? (isObject(review.publisher) ? review.publisher.site : undefined),
    reviewDate: review.reviewDate,
    language: review.languageCode,
  });
}

/** One CSV row, keyed by the header's column names. */
export function fromCsvRow(row: Record<string, string | undefined>): RecordResult {
  return checkRecord({
    claimReviewed: row.claim_reviewed,
    url: row.url,
    claimant: row.claimant,
    claimDate: row.claim_date,
    ratingName: row.rating_name,
    ratingValue: row.rating_value,
    bestRating: row.best_rating,
    worstRating: row.worst_rating,
    organisation: row.organisation,
    reviewDate: row.review_date,
    language: row.language,
  });
}

const MAX_DEPTH = 32;

/**
 * Every fact-check in a parsed JSON value, wherever it sits (arrays, @graph, feeds, nested
 * items). A value with none yields one refusal naming what it was.
 */
export function* recordsIn(value: Json, depth = 0): Generator<RecordResult> {
  let found = false;
  for (const result of walk(value, depth)) {
    found = true;
    yield result;
  }
  if (!found) {
    const type = isObject(value) ? typesOf(value)[0] : undefined;
    yield { ok: false, reason: type ? `not a ClaimReview (its @type is ${type.slice(0, 60)})` : 'no ClaimReview in it' };
  }
}

function* walk(value: Json, depth: number): Generator<RecordResult> {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const v of value) yield* walk(v, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (isClaimReview(value)) {
    yield fromClaimReview(value);
    return;
  }
  yield* walkObject(value, depth);
}

function* walkObject(value: Record<string, Json>, depth: number): Generator<RecordResult> {
  if (Array.isArray(value.claimReview) && (typeof value.text === 'string' || 'claimant' in value)) {
    for (const review of value.claimReview) {
      yield isObject(review) ? fromGoogleClaim(value, review) : { ok: false, reason: 'a claimReview entry that is not an object' };
    }
    return;
  }
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (typeof child === 'object' && child !== null) yield* walk(child, depth + 1);
  }
}
