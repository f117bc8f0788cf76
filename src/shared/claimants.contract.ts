// Claimants (people and bodies across articles) and the desk's statistics: their part of the
// contract. The CLI's `claimants` and `stats` --json output is exactly these results.
import { z } from 'zod';
import { idSchema, isoDateSchema, languageSchema, verdictSchema } from './domain';
import { method } from './contract-method';
import { bidiControlProblem } from './bidi';
import { EDIT, READ, REVIEW } from './access';


/**
 * A name a reviewer types: short, one line, no control characters. Bidi controls are refused by
 * name (they reorder how reports show it); the zero-width non-joiner and joiner are letters of
 * Persian and other joining scripts' names (علی‌رضا) and of emoji, and are taken.
 */
export const claimantNameSchema = z
  .string()
  .max(200, 'A claimant name may have at most 200 characters.')
  .check((ctx) => {
    const problem = bidiControlProblem(ctx.value, 'claimant name');
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  })
  .refine((s) => !/(?![\u200C\u200D\u202A-\u202E\u2066-\u2069])[\p{Cc}\p{Cf}\u2028\u2029]/u.test(s), 'A claimant name may not contain control characters.')
  .refine((s) => s.trim().length > 0, 'A claimant name cannot be empty.');
/** A claimant named by its id or by any of its names (the CLI takes either). */
const claimantRef = z
  .string()
  .min(1)
  .max(200, 'A claimant is named by an id or a name of at most 200 characters.')
  .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), 'A claimant reference may not contain control characters.');
const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const verdictRecordSchema = z.object({
  verified: z.number().int(),
  disputed: z.number().int(),
  inconclusive: z.number().int(),
  /** Not reviewed yet. */
  open: z.number().int(),
});
export type VerdictRecord = z.infer<typeof verdictRecordSchema>;

/**
 * The article a claimant first appears in (the earliest by publication date, else import date):
 * what tells two claimants of the same name apart ("Police" of two cities, two John Smiths).
 * Given for claimants that share their name with another (what it is for); null for the others,
 * and when none of its claims is in a live article.
 */
export const claimantFirstSeenSchema = z
  .object({ articleId: z.string(), articleTitle: z.string(), publisher: z.string().nullable(), date: z.string() })
  .nullable();
export type ClaimantFirstSeen = z.infer<typeof claimantFirstSeenSchema>;

export const claimantSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organisation']),
  aliases: z.array(z.string()),
  claims: z.number().int(),
  articles: z.number().int(),
  verdicts: verdictRecordSchema,
  /** Optimistic-concurrency counter: rename, merge, split and undo name the version they read. */
  version: z.number().int(),
  firstSeen: claimantFirstSeenSchema,
});
export type Claimant = z.infer<typeof claimantSchema>;

export const claimantClaimSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  text: z.string(),
  verdict: verdictSchema,
  ratingLabel: z.string().nullable(),
  articleTitle: z.string(),
  /** The article's publication date, else its import date. */
  date: z.string(),
  /** The name this claim gave its claimant ("Merz", "Bundeskanzler Friedrich Merz"). */
  claimant: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type ClaimantClaim = z.infer<typeof claimantClaimSchema>;

export const claimantEventSchema = z.object({
  id: z.number().int(),
  claimantId: z.string(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  undone: z.boolean(),
});
export type ClaimantEvent = z.infer<typeof claimantEventSchema>;

const weekSchema = verdictRecordSchema.extend({ week: z.string() });
export const deskStatsSchema = z.object({
  verdicts: verdictRecordSchema,
  /** Verdicts by the ISO week they were given; open: claims imported that week and still open. */
  perWeek: z.array(weekSchema),
  reviewers: z.array(z.object({ name: z.string(), verdicts: z.number().int() })),
  /** Median hours from an article's import to a claim's verdict; null with no verdicts. */
  medianHoursToVerdict: z.number().nullable(),
  /** Open claims by check-worthiness band: high ≥ 0.7, medium ≥ 0.4, low below. */
  openByCheckworthiness: z.array(z.object({ band: z.enum(['high', 'medium', 'low']), claims: z.number().int() })),
  /** The claimants with the most claims, with their verdict records. */
  topClaimants: z.array(
    z.object({ id: z.string(), name: z.string(), type: z.enum(['person', 'organisation']), claims: z.number().int(), verdicts: verdictRecordSchema, firstSeen: claimantFirstSeenSchema }),
  ),
});
export type DeskStats = z.infer<typeof deskStatsSchema>;

export const claimantsContract = {
  'claimants.list': method(
    () => z.strictObject({
      /** Only claimants whose name or an alias contains this. */
      query: z.string().max(200).optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
      limit: z.number().int().min(1).max(10_000).optional(),
    }),
    () => z.object({
      claimants: z.array(claimantSchema),
      total: z.number().int(),
      /** Claimant names no claimant took (a bare surname two people fit, a role with no name), most claims first. */
      unresolved: z.array(z.object({ name: z.string(), claims: z.number().int() })),
    }),
    'Claimants (people and organisations across articles), most claims first, with aliases and verdict records.', READ,
  ),
  'claimants.get': method(
    () => z.strictObject({ claimant: claimantRef, limit: z.number().int().min(1).max(100_000).optional() }),
    () => z.object({ claimant: claimantSchema, claims: z.array(claimantClaimSchema) }),
    "One claimant (by id, or by any name it was seen under) with its claims across all articles, newest first.", READ,
  ),
  'claimants.rename': method(
    () => z.strictObject({ claimant: claimantRef, name: claimantNameSchema, expectedVersion: version.optional() }),
    () => claimantSchema,
    'Renames a claimant (the new name also becomes an alias). Refused as a conflict if it changed since expectedVersion.', EDIT,
  ),
  'claimants.merge': method(
    () => z.strictObject({ keep: claimantRef, other: claimantRef, keepVersion: version.optional(), otherVersion: version.optional() }),
    () => claimantSchema,
    "Merges OTHER into KEEP: OTHER's claims and aliases move to KEEP. Undo with claimants.undo on KEEP.", EDIT,
  ),
  'claimants.split': method(
    () => z.strictObject({
      claimant: claimantRef,
      /** Aliases whose claims (and the aliases themselves) go to the new claimant. */
      aliases: z.array(z.string().max(300)).max(1000).optional(),
      /** Claims that go to the new claimant. */
      claimIds: z.array(idSchema).max(100_000).optional(),
      name: claimantNameSchema.optional(),
      expectedVersion: version.optional(),
    }),
    () => z.object({ kept: claimantSchema, created: claimantSchema }),
    'Splits claims off a claimant into a new one (by alias or by claim). Undo with claimants.undo on the original.', EDIT,
  ),
  'claimants.assign': method(
    () => z.strictObject({
      /** The claim whose name no claimant took (a bare surname two people fit, a role with no name), or any claim. */
      claimId: idSchema,
      claimant: claimantRef,
      expectedVersion: version.optional(),
    }),
    () => claimantSchema,
    "Links one claim to a claimant by hand (the claim keeps the name it was given; no alias is added, so the same bare name elsewhere is not taken). Undo with claimants.undo on the claimant.",
    REVIEW,
  ),
  'claimants.history': method(() => z.strictObject({ claimant: claimantRef }), () => z.array(claimantEventSchema), 'Every rename, merge, split and undo of a claimant, oldest first.', READ),
  'claimants.undo': method(
    () => z.strictObject({ claimant: claimantRef, expectedVersion: version.optional() }),
    () => claimantSchema,
    "Undoes the claimant's last rename, merge or split that is not undone yet.", EDIT,
  ),
  'stats.desk': method(
    () => z.strictObject({
      from: isoDateSchema.optional(),
      to: isoDateSchema.optional(),
      language: languageSchema.optional(),
      claimantId: idSchema.optional(),
    }),
    () => deskStatsSchema,
    "The desk at a glance: verdicts, verdicts per week, reviewers, median time to verdict, open claims by check-worthiness, most-claimed people. from/to bound the verdict date (open claims: the import date).", READ,
  ),
} as const;
