import { newId } from '../ids';
import { MAX_STORED_ARTICLE_CHARS, type MethodResult, type ParsedInput } from '../../../shared/contract';
import type { ArticleSummary, ArticleWithClaims, Language } from '../../../shared/domain';
import { AppError, notFound } from '../errors';
import type { ExtractedClaim } from '../extraction';
import { loadExtraction } from '../extraction/lazy';
import { withoutBidiControls } from '../bidi';
import { contentHash } from '../import/hash';
import { articleTooLongMessage } from '../import/types';
import { normaliseText } from '../import/normalise';
import { SAMPLE_ARTICLE } from '../sample/sample-article';
import {
  findArticle,
  findArticleByHash,
  getArticleSummary,
  insertArticle,
  listArticleSummaries,
  untrashArticle,
  updateArticle,
} from '../store/article.repository';
import { countLiveClaims, deleteClaimRows, insertClaims, listClaimRowsForArticle, listClaimsWithSources } from '../store/claim.repository';
import type { Db } from '../store/database';
import { appendEvents, claimIdsWithHistory, type NewClaimEvent } from '../store/event.repository';
import { claimantsOfNewClaims, groupClaimsIntoClaimants } from '../store/claimant.repository';
import type { NewClaimRow } from '../store/tables';
import { runTask, TaskError, TaskLimitError } from '../workers/run-task';
import { cooperativeSlices } from '../cooperative';
import { currentActor, type ServiceContext } from './context';

export interface NewArticle {
  text: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  language?: Language | null;
}

export interface CreatedArticle {
  article: ArticleSummary;
  duplicate: boolean;
}

/** A title when none is given: the article's first line, if it reads like one. */
function deriveTitle(text: string, bylineAuthor: (line: string) => string | null): string {
  // A byline ("Von Katrin Albers") names the author, not the article: the title is the line after it.
  const lines = text.split('\n', 8).map((l) => l.trim()).filter(Boolean);
  const firstLine = (lines[0] && bylineAuthor(lines[0]) ? lines[1] : lines[0]) ?? '';
  if (!firstLine) return 'Untitled article';
  return firstLine.length <= 120 ? firstLine : `${firstLine.slice(0, 117).trimEnd()}…`;
}

/** The title articles.create gives a text stored without one (the preview shows it before saving). */
export async function titleForText(text: string): Promise<string> {
  return deriveTitle(normaliseText(text), (await loadExtraction()).bylineAuthor);
}

export function toClaimRow(articleId: string, claim: ExtractedClaim, now: string): NewClaimRow {
  return {
    id: newId(),
    article_id: articleId,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    claimant: withoutBidiControls(claim.claimant),
    claimant_role: withoutBidiControls(claim.claimantRole),
    kind: claim.kind,
    checkworthiness: claim.checkworthiness,
    checkworthiness_reasons: JSON.stringify(claim.reasons),
    claim_type: claim.type,
    rationale: null,
    rating_label: null,
    reviewer: null,
    created_at: now,
    updated_at: now,
    reviewed_at: null,
    deleted_at: null,
  };
}

/** An article ready to store: normalised text, its hash, language and extracted claims. */
export interface PreparedArticle {
  input: Omit<NewArticle, 'text' | 'language'>;
  text: string;
  hash: string;
  language: Language;
  claims: ExtractedClaim[];
}

/**
 * Everything before the database: normalise (so claim offsets index the stored text exactly
 * and the same text after normalisation is recognised), hash, detect the language, extract.
 * Pure, so a bulk import can run it in a worker thread while the main thread writes.
 */
export async function prepareArticle(input: NewArticle): Promise<PreparedArticle> {
  const { bylineAuthor, detectLanguage, extractClaims } = await loadExtraction();
  const text = normaliseText(input.text);
  if (!text) throw new AppError('validation', 'The article has no text.', { field: 'text' });
  assertStorableLength(text);
  const language = input.language ?? detectLanguage(text);
  const { text: _raw, language: _language, ...rest } = input;
  // A byline in the text ("By Daniel Okafor") names the author when nobody gave one (pasted text).
  const author = rest.author?.trim() ? rest.author : bylineAuthor(text);
  return { input: { ...rest, author }, text, hash: contentHash(text), language, claims: extractClaims(text, { language }).claims };
}

function assertStorableLength(text: string): void {
  if (text.length <= MAX_STORED_ARTICLE_CHARS) return;
  throw new AppError(
    'validation',
    articleTooLongMessage(text.length, MAX_STORED_ARTICLE_CHARS),
    { field: 'text', reason: 'too_long', limit: MAX_STORED_ARTICLE_CHARS },
  );
}

/**
 * Stores an article with its extracted claims in one transaction. The same text imported
 * again returns the existing article instead of a copy.
 */
export async function createArticle(ctx: ServiceContext, input: NewArticle): Promise<CreatedArticle> {
  // Normalising never halves a text: one far over the limit is refused before seconds of work.
  if (input.text.length > 2 * MAX_STORED_ARTICLE_CHARS) assertStorableLength(input.text);
  const text = normaliseText(input.text);
  const existing = text ? await findArticleByHash(ctx.store.db, contentHash(text)) : undefined;
  // A known text skips extraction entirely.
  if (existing) return existingArticle(ctx, existing);
  return storePreparedArticle(ctx, await prepareOffThread(ctx, { ...input, text }));
}

/** Articles longer than this are extracted in the worker by a long-lived host (about 50 ms of extraction and more). */
const PREPARE_IN_WORKER_CHARS = 200_000;

/**
 * prepareArticle, for a long text in the 'parse' worker, so the host answers other calls while
 * its claims are extracted (a 2,000,000-character article takes a few seconds).
 */
async function prepareOffThread(ctx: ServiceContext, input: NewArticle): Promise<PreparedArticle> {
  if (input.text.length <= PREPARE_IN_WORKER_CHARS || ctx.host === 'cli') return prepareArticle(input);
  assertStorableLength(normaliseText(input.text));
  try {
    return await runTask('parse', 'article.prepare', input);
  } catch (error) {
    if (error instanceof TaskError && error.name === 'AppError') throw new AppError('validation', error.message, { field: 'text' });
    if (error instanceof TaskLimitError) throw new AppError('validation', `The article could not be processed: ${error.message}.`, { field: 'text' });
    throw error;
  }
}

/**
 * The answer for a text that is already stored: that article, as a duplicate. An article in
 * the trash comes back out of it with its claims and verdicts: importing it again says "I want
 * it", and a second copy cannot exist (the text is unique).
 */
async function existingArticle(ctx: ServiceContext, existing: { id: string; deletedAt: string | null }): Promise<CreatedArticle> {
  if (existing.deletedAt !== null) await ctx.store.db.transaction().execute((trx) => untrashArticle(trx, existing.id));
  return { article: (await getArticleSummary(ctx.store.db, existing.id))!, duplicate: true };
}

/** An article's row as stored, and its summary once stored (every claim of a new article is unreviewed). */
async function articleRow(ctx: ServiceContext, prepared: PreparedArticle, actor: string | null) {
  const { input, text, hash, language } = prepared;
  return {
    id: newId(),
    title: input.title?.trim() || deriveTitle(text, (await loadExtraction()).bylineAuthor),
    text,
    url: input.url ?? null,
    publisher: input.publisher ?? null,
    author: input.author ?? null,
    published_at: input.publishedAt ?? null,
    language,
    content_hash: hash,
    imported_at: ctx.now(),
    imported_by: actor,
  };
}

type ArticleRow = Awaited<ReturnType<typeof articleRow>>;

/** Claims written (and claim rows built) per step of a long article's import; see writeArticle. */
const CLAIMS_PER_STEP = 1000;

type Slices = ReturnType<typeof cooperativeSlices>;

/**
 * The writes of one new article, inside the caller's transaction: the article, its claims and
 * their claimants. Returns the stored article instead when the text is already there (checked
 * inside the write lock: another process, or an earlier article of the same batch, may have
 * imported it meanwhile).
 *
 * Given `slices`, the claims are written a thousand at a time and the event loop gets its turn
 * between steps (cooperative.ts): better-sqlite3 answers synchronously, so the writes of a
 * 24,000-claim article held a host for about a second. The transaction stays one (all or
 * nothing, and no reader sees half an article: read calls are answered from the read
 * connection meanwhile, which sees only what is committed); other writes wait for it, as they
 * waited before.
 */
async function writeArticle(trx: Db, row: ArticleRow, rows: readonly NewClaimRow[], slices?: Slices) {
  const stored = await findArticleByHash(trx, row.content_hash);
  if (stored) return stored;
  await insertArticle(trx, row);
  await slices?.pause();
  // Claimants first, so each claim is inserted with its claimant (in the order grouping reads
  // an article's claims: by start; claimRowsOf sorts them so).
  const claimantOf = await claimantsOfNewClaims(trx, rows, row.imported_at);
  for (let i = 0; i < rows.length; i += CLAIMS_PER_STEP) {
    await slices?.pause();
    await insertClaims(trx, rows.slice(i, i + CLAIMS_PER_STEP).map((r) => ({ ...r, claimant_id: claimantOf.get(r.id) ?? null })));
  }
  return null;
}

/**
 * The claim rows of a new article, built and sorted by start before its write transaction: for
 * a 24,000-claim article that is a few hundred ms of plain CPU work (ids, JSON of the reasons)
 * the transaction, which holds the writing connection, no longer spends. Given `slices`, other
 * calls are answered between steps.
 */
async function claimRowsOf(row: ArticleRow, claims: readonly ExtractedClaim[], slices?: Slices): Promise<NewClaimRow[]> {
  const rows: NewClaimRow[] = [];
  for (let i = 0; i < claims.length; i += CLAIMS_PER_STEP) {
    await slices?.pause();
    for (const claim of claims.slice(i, i + CLAIMS_PER_STEP)) rows.push(toClaimRow(row.id, claim, row.imported_at));
  }
  return rows.sort((a, b) => a.start - b.start);
}

/** Known without asking the database again: every claim of a new article is unreviewed. */
function createdArticle(row: ArticleRow, claimCount: number): CreatedArticle {
  return {
    article: {
      id: row.id,
      title: row.title,
      url: row.url,
      publisher: row.publisher,
      author: row.author,
      language: row.language,
      publishedAt: row.published_at,
      importedAt: row.imported_at,
      importedBy: row.imported_by,
      claimCount,
      counts: { unreviewed: claimCount, verified: 0, disputed: 0, inconclusive: 0 },
    },
    duplicate: false,
  };
}

export async function storePreparedArticle(ctx: ServiceContext, prepared: PreparedArticle): Promise<CreatedArticle> {
  const row = await articleRow(ctx, prepared, await currentActor(ctx));
  // A CLI command has no one else to answer. No closing signal: an import the reviewer started
  // is let finish when the app closes (app.ts waits for it), not stopped halfway.
  const slices = ctx.host === 'cli' ? undefined : cooperativeSlices();
  const claimRows = await claimRowsOf(row, prepared.claims, slices);
  const raced = await ctx.store.db.transaction().execute((trx) => writeArticle(trx, row, claimRows, slices));
  if (raced) return existingArticle(ctx, raced);
  return createdArticle(row, prepared.claims.length);
}

/**
 * Stores several prepared articles, in order, in one transaction: a bulk import pays one
 * commit (and one full-text index flush) for the batch instead of one per article. Each
 * article's writes are exactly storePreparedArticle's, so an article later in the batch sees
 * the earlier ones (the same text twice is one article and a duplicate). If any write fails,
 * the batch is rolled back and its articles are stored one by one, each in its own
 * transaction, so one bad article fails alone, as it would have without the batch. Each
 * answer is a CreatedArticle or the error that article's store threw.
 */
export async function storePreparedArticles(ctx: ServiceContext, batch: readonly PreparedArticle[]): Promise<Array<CreatedArticle | { error: unknown }>> {
  if (batch.length === 1) {
    try {
      return [await storePreparedArticle(ctx, batch[0]!)];
    } catch (error) {
      return [{ error }];
    }
  }
  let written: Array<{ row: ArticleRow; raced: Awaited<ReturnType<typeof writeArticle>> }>;
  try {
    const actor = await currentActor(ctx);
    const rows: ArticleRow[] = [];
    for (const prepared of batch) rows.push(await articleRow(ctx, prepared, actor));
    const claimRows: NewClaimRow[][] = [];
    for (const [i, row] of rows.entries()) claimRows.push(await claimRowsOf(row, batch[i]!.claims));
    written = await ctx.store.db.transaction().execute(async (trx) => {
      const out: typeof written = [];
      for (const [i, row] of rows.entries()) out.push({ row, raced: await writeArticle(trx, row, claimRows[i]!) });
      return out;
    });
  } catch {
    const out: Array<CreatedArticle | { error: unknown }> = [];
    for (const prepared of batch) {
      try {
        out.push(await storePreparedArticle(ctx, prepared));
      } catch (error) {
        out.push({ error });
      }
    }
    return out;
  }
  const out: Array<CreatedArticle | { error: unknown }> = [];
  for (const [i, { row, raced }] of written.entries()) out.push(raced ? await existingArticle(ctx, raced) : createdArticle(row, batch[i]!.claims.length));
  return out;
}

export function createSampleArticle(ctx: ServiceContext): Promise<CreatedArticle> {
  return createArticle(ctx, { text: SAMPLE_ARTICLE.text, title: SAMPLE_ARTICLE.title, language: SAMPLE_ARTICLE.language });
}

export function listArticles(ctx: ServiceContext, input: ParsedInput<'articles.list'>): Promise<ArticleSummary[]> {
  return listArticleSummaries(ctx.store.db, input.query);
}

export async function getArticle(
  ctx: ServiceContext,
  id: string,
  page: { claimsOffset?: number; claimsLimit?: number; claimsAfter?: { start: number; end: number; id: string } } = {},
): Promise<ArticleWithClaims> {
  const row = await findArticle(ctx.store.db, id);
  if (!row) throw notFound('article', id);
  const summary = (await getArticleSummary(ctx.store.db, id))!;
  const from = page.claimsOffset ?? 0;
  const paged = page.claimsLimit !== undefined || from > 0 || page.claimsAfter !== undefined;
  // The claims in one read transaction with their count, so a page and claimsTotal agree.
  const { claims, total } = await ctx.store.db.transaction().execute(async (trx) => {
    const claims = await listClaimsWithSources(trx, id, paged ? { offset: from, limit: page.claimsLimit, after: page.claimsAfter } : undefined);
    return { claims, total: paged ? await countLiveClaims(trx, id) : claims.length };
  });
  return { ...summary, text: row.text, contentHash: row.content_hash, claims, claimsTotal: total };
}

/** A page of a live article's claims after a cursor (claims.page), with the count of all of them. */
export async function claimsPage(ctx: ServiceContext, input: ParsedInput<'claims.page'>): Promise<MethodResult<'claims.page'>> {
  return ctx.store.db.transaction().execute(async (trx) => {
    if (!(await trx.selectFrom('articles').select('id').where('id', '=', input.articleId).where('deleted_at', 'is', null).executeTakeFirst())) throw notFound('article', input.articleId);
    // One more than asked says whether a next page exists.
    const claims = await listClaimsWithSources(trx, input.articleId, { after: input.after, limit: input.limit + 1 });
    const more = claims.length > input.limit;
    if (more) claims.pop();
    const last = claims[claims.length - 1];
    return { claims, total: await countLiveClaims(trx, input.articleId), next: more && last ? { start: last.start, end: last.end, id: last.id } : null };
  });
}

export async function updateArticleMetadata(ctx: ServiceContext, input: ParsedInput<'articles.update'>): Promise<ArticleSummary> {
  const { id, ...fields } = input;
  const patch: Record<string, string | null> = {};
  if (fields.title !== undefined) patch.title = fields.title?.trim() || 'Untitled article';
  if (fields.url !== undefined) patch.url = fields.url;
  if (fields.publisher !== undefined) patch.publisher = fields.publisher;
  if (fields.author !== undefined) patch.author = fields.author;
  if (fields.publishedAt !== undefined) patch.published_at = fields.publishedAt;
  if (fields.language !== undefined && fields.language !== null) patch.language = fields.language;
  return ctx.store.db.transaction().execute(async (trx) => {
    if (!(await findArticle(trx, id))) throw notFound('article', id);
    if (Object.keys(patch).length) await updateArticle(trx, id, patch);
    return (await getArticleSummary(trx, id))!;
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Runs extraction again. A claim a person touched (a verdict, sources, history, a manual edit,
 * or added by hand) is kept exactly as it is; only untouched claims are added, updated or removed.
 */
export async function reextractArticle(ctx: ServiceContext, id: string): Promise<MethodResult<'articles.reextract'>> {
  const article = await findArticle(ctx.store.db, id);
  if (!article) throw notFound('article', id);
  // Extraction is CPU work: done before the write lock is taken (the text never changes).
  const { extractClaims } = await loadExtraction();
  const { claims: extracted } = extractClaims(article.text, { language: article.language as Language });
  const actor = await currentActor(ctx);
  return ctx.store.db.transaction().execute(async (trx) => {
    if (!(await findArticle(trx, id))) throw notFound('article', id);
    const now = ctx.now();
    const events: NewClaimEvent[] = [];
    const existing = await listClaimRowsForArticle(trx, id, true);
    const touchedIds = await touchedClaimIds(trx, id, existing);
    const kept = existing.filter((c) => touchedIds.has(c.id));
    const untouched = new Map(existing.filter((c) => !touchedIds.has(c.id)).map((c) => [`${c.start}:${c.end}`, c]));

    let added = 0;
    let updated = 0;
    const fresh: NewClaimRow[] = [];
    for (const claim of extracted) {
      if (kept.some((k) => overlaps(k, claim))) continue;
      const key = `${claim.start}:${claim.end}`;
      const same = untouched.get(key);
      if (!same) {
        fresh.push(toClaimRow(id, claim, now));
        added++;
        continue;
      }
      untouched.delete(key);
      const reasons = JSON.stringify(claim.reasons);
      if (
        same.claimant !== withoutBidiControls(claim.claimant) ||
        same.claimant_role !== withoutBidiControls(claim.claimantRole) ||
        same.kind !== claim.kind ||
        same.checkworthiness !== claim.checkworthiness ||
        same.checkworthiness_reasons !== reasons ||
        same.claim_type !== claim.type
      ) {
        await trx
          .updateTable('claims')
          .set({
            claimant: withoutBidiControls(claim.claimant),
            claimant_role: withoutBidiControls(claim.claimantRole),
            kind: claim.kind,
            checkworthiness: claim.checkworthiness,
            checkworthiness_reasons: reasons,
            claim_type: claim.type,
            updated_at: now,
            version: same.version + 1,
          })
          .where('id', '=', same.id)
          .execute();
        events.push({
          claimId: same.id,
          articleId: id,
          at: now,
          actor,
          action: 're-extracted',
          before: { claimant: same.claimant, claimantRole: same.claimant_role, kind: same.kind, checkworthiness: same.checkworthiness, claimType: same.claim_type },
          after: { claimant: claim.claimant, claimantRole: claim.claimantRole, kind: claim.kind, checkworthiness: claim.checkworthiness, claimType: claim.type },
        });
        updated++;
      }
    }
    const removed = [...untouched.values()];
    await deleteClaimRows(trx, removed.map((c) => c.id));
    await insertClaims(trx, fresh);
    // New claims, and those whose claimant extraction now names differently, are grouped again.
    const regroup = [...fresh.map((c) => c.id), ...events.filter((e) => e.before?.claimant !== e.after?.claimant).map((e) => e.claimId)];
    if (regroup.length) await groupClaimsIntoClaimants(trx, { claimIds: regroup }, now);
    await appendEvents(trx, events);
    return { added, updated, removed: removed.length, kept: kept.length, addedClaims: spansOf(fresh), removedClaims: spansOf(removed) };
  });
}

/** What a re-extraction report names of a claim: where it is and what it says, in text order. */
function spansOf(claims: ReadonlyArray<{ start: number; end: number; text: string }>): Array<{ start: number; end: number; text: string }> {
  return claims.map(({ start, end, text }) => ({ start, end, text })).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The article's claims a reviewer linked to a claimant by hand (claimants.assign, or moved by
 * claimants.split) and has not undone: re-extraction must neither group them again by name nor
 * replace them. These links are claimant history, not claim history, so they are read here.
 */
async function claimsPlacedByHand(db: Db, claims: ReadonlyArray<{ id: string }>): Promise<string[]> {
  const ids = new Set(claims.map((c) => c.id));
  if (ids.size === 0) return [];
  const events = await db
    .selectFrom('claimant_events')
    .select(['action', 'after_json'])
    .where('action', 'in', ['assigned', 'split'])
    .where('undone_at', 'is', null)
    .execute();
  const placed: string[] = [];
  for (const event of events) {
    if (!event.after_json) continue;
    const after = JSON.parse(event.after_json) as { claimId?: unknown; claimIds?: unknown };
    const named = event.action === 'assigned' ? [after.claimId] : Array.isArray(after.claimIds) ? after.claimIds : [];
    for (const id of named) if (typeof id === 'string' && ids.has(id)) placed.push(id);
  }
  return placed;
}

async function touchedClaimIds(db: Db, articleId: string, claims: Awaited<ReturnType<typeof listClaimRowsForArticle>>): Promise<Set<string>> {
  const touched = await claimIdsWithHistory(db, articleId);
  const withSources = await db
    .selectFrom('sources as s')
    .innerJoin('claims as c', 'c.id', 's.claim_id')
    .select('s.claim_id')
    .where('c.article_id', '=', articleId)
    .execute();
  for (const row of withSources) touched.add(row.claim_id);
  for (const id of await claimsPlacedByHand(db, claims)) touched.add(id);
  for (const c of claims) {
    if (c.verdict !== 'unreviewed' || c.edited === 1 || c.origin === 'manual' || c.deleted_at !== null) touched.add(c.id);
  }
  return touched;
}
