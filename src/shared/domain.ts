// Domain schemas shared by every layer. Zod schemas are the single source of truth:
// the TypeScript types are inferred from them, and the same schemas validate input at
// every boundary (IPC, HTTP, CLI).
import { z } from 'zod';
import { CLAIM_KINDS, CLAIM_TYPES, isHttpUrl, LANGUAGES, LINK_CHECK_RESULTS, STANCES, UI_LANGUAGES, VERDICTS } from './constants';

// The lists themselves live in constants.ts (no zod), where the renderer takes them from.
export { CLAIM_KINDS, CLAIM_TYPES, isHttpUrl, LANGUAGES, STANCES, UI_LANGUAGES, VERDICTS, VERDICTS_NEEDING_SOURCE, LINK_CHECK_RESULTS } from './constants';

export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const claimKindSchema = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof claimKindSchema>;

export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

export const stanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof stanceSchema>;

export const claimTypeSchema = z.enum(CLAIM_TYPES);
export type ClaimType = z.infer<typeof claimTypeSchema>;

export const uiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

const MAX_URL = 2048;
/** Only http(s) URLs are ever stored or opened: no javascript:, data:, file:, relative. */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(MAX_URL)
  .refine(isHttpUrl, { message: 'Must be an absolute http:// or https:// URL' });

/** ISO date (YYYY-MM-DD) or full ISO timestamp. */
export const isoDateSchema = z
  .string()
  .trim()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'Must be an ISO date such as 2025-01-21',
  });

export const idSchema = z.string().min(1).max(64);

/**
 * The local copy of a source (a .warc.gz beside the database). `pending` while it is being taken;
 * `failed` with the reason (offline, 404, refused redirect…) until it is retried; `archived` with
 * what was stored. Fields that do not apply are null (a failed fetch has no hash; an attached file
 * no HTTP status). `sha256` is the SHA-256 (hex) of the stored bytes: the response body as
 * received, or the attached file. A body cut at the size cap is archived with a reason that says so.
 */
export const snapshotStatusSchema = z.enum(['pending', 'archived', 'failed']);
export const sourceSnapshotSchema = z.object({
  status: snapshotStatusSchema,
  sha256: z.string().nullable(),
  retrievedAt: z.string().nullable(),
  httpStatus: z.number().int().nullable(),
  finalUrl: z.string().nullable(),
  contentType: z.string().nullable(),
  bytes: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type SourceSnapshot = z.infer<typeof sourceSnapshotSchema>;

/** What the last link check found at the source's address, compared with its snapshot. */
export const linkCheckResultSchema = z.enum(LINK_CHECK_RESULTS);
export type LinkCheckResult = z.infer<typeof linkCheckResultSchema>;
export const linkCheckSchema = z.object({
  result: linkCheckResultSchema,
  checkedAt: z.string(),
  /** A plain sentence: the new address (moved), the HTTP status (gone), the error. */
  detail: z.string().nullable(),
});
export type LinkCheck = z.infer<typeof linkCheckSchema>;

export const sourceSchema = z.object({
  id: z.string(),
  claimId: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  stance: stanceSchema,
  excerpt: z.string().nullable(),
  archivedUrl: z.string().nullable(),
  accessedAt: z.string().nullable(),
  addedBy: z.string().nullable(),
  addedAt: z.string(),
  /** Null for a source added before snapshots existed (until one is asked for). */
  snapshot: sourceSnapshotSchema.nullable().default(null),
  /** Null until `sources check` has looked at it. */
  linkCheck: linkCheckSchema.nullable().default(null),
});
export type Source = z.infer<typeof sourceSchema>;

export const claimSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  claimant: z.string().nullable(),
  claimantRole: z.string().nullable(),
  /** The claimant (person or organisation across articles) this claim is grouped under; null while unresolved. */
  claimantId: z.string().nullable(),
  kind: claimKindSchema,
  checkworthiness: z.number(),
  checkworthinessReasons: z.array(z.string()),
  claimType: claimTypeSchema,
  verdict: verdictSchema,
  rationale: z.string().nullable(),
  ratingLabel: z.string().nullable(),
  /** Optimistic-concurrency counter: every write must name the version it read. */
  version: z.number().int(),
  reviewer: z.string().nullable(),
  /** 'extracted' by the machine, or 'manual' (added by a person). */
  origin: z.enum(['extracted', 'manual']),
  /** True once a person changed the span, text, claimant or kind. */
  edited: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  reviewedAt: z.string().nullable(),
});
export type Claim = z.infer<typeof claimSchema>;

export const claimWithSourcesSchema = claimSchema.extend({ sources: z.array(sourceSchema) });
export type ClaimWithSources = z.infer<typeof claimWithSourcesSchema>;

export const verdictCountsSchema = z.object({
  unreviewed: z.number().int(),
  verified: z.number().int(),
  disputed: z.number().int(),
  inconclusive: z.number().int(),
});
export type VerdictCounts = z.infer<typeof verdictCountsSchema>;

export const articleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: languageSchema,
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  claimCount: z.number().int(),
  counts: verdictCountsSchema,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = articleSummarySchema.extend({
  text: z.string(),
  contentHash: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

export const articleWithClaimsSchema = articleSchema.extend({
  claims: z.array(claimWithSourcesSchema),
  /** How many claims the article has; with articles.get's claimsLimit, `claims` is one page of them. */
  claimsTotal: z.number().int().optional(),
});
export type ArticleWithClaims = z.infer<typeof articleWithClaimsSchema>;

export const claimEventSchema = z.object({
  id: z.number().int(),
  claimId: z.string(),
  articleId: z.string(),
  at: z.string(),
  actor: z.string().nullable(),
  /** What happened: 'created', 'updated', 'verdict', 'source.added', 'source.updated', 'source.removed', 'deleted', 'restored', 're-extracted'. */
  action: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type ClaimEvent = z.infer<typeof claimEventSchema>;

export const settingsSchema = z.object({
  reviewerName: z.string().nullable(),
  organisationName: z.string().nullable(),
  organisationUrl: z.string().nullable(),
  /** The methodology note of the UI language (kept for clients that know one note only). */
  methodology: z.string().nullable(),
  /** The methodology note per report language; a report in a language without one carries the default note. */
  methodologyNotes: z.object({ en: z.string().nullable(), de: z.string().nullable() }),
  uiLanguage: uiLanguageSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;
