// The fact-check library's part of the contract ("checked before?"): import fact-checks,
// list them, and match a claim against them and against this desk's own reviewed claims.
import { z } from 'zod';
import { claimWithSourcesSchema, idSchema, sourceSchema, stanceSchema } from './domain';
import { method } from './contract-method';
import { EDIT, READ, REVIEW } from './access';


export const factCheckSchema = z.object({
  id: z.number().int(),
  /** 'desk': a claim this desk reviewed; 'import': a fact-check imported from a file. */
  origin: z.enum(['import', 'desk']),
  claimReviewed: z.string(),
  claimant: z.string().nullable(),
  claimDate: z.string().nullable(),
  /** The publisher's rating in its words; for the desk's own claims the reviewer's rating label, if any. */
  ratingName: z.string().nullable(),
  /** The desk's own claims: the verdict as a code, for a reader to name in its language (null for imported fact-checks). */
  ratingCode: z.enum(['verified', 'disputed', 'inconclusive']).nullable(),
  ratingValue: z.number().nullable(),
  bestRating: z.number().nullable(),
  worstRating: z.number().nullable(),
  organisation: z.string().nullable(),
  /** The published review (http(s) only); null for the desk's own claims. */
  url: z.string().nullable(),
  reviewDate: z.string().nullable(),
  language: z.string().nullable(),
  /** The desk's claim, for origin 'desk'. */
  claimId: z.string().nullable(),
  articleId: z.string().nullable(),
});
export type FactCheck = z.infer<typeof factCheckSchema>;

export const factCheckMatchSchema = factCheckSchema.extend({
  /** 0–1; at or above `sameClaimMin` the claim counts as checked before. */
  similarity: z.number(),
  /** Why an otherwise alike fact-check is not the same claim: a changed number, a negation, the opposite direction. */
  conflict: z.enum(['number', 'negation', 'direction']).nullable(),
});
export type FactCheckMatch = z.infer<typeof factCheckMatchSchema>;

export const factCheckImportStatusSchema = z.object({
  jobId: z.string(),
  fileName: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  bytesRead: z.number().int(),
  bytesTotal: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
  /** The first refused rows with their reasons ("row 12: no review URL"). */
  refusedRows: z.array(z.object({ where: z.string(), reason: z.string() })),
  /** Why the file stopped, if it did (rows before it stay imported, each whole). */
  error: z.string().nullable(),
});
export type FactCheckImportStatus = z.infer<typeof factCheckImportStatusSchema>;

export const factchecksContract = {
  'factchecks.import': method(
    () => z.strictObject({
      fileName: z.string().min(1).max(500),
      contentBase64: z.string().max(Math.ceil((20 * 1024 * 1024 * 4) / 3) + 8),
    }),
    () => z.object({ jobId: z.string() }),
    'Starts importing a fact-check file (ClaimReview JSON-LD, a ClaimReview feed, an HTML page with ClaimReview markup, or CSV). Follow it with factchecks.importStatus. The same review URL again updates its fact-check.', EDIT,
  ),
  'factchecks.importStatus': method(
    () => z.strictObject({ jobId: z.string().min(1).max(64) }),
    () => factCheckImportStatusSchema,
    'Progress and outcome of a fact-check import: counts, refused rows with reasons, and why it stopped if it did.', READ,
  ),
  'factchecks.list': method(
    () => z.strictObject({
      origin: z.enum(['import', 'desk']).optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    () => z.object({ total: z.number().int(), items: z.array(factCheckSchema) }),
    'The fact-check library, newest first: imported fact-checks and the claims this desk reviewed.', READ,
  ),
  'factchecks.match': method(
    () => z.union([
      z.strictObject({ claimId: idSchema, limit: z.number().int().min(1).max(20).optional() }),
      z.strictObject({ text: z.string().min(1).max(20_000), language: z.enum(['de', 'en']).optional(), limit: z.number().int().min(1).max(20).optional() }),
    ]),
    () => z.object({ matches: z.array(factCheckMatchSchema), sameClaimMin: z.number() }),
    'The earlier fact-checks most like a claim (or a text), best first, from the library and this desk\'s reviewed claims.', READ,
  ),
  'factchecks.flagClaims': method(
    () => z.strictObject({ articleId: idSchema.optional() }),
    () => z.object({ checked: z.array(z.object({ claimId: z.string(), similarity: z.number() })) }),
    "Finds which claims (of one article, or all) were checked before, keeping the answer for the claims list and the 'checked before' filter.", REVIEW,
  ),
  'factchecks.cite': method(
    () => z.strictObject({ claimId: idSchema, factCheckId: z.number().int().min(1), stance: stanceSchema, expectedVersion: z.number().int().min(1).optional() }),
    () => z.object({ source: sourceSchema, claim: claimWithSourcesSchema }),
    'Cites an earlier fact-check as a source of a claim, with the stance chosen (its review URL, organisation, rating and date go into the source).', REVIEW,
  ),
} as const;
