// The verdict report model: built once from the store, rendered to every format.
// The JSON export is this model as is, so its shape is a public promise: extend, don't rename.
import { z } from 'zod';
import { REPORT_FORMATS } from './constants';
import { articleSummarySchema, claimKindSchema, claimTypeSchema, sourceSchema, stanceSchema, uiLanguageSchema, verdictCountsSchema, verdictSchema } from './domain';

export const REPORT_SCHEMA_VERSION = 1;

export { REPORT_FORMATS } from './constants';
export const reportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

export const reportCorrectionSchema = z.object({
  at: z.string(),
  actor: z.string().nullable(),
  fromVerdict: verdictSchema,
  toVerdict: verdictSchema,
  fromRatingLabel: z.string().nullable(),
  toRatingLabel: z.string().nullable(),
  rationale: z.string().nullable(),
});
export type ReportCorrection = z.infer<typeof reportCorrectionSchema>;

/** An imported fact-check that a source of the claim cites (a verdict that relied on an earlier check). */
export const reportEarlierFactCheckSchema = z.object({
  url: z.string(),
  organisation: z.string().nullable(),
  claimReviewed: z.string(),
  ratingName: z.string().nullable(),
  ratingValue: z.number().nullable(),
  bestRating: z.number().nullable(),
  reviewDate: z.string().nullable(),
  /** The stance of the source that cites it. */
  stance: stanceSchema,
});
export type ReportEarlierFactCheck = z.infer<typeof reportEarlierFactCheckSchema>;

export const reportClaimSchema = z.object({
  id: z.string(),
  /** Stable per-claim anchor, used in HTML ids and ClaimReview urls. */
  anchor: z.string(),
  articleId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  claimant: z.string().nullable(),
  claimantRole: z.string().nullable(),
  /**
   * Whether the claimant is a person or a body: the grouped claimant's type, else the claimant
   * string read alone; null without a claimant. Absent in reports made before it was added.
   */
  claimantType: z.enum(['person', 'organisation']).nullable().optional(),
  kind: claimKindSchema,
  checkworthiness: z.number(),
  claimType: claimTypeSchema,
  verdict: verdictSchema,
  ratingLabel: z.string().nullable(),
  rationale: z.string().nullable(),
  reviewer: z.string().nullable(),
  /** When the current verdict was set. */
  reviewedAt: z.string().nullable(),
  /** When the claim first got a verdict other than unreviewed. */
  firstReviewedAt: z.string().nullable(),
  sources: z.array(sourceSchema),
  /** The earlier fact-checks (from the fact-check library) among its sources. */
  earlierFactChecks: z.array(reportEarlierFactCheckSchema),
  /** Verdict changes after the first verdict, oldest first. */
  corrections: z.array(reportCorrectionSchema),
});
export type ReportClaim = z.infer<typeof reportClaimSchema>;

// An article in a report is described as in the article list (the same fields, one definition).
export const reportArticleSchema = articleSummarySchema.pick({ id: true, title: true, url: true, publisher: true, author: true, publishedAt: true, language: true, counts: true }).extend({
  /** Claims with a verdict other than unreviewed, in text order. */
  reviewedClaims: z.array(reportClaimSchema),
  /** Claims still unreviewed, in text order, listed apart. */
  unreviewedClaims: z.array(reportClaimSchema),
});
export type ReportArticle = z.infer<typeof reportArticleSchema>;

export const reportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), articleId: z.string() }),
  z.object({ kind: z.literal('claims'), claimIds: z.array(z.string()) }),
  z.object({ kind: z.literal('all') }),
  /** One claimant's record across articles (claimant reports). */
  z.object({ kind: z.literal('claimant'), claimantId: z.string(), claimantName: z.string(), aliases: z.array(z.string()) }),
]);
export type ReportScope = z.infer<typeof reportScopeSchema>;

export const reportModelSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: z.string(),
  generator: z.string(),
  /** The language the report is written in: its labels, its dates and its methodology note. */
  language: uiLanguageSchema,
  scope: reportScopeSchema,
  organisation: z.object({
    name: z.string().nullable(),
    url: z.string().nullable(),
    /** The methodology note in the report's language: the organisation's own, or the default one. */
    methodology: z.string().nullable(),
  }),
  totals: verdictCountsSchema,
  articles: z.array(reportArticleSchema),
});
export type ReportModel = z.infer<typeof reportModelSchema>;

/**
 * The methodology note a report carries when the organisation has written none in the report's
 * language: what the verdicts mean and how a claim is checked, in that language. A German
 * report never carries an English note, nor the other way round.
 */
export { DEFAULT_METHODOLOGY } from './constants';
