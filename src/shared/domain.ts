// Domain schemas shared by every layer. Zod schemas are the single source of truth:
// the TypeScript types are inferred from them, and the same schemas validate input at
// every boundary (IPC, HTTP, CLI).
import { z } from 'zod';

export const LANGUAGES = ['de', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const CLAIM_KINDS = ['statement', 'reported', 'quote'] as const;
export const claimKindSchema = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof claimKindSchema>;

export const VERDICTS = ['unreviewed', 'verified', 'disputed', 'inconclusive'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;
/** Verdicts that assert something about the claim and so must cite evidence. */
export const VERDICTS_NEEDING_SOURCE: readonly Verdict[] = ['verified', 'disputed'];

export const STANCES = ['supports', 'refutes', 'context'] as const;
export const stanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof stanceSchema>;

/** Full Fact's claim types. */
export const CLAIM_TYPES = [
  'quantity',
  'correlation_causation',
  'prediction',
  'law_rule',
  'personal_experience',
  'other',
] as const;
export const claimTypeSchema = z.enum(CLAIM_TYPES);
export type ClaimType = z.infer<typeof claimTypeSchema>;

export const UI_LANGUAGES = ['en', 'de'] as const;
export const uiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

const MAX_URL = 2048;
/** Only http(s) URLs are ever stored or opened: no javascript:, data:, file:, relative. */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(MAX_URL)
  .refine(isHttpUrl, { message: 'Must be an absolute http:// or https:// URL' });

export function isHttpUrl(value: string): boolean {
  // The URL parser quietly repairs malformed input (http:///x, http:example.org, backslashes,
  // control characters); the text is stored as typed, so it must already be well formed.
  if (!/^https?:\/\/[^/\\]/i.test(value) || /[\\\u0000-\u001f\u007f\s]/.test(value)) return false;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
}

/** ISO date (YYYY-MM-DD) or full ISO timestamp. */
export const isoDateSchema = z
  .string()
  .trim()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'Must be an ISO date such as 2025-01-21',
  });

export const idSchema = z.string().min(1).max(64);

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
  methodology: z.string().nullable(),
  uiLanguage: uiLanguageSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;
