import { newId } from '../ids';
import { sql } from 'kysely';
import type { ClaimListItem, MethodResult, ParsedInput } from '../../../shared/contract';
import { VERDICTS_NEEDING_SOURCE, type ClaimEvent, type ClaimWithSources } from '../../../shared/domain';
import { withoutBidiControls } from '../bidi';
import { AppError, notFound } from '../errors';
import { loadExtraction } from '../extraction/lazy';
import { findArticle } from '../store/article.repository';
import { countSources, findClaimRow, getClaimWithSources, insertClaims, lockClaimRow, updateClaimIfVersion } from '../store/claim.repository';
import type { Db } from '../store/database';
import { appendEvents, listEvents } from '../store/event.repository';
import { groupClaimsIntoClaimants } from '../store/claimant.repository';
import { containsPattern } from '../store/like';
import { toClaim } from '../store/mappers';
import type { ClaimRow, ClaimUpdate } from '../store/tables';
import { currentActor, type ServiceContext } from './context';
import { SAME_CLAIM_MIN } from '../factchecks/thresholds';
import { aliasKey } from '../claimants/names';

type Trx = Db;

/** The refusal for a stale write: it carries the claim as it is now, so the UI can show what changed. */
export async function conflictError(db: Db, id: string, expectedVersion: number): Promise<AppError> {
  const current = await getClaimWithSources(db, id);
  if (!current) return notFound('claim', id);
  const last = await db.selectFrom('claim_events').select(['actor', 'at']).where('claim_id', '=', id).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const who = last?.actor ? ` by ${last.actor}` : '';
  return new AppError(
    'conflict',
    `This claim was changed elsewhere${who} (now version ${current.version}, you had version ${expectedVersion}). Nothing was saved; reload to see the change.`,
    { current, changedBy: last?.actor ?? null, changedAt: last?.at ?? null },
  );
}

async function requireClaim(db: Db, id: string): Promise<ClaimRow> {
  const row = await findClaimRow(db, id);
  if (!row) throw notFound('claim', id);
  return row;
}

/**
 * The claim a write is about to change, locked until the write commits (see lockClaimRow): on
 * PostgreSQL two hosts write side by side, and a check made on an unlocked row (the version, the
 * verdict, the number of sources) can be undone by the other write before this one commits.
 */
export async function lockClaim(ctx: ServiceContext, trx: Db, id: string, includeDeleted = false): Promise<ClaimRow> {
  const row = await lockClaimRow(trx, ctx.store.dialect.kind, id, includeDeleted);
  if (!row) throw await missingClaim(trx, id);
  await assertArticleLive(ctx, trx, row.article_id);
  return row;
}

/**
 * A claim of an article in the trash takes no writes: the trash promises to give the article back
 * as it was (articles.restore), and a verdict written there would be one the reviewer believes is
 * on the desk. Someone else may have trashed it while this reviewer had it open: say so.
 */
export async function assertArticleLive(ctx: ServiceContext, db: Db, articleId: string): Promise<void> {
  // PostgreSQL runs writers side by side: the share lock holds off a concurrent articles.delete
  // until this write commits (SQLite runs one writer at a time).
  const query = db.selectFrom('articles').select('deleted_at').where('id', '=', articleId);
  const article = await (ctx.store.dialect.kind === 'postgres' ? query.forShare() : query).executeTakeFirst();
  if (!article) throw notFound('article', articleId);
  if (article.deleted_at !== null) {
    throw new AppError('not_found', `This claim's article was moved to the trash (${article.deleted_at}). Nothing was saved; restore the article to work on it again.`, {
      articleId,
      deletedAt: article.deleted_at,
    });
  }
}

/**
 * Why a claim a write names is not there: a claim someone deleted (while this reviewer had it
 * open) is named as deleted, by whom and when, rather than as an id that never existed.
 */
async function missingClaim(db: Db, id: string): Promise<AppError> {
  const deleted = await findClaimRow(db, id, true);
  if (!deleted?.deleted_at) return notFound('claim', id);
  const last = await db.selectFrom('claim_events').select(['actor', 'at']).where('claim_id', '=', id).where('action', '=', 'deleted').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const who = last?.actor ? ` by ${last.actor}` : '';
  return new AppError('not_found', `This claim was deleted${who} (${deleted.deleted_at}). Nothing was saved; restore it to work on it again.`, {
    id,
    deletedBy: last?.actor ?? null,
    deletedAt: deleted.deleted_at,
  });
}

/** True if `offset` falls between the two halves of a surrogate pair (inside one character such as an emoji). */
const splitsCharacter = (text: string, offset: number): boolean =>
  offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1));
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

let graphemes: Intl.Segmenter | null = null;
// Before a printable ASCII character or a line break, a grapheme always begins (none of them
// extends what precedes it): segmenting from there finds the same boundaries as from the start.
const CLUSTER_START = /[\n\x20-\x7E]/;
/**
 * True if `offset` falls inside one character as a reader sees it (a grapheme cluster): between a
 * letter and its combining mark, inside an emoji ZWJ sequence or a flag. Only the text around the
 * offset is segmented (Intl.Segmenter on a whole long article is slow).
 */
function splitsGrapheme(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  let from = offset - 1;
  while (from > 0 && offset - from < 1024 && !CLUSTER_START.test(text[from]!)) from--;
  const to = Math.min(text.length, offset + 64);
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { index, segment } of graphemes.segment(text.slice(from, to))) {
    const start = from + index;
    if (start === offset) return false;
    if (start < offset && offset < start + segment.length) return true;
  }
  return false;
}

function assertSpan(start: number, end: number, text: string): void {
  const textLength = text.length;
  if (end <= start) throw new AppError('validation', `A claim's end (${end}) must come after its start (${start}).`, { field: 'end' });
  if (end > textLength) throw new AppError('validation', `The span ${start}–${end} runs past the end of the article (${textLength} characters).`, { field: 'end' });
  // Offsets count UTF-16 units: one inside a character (an emoji, a rare CJK character) would cut it in two.
  for (const [field, offset] of [['start', start], ['end', end]] as const) {
    if (splitsCharacter(text, offset)) {
      throw new AppError('validation', `The span's ${field} (${offset}) falls inside a character (between the two halves of a surrogate pair); move it by one.`, { field });
    }
    if (splitsGrapheme(text, offset)) {
      throw new AppError('validation', `The span's ${field} (${offset}) falls inside a character as it is shown (a letter and its accent, or an emoji sequence); move it to before or after the whole character.`, { field });
    }
  }
}

/**
 * A span without the white space at its ends, so highlights start and end on words (a
 * triple-clicked paragraph brings the break after it); null if it holds only white space.
 * claims.create and claims.update (unless exactSpan) both take a selection this way.
 */
function trimToText(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Runs a write in one transaction and returns the claim as that write left it. The claim is
 * read inside the transaction: read after the commit, a write queued behind this one could
 * land first, and the answer would carry its version, which the client would then send as
 * the version it has seen.
 */
async function writeClaim(ctx: ServiceContext, id: string, write: (trx: Trx, actor: string | null, now: string) => Promise<void>): Promise<ClaimWithSources> {
  const actor = await currentActor(ctx);
  const now = ctx.now();
  return ctx.store.db.transaction().execute(async (trx) => {
    await write(trx, actor, now);
    const claim = await getClaimWithSources(trx, id);
    if (!claim) throw notFound('claim', id);
    return claim;
  });
}

export async function createClaim(ctx: ServiceContext, input: ParsedInput<'claims.create'>): Promise<ClaimWithSources> {
  const id = newId();
  return writeClaim(ctx, id, async (trx, actor, now) => {
    const article = await findArticle(trx, input.articleId);
    if (!article) throw notFound('article', input.articleId);
    assertSpan(input.start, input.end, article.text);
    const trimmed = trimToText(article.text, input.start, input.end);
    if (!trimmed) throw new AppError('validation', 'The selected span is only white space.', { field: 'start' });
    const { start, end } = trimmed;
    const text = article.text.slice(start, end);
    const kind = input.kind ?? 'statement';
    // Scored like an extracted claim, so a hand-made one sorts and reads like the others.
    const { scoreClaim } = await loadExtraction();
    const worth = scoreClaim(article.text, start, end, kind, article.language === 'de' ? 'de' : 'en');
    await insertClaims(trx, [
      {
        id,
        article_id: article.id,
        start,
        end,
        text,
        claimant: withoutBidiControls(input.claimant ?? '').trim() || null,
        claimant_role: withoutBidiControls(input.claimantRole ?? '').trim() || null,
        kind,
        checkworthiness: worth.score,
        checkworthiness_reasons: JSON.stringify(worth.reasons),
        claim_type: worth.type,
        rationale: null,
        rating_label: null,
        reviewer: null,
        origin: 'manual',
        created_at: now,
        updated_at: now,
        reviewed_at: null,
        deleted_at: null,
      },
    ]);
    if (withoutBidiControls(input.claimant ?? '').trim()) await groupClaimsIntoClaimants(trx, { claimIds: [id] }, now);
    await appendEvents(trx, [
      { claimId: id, articleId: article.id, at: now, actor, action: 'created', after: { start, end, text, claimant: input.claimant ?? null, kind: input.kind ?? 'statement' } },
    ]);
  });
}

export async function updateClaim(ctx: ServiceContext, input: ParsedInput<'claims.update'>): Promise<ClaimWithSources> {
  return writeClaim(ctx, input.id, async (trx, actor, now) => {
    const row = await lockClaim(ctx, trx, input.id);
    if (row.version !== input.expectedVersion) throw await conflictError(trx, input.id, input.expectedVersion);
    const patch: ClaimUpdate = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const change = <K extends 'start' | 'end' | 'text' | 'claimant' | 'claimant_role' | 'kind'>(column: K, field: string, value: ClaimRow[K]) => {
      if (row[column] === value) return;
      (patch as Record<string, unknown>)[column] = value;
      before[field] = row[column];
      after[field] = value;
    };
    if (input.start !== undefined || input.end !== undefined) {
      const article = await findArticle(trx, row.article_id);
      if (!article) throw notFound('article', row.article_id); // it is in the trash
      assertSpan(input.start ?? row.start, input.end ?? row.end, article.text);
      // A new span is trimmed at its ends as claims.create trims one; a nudge (exactSpan) moves
      // one end by a character and keeps it where it lands, on a space too.
      const span = input.exactSpan ? { start: input.start ?? row.start, end: input.end ?? row.end } : trimToText(article.text, input.start ?? row.start, input.end ?? row.end);
      if (!span) throw new AppError('validation', 'The new span holds only white space.', { field: 'start' });
      const { start, end } = span;
      change('start', 'start', start);
      change('end', 'end', end);
      // A new span quotes the new passage unless the reviewer also gave a text of their own.
      if (input.text === undefined) {
        const quoted = article.text.slice(start, end);
        if (!quoted.trim()) throw new AppError('validation', 'The new span holds only white space.', { field: 'start' });
        change('text', 'text', quoted);
      }
    }
    if (input.text !== undefined) {
      if (!input.text.trim()) throw new AppError('validation', "A claim's text cannot be empty.", { field: 'text' });
      change('text', 'text', input.text);
    }
    if (input.claimant !== undefined) change('claimant', 'claimant', withoutBidiControls(input.claimant ?? '').trim() || null);
    if (input.claimantRole !== undefined) change('claimant_role', 'claimantRole', withoutBidiControls(input.claimantRole ?? '').trim() || null);
    if (input.kind !== undefined) change('kind', 'kind', input.kind);
    if (Object.keys(patch).length === 0) return;
    if (!(await updateClaimIfVersion(trx, row.id, input.expectedVersion, { ...patch, edited: 1, updated_at: now }))) {
      throw await conflictError(trx, input.id, input.expectedVersion);
    }
    // A new claimant name is grouped again (a hand edit is one more name the claimant was seen under).
    if ('claimant' in patch) await groupClaimsIntoClaimants(trx, { claimIds: [row.id] }, now);
    // "Checked before" keeps each claim's best match; one for the old text is no answer for the
    // new one (flagging brings a kept answer up to date by the library's changes, not the claim's).
    if ('text' in patch) await trx.deleteFrom('claim_matches').where('claim_id', '=', row.id).execute();
    await appendEvents(trx, [{ claimId: row.id, articleId: row.article_id, at: now, actor, action: 'updated', before, after }]);
  });
}

export async function deleteClaim(ctx: ServiceContext, input: ParsedInput<'claims.delete'>): Promise<{ deleted: boolean }> {
  const actor = await currentActor(ctx);
  const now = ctx.now();
  await ctx.store.db.transaction().execute(async (trx) => {
    const row = await lockClaim(ctx, trx, input.id);
    const expected = input.expectedVersion ?? row.version;
    if (!(await updateClaimIfVersion(trx, row.id, expected, { deleted_at: now, updated_at: now }))) {
      throw await conflictError(trx, input.id, expected);
    }
    await appendEvents(trx, [{ claimId: row.id, articleId: row.article_id, at: now, actor, action: 'deleted', before: { text: row.text } }]);
  });
  return { deleted: true };
}

export async function restoreClaim(ctx: ServiceContext, id: string): Promise<ClaimWithSources> {
  return writeClaim(ctx, id, async (trx, actor, now) => {
    const row = await lockClaim(ctx, trx, id, true);
    if (row.deleted_at === null) return;
    await updateClaimIfVersion(trx, id, row.version, { deleted_at: null, updated_at: now });
    await appendEvents(trx, [{ claimId: id, articleId: row.article_id, at: now, actor, action: 'restored', after: { text: row.text } }]);
  });
}

export async function setVerdict(ctx: ServiceContext, input: ParsedInput<'claims.setVerdict'>): Promise<ClaimWithSources> {
  return writeClaim(ctx, input.id, async (trx, actor, now) => {
    const row = await lockClaim(ctx, trx, input.id);
    if (row.version !== input.expectedVersion) throw await conflictError(trx, input.id, input.expectedVersion);
    if (VERDICTS_NEEDING_SOURCE.includes(input.verdict) && (await countSources(trx, row.id)) === 0) {
      throw new AppError('rule', `A claim can only be marked ${input.verdict} with at least one source. Add a source first.`, { field: 'verdict' });
    }
    const rationale = input.rationale === undefined ? row.rationale : withoutBidiControls(input.rationale ?? '').trim() || null;
    const ratingLabel = input.ratingLabel === undefined ? row.rating_label : withoutBidiControls(input.ratingLabel ?? '').trim() || null;
    const before = { verdict: row.verdict, rationale: row.rationale, ratingLabel: row.rating_label };
    const after = { verdict: input.verdict, rationale, ratingLabel };
    if (before.verdict === after.verdict && before.rationale === after.rationale && before.ratingLabel === after.ratingLabel) return;
    const ok = await updateClaimIfVersion(trx, row.id, input.expectedVersion, {
      verdict: input.verdict,
      rationale,
      rating_label: ratingLabel,
      // A reset claim has no reviewer; who gave the earlier verdict and who reset it stay in the history.
      reviewer: input.verdict === 'unreviewed' ? null : actor,
      reviewed_at: input.verdict === 'unreviewed' ? null : now,
      updated_at: now,
    });
    if (!ok) throw await conflictError(trx, input.id, input.expectedVersion);
    await appendEvents(trx, [{ claimId: row.id, articleId: row.article_id, at: now, actor, action: 'verdict', before, after }]);
  });
}

export async function getClaim(ctx: ServiceContext, id: string): Promise<ClaimWithSources> {
  const claim = await getClaimWithSources(ctx.store.db, id);
  if (!claim) throw notFound('claim', id);
  return claim;
}

export async function claimHistory(ctx: ServiceContext, claimId: string): Promise<ClaimEvent[]> {
  const row = await findClaimRow(ctx.store.db, claimId, true);
  if (!row) throw notFound('claim', claimId);
  const events = await listEvents(ctx.store.db, claimId);
  if (row.origin === 'extracted') {
    // Extracted claims are created in bulk without an event row each; the history still starts there.
    events.unshift({ id: 0, claimId, articleId: row.article_id, at: row.created_at, actor: null, action: 'extracted', before: null, after: null });
  }
  return events;
}

export async function ratingLabels(ctx: ServiceContext): Promise<string[]> {
  const rows = await ctx.store.db
    .selectFrom('claims as c')
    // A trashed article's claims are in no list: their labels are not offered either.
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .select(['c.rating_label', (eb) => eb.fn.countAll<number>().as('n')])
    .where('c.rating_label', 'is not', null)
    .where('c.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .groupBy('c.rating_label')
    .orderBy('n', 'desc')
    .orderBy('c.rating_label')
    .limit(100)
    .execute();
  return rows.map((r) => r.rating_label!).filter(Boolean);
}

const SORT_COLUMNS = {
  position: ['c.article_id', 'c.start'],
  checkworthiness: ['c.checkworthiness'],
  updated: ['c.updated_at'],
  verdict: ['c.verdict'],
  claimant: ['c.claimant'],
  article: ['a.title', 'c.start'],
} as const;

/** Claims whose kept best match is the same claim (see factcheck.service flagClaims). */
const checkedBeforeFilter = sql<boolean>`exists (select 1 from claim_matches m where m.claim_id = c.id and m.similarity >= ${SAME_CLAIM_MIN})`;

export async function listClaims(ctx: ServiceContext, input: ParsedInput<'claims.list'>): Promise<MethodResult<'claims.list'>> {
  const db = ctx.store.db;
  const sort = input.sort ?? 'position';
  // Only the article sort needs the article row to find the page; every other sort finds the
  // page's ids from the claims table alone, and the details are read for those rows only.
  let q = db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .where('c.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null);
  if (input.articleId) q = q.where('c.article_id', '=', input.articleId);
  if (input.verdicts?.length) q = q.where('c.verdict', 'in', input.verdicts);
  if (input.claimant?.trim()) {
    // The claimant as written on the claim, or any name its grouped claimant was seen under
    // ("Merz" also finds the claims that say "Bundeskanzler Friedrich Merz").
    const written = ctx.store.dialect.like(sql.ref('c.claimant'), containsPattern(input.claimant.trim()));
    const aliasPattern = containsPattern(aliasKey(input.claimant));
    q = q.where(
      sql<boolean>`(${written} or c.claimant_id in (select al.claimant_id from claimant_aliases al where al.alias_key like ${aliasPattern} escape '\\'))`,
    );
  }
  if (input.claimantId) q = q.where('c.claimant_id', '=', input.claimantId);
  if (input.reviewer?.trim()) {
    // An unreviewed claim has no reviewer, whatever an older version left in the column.
    q = q.where('c.verdict', '!=', 'unreviewed').where(ctx.store.dialect.like(sql.ref('c.reviewer'), containsPattern(input.reviewer.trim())));
  }
  if (input.minCheckworthiness !== undefined) q = q.where('c.checkworthiness', '>=', input.minCheckworthiness);
  if (input.checkedBefore) q = q.where(checkedBeforeFilter);
  if (input.linkCheck) {
    const results = input.linkCheck;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('sources as s').innerJoin('source_checks as sc', 'sc.source_id', 's.id').select('s.id').whereRef('s.claim_id', '=', 'c.id').where('sc.result', 'in', results)),
    );
  }
  const total = input.includeTotal === false ? -1 : Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const direction = input.order ?? (sort === 'checkworthiness' || sort === 'updated' ? 'desc' : 'asc');
  let ids = q.select('c.id');
  for (const column of SORT_COLUMNS[sort]) ids = ids.orderBy(column, direction);
  const pageIds = (await ids.orderBy('c.id').limit(input.limit ?? 200).offset(input.offset ?? 0).execute()).map((r) => r.id);
  if (pageIds.length === 0) return { total: Math.max(total, 0), items: [] };
  const rows = await db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .selectAll('c')
    .select(['a.title as article_title', sql<number>`(select count(*) from sources s where s.claim_id = c.id)`.as('source_count')])
    .where('c.id', 'in', pageIds)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: ClaimListItem[] = pageIds.map((id) => {
    const r = byId.get(id)!;
    return { ...toClaim(r), articleTitle: r.article_title, sourceCount: Number(r.source_count) };
  });
  return { total, items };
}

/** Refuses a write that names a version the claim is no longer at (when the caller named one). */
export async function assertVersion(trx: Db, row: ClaimRow, expectedVersion: number | undefined): Promise<void> {
  if (expectedVersion !== undefined && row.version !== expectedVersion) throw await conflictError(trx, row.id, expectedVersion);
}

/**
 * Bumps a claim's version after a change to its sources, so stale verdict saves are refused. The
 * row must have been read with lockClaim; should it have moved on all the same, the write is
 * refused as a conflict rather than committed beside a version that does not count it.
 */
export async function touchClaim(trx: Db, row: ClaimRow, now: string): Promise<void> {
  if (!(await updateClaimIfVersion(trx, row.id, row.version, { updated_at: now }))) throw await conflictError(trx, row.id, row.version);
}

export { requireClaim };
