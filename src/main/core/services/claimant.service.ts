// Claimants as people across articles: list, one claimant's record, and the reviewer's
// rename / merge / split, each in one transaction, in the claimant's history and undoable,
// refused as a conflict when the claimant changed since the version the caller read.
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { Claimant, ClaimantClaim, ClaimantEvent, ClaimantFirstSeen } from '../../../shared/claimants.contract';
import { aliasKey } from '../claimants/names';
import { AppError } from '../errors';
import { newId } from '../ids';
import {
  aliasesOf,
  claimantClaims,
  claimantIdsMatching,
  claimantsWithAlias,
  findClaimant,
  firstSeenOf,
  insertAliases,
  listClaimantSummaries,
  unresolvedNames,
  type ClaimantSummaryRow,
} from '../store/claimant.repository';
import type { Db } from '../store/database';
import type { ClaimantRow } from '../store/tables';
import { assertArticleLive } from './claim.service';
import { currentActor, type ServiceContext } from './context';

function toClaimant(row: ClaimantSummaryRow, aliases: string[], firstSeen: ClaimantFirstSeen): Claimant {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    aliases,
    claims: Number(row.claims),
    articles: Number(row.articles),
    verdicts: { verified: Number(row.verified), disputed: Number(row.disputed), inconclusive: Number(row.inconclusive), open: Number(row.open) },
    version: row.version,
    firstSeen,
  };
}

export async function listClaimants(ctx: ServiceContext, input: ParsedInput<'claimants.list'>): Promise<MethodResult<'claimants.list'>> {
  const db = ctx.store.db;
  const ids = input.query?.trim() ? await claimantIdsMatching(db, input.query) : undefined;
  const { total, rows } = await listClaimantSummaries(db, { ids, limit: input.limit ?? 500, offset: input.offset ?? 0 });
  const page = rows.map((r) => r.id);
  const aliases = await aliasesOf(db, page);
  const firstSeen = await firstSeenOf(db, page);
  return { claimants: rows.map((r) => toClaimant(r, aliases.get(r.id) ?? [], firstSeen.get(r.id) ?? null)), total, unresolved: input.query ? [] : await unresolvedNames(db, 50) };
}

/** A claimant by id, else by any name it was seen under; an ambiguous name is refused with the candidates. */
async function requireClaimant(db: Db, ref: string): Promise<ClaimantRow> {
  let row = await findClaimant(db, ref);
  if (!row) {
    const ids = await claimantsWithAlias(db, ref);
    if (ids.length > 1) {
      const names = await db.selectFrom('claimants').select(['id', 'name']).where('id', 'in', ids).execute();
      throw new AppError('validation', `"${ref.slice(0, 100)}" names ${ids.length} claimants: ${names.map((n) => `${n.name} (${n.id})`).join(', ')}. Name one by its id.`, {
        candidates: names,
      });
    }
    if (ids.length === 1) row = await findClaimant(db, ids[0]!);
  }
  if (!row) throw new AppError('not_found', `No claimant with the id or name "${ref.slice(0, 100)}".`, { claimant: ref.slice(0, 100) });
  // A claimant merged into another answers as the one it went into (old links keep working).
  while (row.merged_into) row = (await findClaimant(db, row.merged_into))!;
  return row;
}

async function summary(db: Db, row: ClaimantRow): Promise<Claimant> {
  const { rows } = await listClaimantSummaries(db, { ids: [row.id], limit: 1, offset: 0 });
  const aliases = (await aliasesOf(db, [row.id])).get(row.id) ?? [];
  const counts = rows[0] ?? { ...row, claims: 0, articles: 0, verified: 0, disputed: 0, inconclusive: 0, open: 0 };
  const firstSeen = (await firstSeenOf(db, [row.id])).get(row.id) ?? null;
  return toClaimant({ ...counts, id: row.id, name: row.name, type: row.type, version: row.version }, aliases, firstSeen);
}

export async function getClaimant(ctx: ServiceContext, input: ParsedInput<'claimants.get'>): Promise<MethodResult<'claimants.get'>> {
  const db = ctx.store.db;
  const row = await requireClaimant(db, input.claimant);
  const claims = await claimantClaims(db, row.id, input.limit ?? 100_000);
  return {
    claimant: await summary(db, row),
    claims: claims.map((c) => ({
      id: c.id,
      articleId: c.article_id,
      text: c.text,
      verdict: c.verdict as ClaimantClaim['verdict'],
      ratingLabel: c.rating_label,
      articleTitle: c.article_title,
      date: c.article_date,
      claimant: c.claimant,
      reviewedAt: c.reviewed_at,
      start: c.start,
      end: c.end,
    })),
  };
}

function assertVersion(row: ClaimantRow, expected: number | undefined, what = 'This claimant'): void {
  if (expected !== undefined && row.version !== expected) {
    throw new AppError(
      'conflict',
      `${what} (${row.name}) was changed elsewhere (now version ${row.version}, you had version ${expected}). Nothing was saved; reload to see the change.`,
      { claimantId: row.id, currentVersion: row.version },
    );
  }
}

/** Bumps a claimant's version: every write to a claimant does, so a stale write is refused. */
async function bump(trx: Db, id: string, now: string, patch: Partial<Pick<ClaimantRow, 'name' | 'name_locked' | 'merged_into'>> = {}): Promise<void> {
  await trx
    .updateTable('claimants')
    .set((eb) => ({ ...patch, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

async function addEvent(trx: Db, claimantId: string, at: string, actor: string | null, action: string, before: object | null, after: object | null): Promise<void> {
  await trx
    .insertInto('claimant_events')
    .values({ claimant_id: claimantId, at, actor, action, before_json: before ? JSON.stringify(before) : null, after_json: after ? JSON.stringify(after) : null, undone_at: null })
    .execute();
}

async function write<T>(ctx: ServiceContext, work: (trx: Db, actor: string | null, now: string) => Promise<T>): Promise<T> {
  const actor = await currentActor(ctx);
  const now = ctx.now();
  return ctx.store.db.transaction().execute((trx) => work(trx, actor, now));
}

export function renameClaimant(ctx: ServiceContext, input: ParsedInput<'claimants.rename'>): Promise<Claimant> {
  return write(ctx, async (trx, actor, now) => {
    const row = await requireClaimant(trx, input.claimant);
    assertVersion(row, input.expectedVersion);
    const name = input.name.trim();
    if (name !== row.name) {
      const hadAlias = (await trx.selectFrom('claimant_aliases').select('manual').where('claimant_id', '=', row.id).where('alias_key', '=', aliasKey(name)).executeTakeFirst()) ?? null;
      await bump(trx, row.id, now, { name, name_locked: 1 });
      await insertAliases(trx, [{ claimantId: row.id, alias: name }], true);
      await addEvent(trx, row.id, now, actor, 'renamed', { name: row.name, nameLocked: row.name_locked, alias: hadAlias }, { name });
    }
    return summary(trx, (await findClaimant(trx, row.id))!);
  });
}

export function mergeClaimants(ctx: ServiceContext, input: ParsedInput<'claimants.merge'>): Promise<Claimant> {
  return write(ctx, async (trx, actor, now) => {
    const keep = await requireClaimant(trx, input.keep);
    const other = await requireClaimant(trx, input.other);
    if (keep.id === other.id) {
      throw new AppError('rule', `"${input.keep.slice(0, 100)}" and "${input.other.slice(0, 100)}" are the same claimant (${keep.name}); nothing to merge.`, { claimantId: keep.id });
    }
    assertVersion(keep, input.keepVersion, 'The claimant to keep');
    assertVersion(other, input.otherVersion, 'The claimant to merge');
    const claimIds = (await trx.selectFrom('claims').select('id').where('claimant_id', '=', other.id).execute()).map((r) => r.id);
    const keepKeys = new Set((await trx.selectFrom('claimant_aliases').select('alias_key').where('claimant_id', '=', keep.id).execute()).map((r) => r.alias_key));
    const otherAliases = await trx.selectFrom('claimant_aliases').select(['alias', 'alias_key']).where('claimant_id', '=', other.id).execute();
    const added = otherAliases.filter((a) => !keepKeys.has(a.alias_key));
    await trx.updateTable('claims').set({ claimant_id: keep.id }).where('claimant_id', '=', other.id).execute();
    // The aliases go to KEEP by hand: from now on each of them names KEEP, even a bare surname.
    await insertAliases(trx, otherAliases.map((a) => ({ claimantId: keep.id, alias: a.alias })), true);
    await bump(trx, other.id, now, { merged_into: keep.id });
    await bump(trx, keep.id, now);
    const record = { otherId: other.id, otherName: other.name, claimIds, addedAliasKeys: added.map((a) => a.alias_key) };
    await addEvent(trx, keep.id, now, actor, 'merged', null, record);
    await addEvent(trx, other.id, now, actor, 'merged-into', null, { keepId: keep.id, keepName: keep.name });
    return summary(trx, (await findClaimant(trx, keep.id))!);
  });
}

export function splitClaimant(ctx: ServiceContext, input: ParsedInput<'claimants.split'>): Promise<MethodResult<'claimants.split'>> {
  return write(ctx, async (trx, actor, now) => {
    const row = await requireClaimant(trx, input.claimant);
    assertVersion(row, input.expectedVersion);
    const keys = new Set((input.aliases ?? []).map(aliasKey).filter(Boolean));
    const claims = await trx.selectFrom('claims').select(['id', 'claimant']).where('claimant_id', '=', row.id).execute();
    const wanted = new Set(input.claimIds ?? []);
    const foreign = [...wanted].filter((id) => !claims.some((c) => c.id === id));
    if (foreign.length) throw new AppError('validation', `${foreign.length} of the claims named are not ${row.name}'s (${foreign.slice(0, 3).join(', ')}).`, { claimIds: foreign.slice(0, 20) });
    const aliasRows = await trx.selectFrom('claimant_aliases').selectAll().where('claimant_id', '=', row.id).execute();
    const unknownAliases = [...keys].filter((k) => !aliasRows.some((a) => a.alias_key === k));
    if (unknownAliases.length) throw new AppError('validation', `${row.name} has no alias ${unknownAliases.slice(0, 3).map((k) => `"${k.slice(0, 100)}"`).join(', ')}.`, { field: 'aliases' });
    const moving = claims.filter((c) => wanted.has(c.id) || (c.claimant !== null && keys.has(aliasKey(c.claimant))));
    const movingAliases = aliasRows.filter((a) => keys.has(a.alias_key));
    if (moving.length === 0 && movingAliases.length === 0) throw new AppError('rule', 'Nothing to split off: name aliases or claims of this claimant.', { claimantId: row.id });
    if (moving.length === claims.length && movingAliases.length === aliasRows.length) {
      throw new AppError('rule', `That would move everything of ${row.name}; rename the claimant instead.`, { claimantId: row.id });
    }
    const name = input.name?.trim() || movingAliases[0]?.alias || moving[0]?.claimant || `${row.name} (2)`;
    const id = newId();
    await trx
      .insertInto('claimants')
      .values({ id, name, type: row.type, given_key: null, surname_key: null, org_key: null, name_locked: 1, merged_into: null, created_at: now, updated_at: now })
      .execute();
    for (let i = 0; i < moving.length; i += 900) {
      await trx.updateTable('claims').set({ claimant_id: id }).where('id', 'in', moving.slice(i, i + 900).map((c) => c.id)).execute();
    }
    if (movingAliases.length) await trx.deleteFrom('claimant_aliases').where('claimant_id', '=', row.id).where('alias_key', 'in', movingAliases.map((a) => a.alias_key)).execute();
    await insertAliases(trx, [...movingAliases.map((a) => ({ claimantId: id, alias: a.alias })), { claimantId: id, alias: name }], true);
    await bump(trx, row.id, now);
    const record = { newId: id, newName: name, claimIds: moving.map((c) => c.id), aliases: movingAliases.map((a) => ({ alias: a.alias, manual: a.manual })) };
    await addEvent(trx, row.id, now, actor, 'split', null, record);
    await addEvent(trx, id, now, actor, 'split-from', null, { fromId: row.id, fromName: row.name });
    return { kept: await summary(trx, (await findClaimant(trx, row.id))!), created: await summary(trx, (await findClaimant(trx, id))!) };
  });
}

/** One claim linked to a claimant by hand: an unresolved name a reviewer knows, or a wrong link put right. */
export function assignClaim(ctx: ServiceContext, input: ParsedInput<'claimants.assign'>): Promise<Claimant> {
  return write(ctx, async (trx, actor, now) => {
    const row = await requireClaimant(trx, input.claimant);
    assertVersion(row, input.expectedVersion);
    if (row.merged_into) throw new AppError('rule', `${row.name} was merged into another claimant; assign the claim to that one.`, { claimantId: row.id });
    const claim = await trx.selectFrom('claims').select(['id', 'article_id', 'claimant', 'claimant_id']).where('id', '=', input.claimId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!claim) throw new AppError('not_found', `No claim with the id "${input.claimId.slice(0, 100)}".`, { claimId: input.claimId.slice(0, 100) });
    await assertArticleLive(ctx, trx, claim.article_id);
    if (claim.claimant_id === row.id) return summary(trx, row);
    await trx.updateTable('claims').set({ claimant_id: row.id }).where('id', '=', claim.id).execute();
    await bump(trx, row.id, now);
    await addEvent(trx, row.id, now, actor, 'assigned', { claimantId: claim.claimant_id }, { claimId: claim.id, name: claim.claimant });
    return summary(trx, (await findClaimant(trx, row.id))!);
  });
}

export function undoLastChange(ctx: ServiceContext, input: ParsedInput<'claimants.undo'>): Promise<Claimant> {
  return write(ctx, async (trx, actor, now) => {
    const row = await requireClaimant(trx, input.claimant);
    assertVersion(row, input.expectedVersion);
    const event = await trx
      .selectFrom('claimant_events')
      .selectAll()
      .where('claimant_id', '=', row.id)
      .where('action', 'in', ['renamed', 'merged', 'split', 'assigned'])
      .where('undone_at', 'is', null)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!event) throw new AppError('rule', `${row.name} has no rename, merge, split or assignment left to undo.`, { claimantId: row.id });
    const before = event.before_json ? (JSON.parse(event.before_json) as Record<string, unknown>) : {};
    const after = event.after_json ? (JSON.parse(event.after_json) as Record<string, unknown>) : {};
    if (event.action === 'assigned') {
      // The claim goes back to where it was (unresolved, or its earlier claimant), if it is still here.
      await trx.updateTable('claims').set({ claimant_id: (before.claimantId as string | null) ?? null }).where('id', '=', String(after.claimId)).where('claimant_id', '=', row.id).execute();
      await bump(trx, row.id, now);
    } else if (event.action === 'renamed') {
      await bump(trx, row.id, now, { name: String(before.name), name_locked: Number(before.nameLocked ?? 0) });
      // The new name's alias goes unless it was there before the rename.
      if (!before.alias) await trx.deleteFrom('claimant_aliases').where('claimant_id', '=', row.id).where('alias_key', '=', aliasKey(String(after.name))).execute();
    } else if (event.action === 'merged') {
      const otherId = String(after.otherId);
      const claimIds = (after.claimIds as string[]) ?? [];
      // Only the claims still here go back (one deleted for good since is simply gone).
      for (let i = 0; i < claimIds.length; i += 900) {
        await trx.updateTable('claims').set({ claimant_id: otherId }).where('id', 'in', claimIds.slice(i, i + 900)).where('claimant_id', '=', row.id).execute();
      }
      const addedKeys = (after.addedAliasKeys as string[]) ?? [];
      if (addedKeys.length) await trx.deleteFrom('claimant_aliases').where('claimant_id', '=', row.id).where('alias_key', 'in', addedKeys).execute();
      await bump(trx, otherId, now, { merged_into: null });
      await bump(trx, row.id, now);
    } else {
      const newId = String(after.newId);
      const claimIds = (after.claimIds as string[]) ?? [];
      for (let i = 0; i < claimIds.length; i += 900) {
        await trx.updateTable('claims').set({ claimant_id: row.id }).where('id', 'in', claimIds.slice(i, i + 900)).where('claimant_id', '=', newId).execute();
      }
      const aliases = (after.aliases as Array<{ alias: string; manual: number }>) ?? [];
      await insertAliases(trx, aliases.filter((a) => a.manual === 0).map((a) => ({ claimantId: row.id, alias: a.alias })), false);
      await insertAliases(trx, aliases.filter((a) => a.manual === 1).map((a) => ({ claimantId: row.id, alias: a.alias })), true);
      // The split-off claimant goes back into this one (kept as a merged row, like a merge).
      await trx.updateTable('claims').set({ claimant_id: row.id }).where('claimant_id', '=', newId).execute();
      await bump(trx, newId, now, { merged_into: row.id });
      await bump(trx, row.id, now);
    }
    await trx.updateTable('claimant_events').set({ undone_at: now }).where('id', '=', event.id).execute();
    await addEvent(trx, row.id, now, actor, 'undo', { action: event.action, eventId: event.id }, null);
    return summary(trx, (await findClaimant(trx, row.id))!);
  });
}

export async function claimantHistory(ctx: ServiceContext, input: ParsedInput<'claimants.history'>): Promise<ClaimantEvent[]> {
  const row = await requireClaimant(ctx.store.db, input.claimant);
  const rows = await ctx.store.db.selectFrom('claimant_events').selectAll().where('claimant_id', '=', row.id).orderBy('id').execute();
  return rows.map((e) => ({
    id: e.id,
    claimantId: e.claimant_id,
    at: e.at,
    actor: e.actor,
    action: e.action,
    before: e.before_json ? (JSON.parse(e.before_json) as Record<string, unknown>) : null,
    after: e.after_json ? (JSON.parse(e.after_json) as Record<string, unknown>) : null,
    undone: e.undone_at !== null,
  }));
}
