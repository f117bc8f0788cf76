// Sources that last: snapshots (a local WARC copy of each source), the text stored in them, and
// link checks. The `snapshot` and `linkCheck` fields of a source are in domain.ts.
import { z } from 'zod';
import { idSchema, linkCheckResultSchema, sourceSchema, sourceSnapshotSchema } from './domain';
import { method } from './contract-method';
import { EDIT, READ, REVIEW } from './access';


export const linkCheckEntrySchema = z.object({
  sourceId: z.string(),
  url: z.string(),
  result: linkCheckResultSchema,
  checkedAt: z.string(),
  /** A plain sentence: the new address, the status, the error. */
  detail: z.string().nullable(),
  /** For `changed`: what changed in the readable text, as a unified diff (capped); else null. */
  diff: z.string().nullable(),
});
export type LinkCheckEntry = z.infer<typeof linkCheckEntrySchema>;

/** One line of a text diff: added, removed, unchanged context, or a gap between changes. */
export const diffLineSchema = z.object({ kind: z.enum(['added', 'removed', 'same', 'gap']), text: z.string() });
export type DiffLine = z.infer<typeof diffLineSchema>;

export const sourcesContract = {
  'sources.snapshot': method(
    () => z
      .strictObject({
        id: idSchema.optional(),
        /** Every source whose snapshot failed (with `missing`, also those never taken or left pending). */
        failed: z.literal(true).optional(),
        missing: z.boolean().optional(),
      })
      .refine((v) => (v.id === undefined) !== (v.failed === undefined), { message: 'Give either id or failed: true.' }),
    () => z.object({ sources: z.array(sourceSchema) }),
    'Takes the snapshot again now (retry on demand) and waits until the copy is archived (its readable text follows in the background): one source, or every failed one.', REVIEW,
  ),
  'sources.attachSnapshot': method(
    () => z.strictObject({ id: idSchema, fileName: z.string().min(1).max(500), contentBase64: z.string().max(Math.ceil((20 * 1024 * 1024 * 4) / 3) + 8) }),
    () => z.object({ source: sourceSchema }),
    "Makes a file (PDF, screenshot, saved page) the source's snapshot, in place of a fetched copy.", REVIEW,
  ),
  'sources.snapshotText': method(
    () => z.strictObject({ id: idSchema }),
    () => z.object({
      /** The readable text stored with the snapshot (plain text, never HTML); null when it has none (an image). */
      text: z.string().nullable(),
      excerpt: z.string().nullable(),
      /** Whether the source's excerpt occurs in the text; null without an excerpt. */
      excerptFound: z.boolean().nullable(),
      /** Where it occurs (UTF-16 offsets into text). */
      excerptStart: z.number().int().nullable(),
      excerptEnd: z.number().int().nullable(),
      snapshot: sourceSnapshotSchema,
    }),
    "The text of a source's snapshot, with its excerpt located in it.", READ,
  ),
  'sources.diff': method(
    () => z.strictObject({ id: idSchema }),
    () => z.object({
      result: linkCheckResultSchema,
      checkedAt: z.string(),
      detail: z.string().nullable(),
      /** What the last check found changed in the readable text (snapshot → now), line by line; empty when nothing did. Plain text, never HTML. */
      lines: z.array(diffLineSchema),
    }),
    "What changed in a source's readable text between its snapshot and the last link check.", READ,
  ),
  'sources.check': method(
    () => z.strictObject({ ids: z.array(idSchema).max(100_000).optional() }),
    () => z.object({ sources: z.array(linkCheckEntrySchema) }),
    'Fetches every source again (at most 2 requests per second to one host) and says whether it is unchanged, changed, moved, gone or failed; stores the results.', EDIT,
  ),
};
