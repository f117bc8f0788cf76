// The one API contract. Every operation the UI, the serve host and the CLI can perform is
// declared here once: its name, its input schema and its result schema. Electron IPC,
// `POST /api/<method>` and the CLI all dispatch through it. Method names and fields are a
// public promise (people script against them): extend, never rename.
import { z } from 'zod';
import {
  articleSummarySchema,
  articleWithClaimsSchema,
  claimEventSchema,
  claimKindSchema,
  claimSchema,
  claimWithSourcesSchema,
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  languageSchema,
  linkCheckResultSchema,
  settingsSchema,
  sourceSchema,
  stanceSchema,
  uiLanguageSchema,
  verdictSchema,
} from './domain';
import { TRASH_DAYS } from './constants';
import { reportFormatSchema } from './report';
import { method } from './contract-method';
import { bidiControlCodePoint, bidiControlProblem } from './bidi';
import { ADMIN, EDIT, PUBLISH, READ, REVIEW } from './access';

import { factchecksContract } from './factchecks.contract';
import { sourcesContract } from './sources.contract';
import { claimantsContract } from './claimants.contract';

/** Where a page of claims starts: after this claim in text order. */
const claimCursorSchema = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0), id: idSchema });

/** Articles can be long, but not unbounded: 20 million UTF-16 units (about 20 MB of text). */
export const MAX_ARTICLE_CHARS = 20_000_000;
/**
 * The longest article text that is stored (after normalisation): about 300,000 words, several
 * books, far above any article or transcript. Longer texts are refused with a reason, since
 * their tens of thousands of claims would make the workspace and reports unusable.
 */
export const MAX_STORED_ARTICLE_CHARS = 2_000_000;
const shortText = (max = 500) => z.string().max(max);
/** A name printed beside others in reports (reviewer, organisation): no bidi controls, refused with the reason. */
const nameText = (max: number, what: string) =>
  shortText(max).check((ctx) => {
    const problem = bidiControlProblem(ctx.value, what);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, params: { reason: 'bidi_control', character: bidiControlCodePoint(ctx.value) } });
  });
/**
 * An article's text as a client sends it: refused far over the limit with the same plain reason
 * articles.create gives a text over MAX_STORED_ARTICLE_CHARS (a 50 MB paste got zod's wording).
 */
const articleText = () =>
  z.string().max(MAX_ARTICLE_CHARS, {
    error: (issue) =>
      `The article is ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('en') : `over ${MAX_ARTICLE_CHARS.toLocaleString('en')}`} characters long; an article may have at most ${MAX_STORED_ARTICLE_CHARS.toLocaleString('en')} (about 300,000 words). Split it into parts and import each.`,
  });
const optionalNullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const offset = z.number().int().min(0).max(MAX_ARTICLE_CHARS);

const articleInput = {
  title: optionalNullable(shortText(1000)),
  url: optionalNullable(httpUrlSchema),
  publisher: optionalNullable(shortText()),
  author: optionalNullable(shortText()),
  publishedAt: optionalNullable(isoDateSchema),
  language: optionalNullable(languageSchema),
};

const sourceFields = {
  title: optionalNullable(shortText(1000)),
  publisher: optionalNullable(shortText()),
  stance: stanceSchema.optional(),
  excerpt: optionalNullable(shortText(20_000)),
  archivedUrl: optionalNullable(httpUrlSchema),
  accessedAt: optionalNullable(isoDateSchema),
};

export const CLAIM_SORTS = ['position', 'checkworthiness', 'updated', 'verdict', 'claimant', 'article'] as const;

const claimListItemSchema = claimSchema.extend({
  articleTitle: z.string(),
  sourceCount: z.number().int(),
});
export type ClaimListItem = z.infer<typeof claimListItemSchema>;

const searchHitSchema = z.object({
  /** 'claimant': a person or body whose name or alias matches (the renderer adds these from claimants.list; articleId is empty). */
  type: z.enum(['claim', 'article', 'claimant']),
  articleId: z.string(),
  claimantId: z.string().optional(),
  articleTitle: z.string(),
  claimId: z.string().nullable(),
  verdict: verdictSchema.nullable(),
  /** Plain text with matches wrapped in SEARCH_MARK_START / SEARCH_MARK_END. Never HTML. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
export { SEARCH_MARK_END, SEARCH_MARK_START } from './constants';

/** A file handed over by the UI (dialog or drag-and-drop): its name and bytes in base64. */
/** A file to import: at most 20 MB (the import limit, MAX_IMPORT_BYTES), refused in the words the CLI uses, not zod's count of base64 characters. */
const MAX_FILE_MB = 20;
const fileInput = {
  fileName: z.string().min(1).max(500),
  contentBase64: z.string().max(Math.ceil((MAX_FILE_MB * 1024 * 1024 * 4) / 3) + 8, {
    error: (issue) =>
      `The file is ${typeof issue.input === 'string' ? ((issue.input.length * 3) / 4 / 1048576).toFixed(1) : `over ${MAX_FILE_MB}`} MB; the limit is ${MAX_FILE_MB} MB. Split it into parts and import each.`,
  }),
};

export const importedDocumentSchema = z.object({
  text: z.string(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
  language: languageSchema.nullable(),
  format: z.enum(['text', 'markdown', 'html', 'docx', 'pdf']),
  warnings: z.array(z.string()),
  /**
   * The title saving will use when no other is given: the document's own title, else the text's
   * first line (after a byline) as articles.create derives it (for pasted text too: preview it with { text }).
   */
  suggestedTitle: z.string().nullable(),
});
export type ImportedDocumentView = z.infer<typeof importedDocumentSchema>;

export const importOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ target: z.string(), status: z.enum(['imported', 'duplicate']), article: articleSummarySchema, warnings: z.array(z.string()) }),
  z.object({
    target: z.string(),
    /** skipped: no document Claimdesk reads (an image, an archive, a program); failed: a document that could not be imported. */
    status: z.enum(['failed', 'skipped']),
    reason: z.string(),
    /** The reason as a stable code (empty, binary, too_large, no_text_layer, …) for a UI to say in its own language. */
    reasonCode: z.string().nullable(),
  }),
]);
export type ImportOutcomeView = z.infer<typeof importOutcomeSchema>;

const reportInput = z.strictObject({
  articleId: idSchema.optional(),
  claimIds: z.array(idSchema).max(100_000).optional(),
  all: z.boolean().optional(),
  /** One claimant's record: every claim grouped under it, by id or any of its names. */
  claimant: z.string().min(1).max(200).optional(),
  format: reportFormatSchema,
  csvDelimiter: z.enum([',', ';']).optional(),
  csvBom: z.boolean().optional(),
  /** The report's language (labels, dates, methodology note); default the UI language, else English. */
  language: uiLanguageSchema.optional(),
});

export { TRASH_DAYS } from './constants';

const trashedArticleSchema = articleSummarySchema.extend({ deletedAt: z.string(), purgeAt: z.string() });
export type TrashedArticle = z.infer<typeof trashedArticleSchema>;

const reextractedClaimSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const contract = {
  'app.info': method(
    () => z.strictObject({}),
    () => z.object({ version: z.string(), databasePath: z.string(), schemaVersion: z.number().int(), host: z.enum(['electron', 'serve', 'cli']) }),
    'What is running and on which database.', READ,
  ),
  'app.openExternal': method(
    () => z.strictObject({ url: httpUrlSchema }),
    () => z.object({ opened: z.boolean() }),
    'Opens an http(s) link outside the app (desktop). In a browser host it answers opened: false and the page opens the link itself.', READ,
  ),
  'articles.create': method(
    () => z.strictObject({ text: articleText(), ...articleInput }),
    () => z.object({ article: articleSummarySchema, duplicate: z.boolean() }),
    'Stores an article and its extracted claims in one transaction. The same text again returns the existing article with duplicate: true.', REVIEW,
  ),
  'articles.createSample': method(
    () => z.strictObject({}),
    () => z.object({ article: articleSummarySchema, duplicate: z.boolean() }),
    'Adds the sample article shipped with the app (or finds it if already there).', REVIEW,
  ),
  'import.preview': method(
    () => z.union([
      z.strictObject(fileInput),
      z.strictObject({ url: httpUrlSchema }),
      /** Pasted text: returned as given, with the title saving would give it (suggestedTitle). */
      z.strictObject({ text: articleText().min(1) }),
    ]),
    () => importedDocumentSchema,
    'Reads a file, fetches a web page or takes pasted text and returns its text and metadata for checking, without saving. Save with articles.create.', READ,
  ),
  'import.file': method(
    () => z.strictObject(fileInput),
    () => importOutcomeSchema,
    'Imports one file as an article (one transaction). A failure is an outcome with its reason, not an error, so a batch goes on.', REVIEW,
  ),
  'import.url': method(
    () => z.strictObject({ url: httpUrlSchema }),
    () => importOutcomeSchema,
    'Fetches a web page (http/https, at most 5 redirects, size and time limits) and imports its article.', REVIEW,
  ),
  'articles.list': method(
    () => z.strictObject({ query: shortText().optional() }),
    () => z.array(articleSummarySchema),
    'All articles, newest first, with claim counts by verdict.', READ,
  ),
  'articles.get': method(
    () => z.strictObject({
      id: idSchema,
      /** Claims in text order from this index (default 0). */
      claimsOffset: z.number().int().min(0).max(10_000_000).optional(),
      /** At most this many claims (default: all). claimsTotal says how many there are. */
      claimsLimit: z.number().int().min(0).max(5000).optional(),
      /**
       * Claims after this one in text order (start, end, id), the last claim of the page before:
       * a cursor that stays true while claims are added or deleted between pages (an offset
       * would skip or repeat one). Counted from there, claimsOffset skips further claims.
       */
      claimsAfter: claimCursorSchema.optional(),
    }),
    () => articleWithClaimsSchema,
    'One article with its claims and their sources; claimsLimit with claimsAfter (a cursor) or claimsOffset pages the claims of a long article, claimsTotal counts them all.', READ,
  ),
  'workspace.open': method(
    () => z.strictObject({
      /** An article to open: it opens if it still exists, else the one open last time (workspace.remember), else the newest. */
      id: idSchema.optional(),
      /** At most this many of its claims, as in articles.get. */
      claimsLimit: z.number().int().min(0).max(5000).optional(),
    }),
    () => z.object({
      settings: settingsSchema,
      articles: z.array(articleSummarySchema),
      ratingLabels: z.array(z.string()),
      article: articleWithClaimsSchema.nullable(),
      /** The claim selected last time in the article that opens (workspace.remember), if it is still there. */
      claimId: z.string().nullable(),
    }),
    'What the first screen shows, in one answer: the settings (as settings.get), all articles (as articles.list), the rating labels (as claims.ratingLabels) and the article that opens (as articles.get): the one given if it exists, else the one open last time (workspace.remember) with its selected claim, else the newest, else none.', READ,
  ),
  'workspace.remember': method(
    () => z.strictObject({ articleId: idSchema.nullable(), claimId: idSchema.nullable() }),
    () => z.object({ remembered: z.boolean() }),
    "Remembers the reviewer's open article and selected claim in the database (per account on a team server): workspace.open reopens them at the next start, whatever window, browser or port it starts in.",
    // Any account keeps its own place; nothing of the desk changes, so nothing is announced (it writes all the same: read-routing.ts).
    READ,
  ),
  'articles.update': method(
    () => z.strictObject({ id: idSchema, ...articleInput }),
    () => articleSummarySchema,
    "Edits an article's metadata (never its text, which claim offsets index).", REVIEW,
  ),
  'articles.delete': method(
    () => z.strictObject({ id: idSchema }),
    () => z.object({ deleted: z.boolean() }),
    `Moves an article to the trash with its claims, sources and history: it leaves every list, search and report until articles.restore brings it back. The trash is emptied by hand (articles.emptyTrash) and ${TRASH_DAYS} days after a deletion (at the next start).`, EDIT,
  ),
  'articles.restore': method(() => z.strictObject({ id: idSchema }), () => articleSummarySchema, 'Takes an article out of the trash, as it was.', EDIT),
  'articles.listTrash': method(
    () => z.strictObject({}),
    () => z.array(trashedArticleSchema),
    'The articles in the trash, most recently deleted first, with when each was deleted and when it will be deleted for good.', READ,
  ),
  'articles.emptyTrash': method(
    () => z.strictObject({ ids: z.array(idSchema).max(100_000).optional() }),
    () => z.object({ removed: z.number().int() }),
    'Deletes articles in the trash for good, with their claims and sources (all of them, or those in ids). Live articles are never touched.', EDIT,
  ),
  'articles.reextract': method(
    () => z.strictObject({ id: idSchema }),
    () => z.object({
      added: z.number().int(),
      updated: z.number().int(),
      removed: z.number().int(),
      kept: z.number().int(),
      /** The claims extraction added, in text order. */
      addedClaims: z.array(reextractedClaimSchema),
      /** The untouched claims extraction no longer finds (deleted), in text order. */
      removedClaims: z.array(reextractedClaimSchema),
    }),
    'Runs extraction again; keeps every claim a person touched (verdict, sources, history, edits) and says which claims it added and removed.', EDIT,
  ),
  'claims.list': method(
    () => z.strictObject({
      articleId: idSchema.optional(),
      verdicts: z.array(verdictSchema).max(4).optional(),
      claimant: shortText().optional(),
      /** Only claims grouped under this claimant (claimants.list / claimants.get). */
      claimantId: idSchema.optional(),
      reviewer: shortText().optional(),
      minCheckworthiness: z.number().min(0).max(1).optional(),
      /** Only claims an earlier fact-check matches, as factchecks.flagClaims last found. */
      checkedBefore: z.boolean().optional(),
      /** Only claims with a source whose last link check had one of these results. */
      linkCheck: z.array(linkCheckResultSchema).min(1).max(5).optional(),
      sort: z.enum(CLAIM_SORTS).optional(),
      order: z.enum(['asc', 'desc']).optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
      limit: z.number().int().min(1).max(5000).optional(),
      /** false skips counting (total comes back as -1): later pages of a long list need no new count. */
      includeTotal: z.boolean().optional(),
    }),
    () => z.object({ total: z.number().int(), items: z.array(claimListItemSchema) }),
    'Claims across articles, filtered and sorted, one page at a time.', READ,
  ),
  'claims.get': method(() => z.strictObject({ id: idSchema }), () => claimWithSourcesSchema, 'One claim with its sources.', READ),
  'claims.page': method(
    () => z.strictObject({
      articleId: idSchema,
      /** The last claim of the page before (start, end, id); none: from the first claim. */
      after: claimCursorSchema.optional(),
      limit: z.number().int().min(1).max(5000),
    }),
    () => z.object({
      claims: z.array(claimWithSourcesSchema),
      /** How many claims the article has now. */
      total: z.number().int(),
      /** The cursor of the next page, or null when this page holds the article's last claim. */
      next: claimCursorSchema.nullable(),
    }),
    "One page of an article's claims with their sources, in text order (start, end, id), without the article's text: the workspace opens a long article with articles.get's first page (claimsLimit) and reads the rest with this. The cursor stays true while claims are added or deleted between pages.", READ,
  ),
  'claims.create': method(
    () => z.strictObject({
      articleId: idSchema,
      start: offset,
      end: offset,
      claimant: optionalNullable(shortText()),
      claimantRole: optionalNullable(shortText()),
      kind: claimKindSchema.optional(),
    }),
    () => claimWithSourcesSchema,
    'Adds a claim for a span of the article text.', REVIEW,
  ),
  'claims.update': method(
    () => z.strictObject({
      id: idSchema,
      expectedVersion: version,
      start: offset.optional(),
      end: offset.optional(),
      /**
       * Keep start and end exactly as given. Without it a new span is trimmed of white space at
       * its ends, as claims.create trims one; the article view's one-character nudges set it.
       */
      exactSpan: z.boolean().optional(),
      text: shortText(100_000).min(1).optional(),
      claimant: optionalNullable(shortText()),
      claimantRole: optionalNullable(shortText()),
      kind: claimKindSchema.optional(),
    }),
    () => claimWithSourcesSchema,
    "Edits a claim's span (trimmed at its ends unless exactSpan), text, claimant or kind. Refused with a conflict if the claim changed since expectedVersion.", REVIEW,
  ),
  'claims.delete': method(
    () => z.strictObject({ id: idSchema, expectedVersion: version.optional() }),
    () => z.object({ deleted: z.boolean() }),
    'Deletes a claim (it can be restored).', EDIT,
  ),
  'claims.restore': method(() => z.strictObject({ id: idSchema }), () => claimWithSourcesSchema, 'Undoes the deletion of a claim.', EDIT),
  'claims.setVerdict': method(
    () => z.strictObject({
      id: idSchema,
      expectedVersion: version,
      verdict: verdictSchema,
      rationale: optionalNullable(shortText(20_000)),
      ratingLabel: optionalNullable(shortText(200)),
    }),
    () => claimWithSourcesSchema,
    'Sets the verdict. Verified and disputed need at least one source.', REVIEW,
  ),
  'claims.history': method(() => z.strictObject({ claimId: idSchema }), () => z.array(claimEventSchema), 'Every change to a claim, oldest first.', READ),
  'claims.ratingLabels': method(() => z.strictObject({}), () => z.array(z.string()), 'Rating labels already used, most used first.', READ),
  'sources.add': method(
    () => z.strictObject({ claimId: idSchema, url: httpUrlSchema, expectedVersion: version.optional(), ...sourceFields }),
    () => z.object({ source: sourceSchema, claim: claimWithSourcesSchema }),
    "Adds a source to a claim. With expectedVersion (the claim's version), refused as a conflict if the claim changed meanwhile.", REVIEW,
  ),
  'sources.update': method(
    () => z.strictObject({ id: idSchema, url: httpUrlSchema.optional(), expectedVersion: version.optional(), ...sourceFields }),
    () => z.object({ source: sourceSchema, claim: claimWithSourcesSchema }),
    'Edits a source.', REVIEW,
  ),
  'sources.remove': method(
    () => z.strictObject({ id: idSchema, expectedVersion: version.optional() }),
    () => z.object({ claim: claimWithSourcesSchema }),
    'Removes a source. The last source of a verified or disputed claim cannot be removed.', REVIEW,
  ),
  search: method(
    () => z.strictObject({ query: z.string().max(1000), limit: z.number().int().min(1).max(500).optional() }),
    () => z.object({
      hits: z.array(searchHitSchema),
      message: z.string().nullable(),
      /** The message as a stable code, for a UI to say it in its own language. */
      messageCode: z.enum(['empty_query', 'no_results']).nullable(),
    }),
    'Full-text search over claims and articles.', READ,
  ),
  'settings.get': method(() => z.strictObject({}), () => settingsSchema, 'The settings.', READ),
  'settings.set': method(
    () => z.strictObject({
      reviewerName: optionalNullable(nameText(200, 'reviewer name')),
      organisationName: optionalNullable(nameText(300, 'organisation name')),
      organisationUrl: optionalNullable(httpUrlSchema),
      /** The note of the UI language (the one given here, or the stored one). */
      methodology: optionalNullable(shortText(20_000)),
      /** The note per report language; a language left out stays as it is, null clears it. */
      methodologyNotes: z.strictObject({ en: optionalNullable(shortText(20_000)), de: optionalNullable(shortText(20_000)) }).optional(),
      uiLanguage: optionalNullable(uiLanguageSchema),
    }),
    () => settingsSchema,
    'Changes settings; fields left out stay as they are, null clears.', ADMIN,
  ),
  'reports.export': method(
    () => reportInput,
    () => z.object({
      fileName: z.string(),
      mimeType: z.string(),
      /** Text formats as UTF-8 text; PDF as base64. */
      encoding: z.enum(['utf8', 'base64']),
      content: z.string(),
      warnings: z.array(z.string()),
    }),
    'Renders the verdict report for one article, some claims, or everything.', PUBLISH,
  ),
  'maintenance.check': method(
    () => z.strictObject({}),
    () => z.object({ ok: z.boolean(), integrity: z.array(z.string()), ftsRebuilt: z.array(z.string()), schemaVersion: z.number().int() }),
    "Runs SQLite's integrity check and the search indexes' own checks (rebuilding a failing index).", ADMIN,
  ),
  'maintenance.backup': method(
    () => z.strictObject({}),
    () => z.object({ path: z.string(), reason: z.string(), createdAt: z.string(), bytes: z.number().int() }),
    'Takes a verified backup now (kept with the rotating backups beside the database).', ADMIN,
  ),
  'maintenance.listBackups': method(
    () => z.strictObject({}),
    () => z.array(z.object({ path: z.string(), reason: z.string(), createdAt: z.string(), bytes: z.number().int() })),
    'The backups beside the database, newest first.', ADMIN,
  ),
  'reports.save': method(
    () => reportInput,
    () => z.object({ saved: z.boolean(), path: z.string().nullable(), warnings: z.array(z.string()) }),
    'Desktop: asks where to save (the main process owns the dialog) and writes the report. In a browser host it answers saved: false; use reports.export and download.', PUBLISH,
  ),
  // Each feature's methods live in a contract file of their own, merged here.
  ...factchecksContract,
  ...sourcesContract,
  ...claimantsContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * One field of an input that was refused: its path (organisationName, methodologyNotes.en), the
 * sentence in English, and where it is known the reason as a stable code (with what a UI needs to
 * say it in its own words): too_long with the limit, bidi_control with the character (U+202E).
 */
export interface ApiIssue {
  path: string;
  message: string;
  reason?: 'too_long' | 'bidi_control';
  limit?: number;
  character?: string;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  issues?: ApiIssue[];
  details?: Record<string, unknown>;
}
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** What every transport (IPC, HTTP) offers the renderer: one function. */
export type Invoke = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<ApiResult<MethodResult<M>>>;
