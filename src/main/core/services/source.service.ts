import { newId } from '../ids';
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { VERDICTS_NEEDING_SOURCE, type Source } from '../../../shared/domain';
import { AppError, notFound } from '../errors';
import { countSources, getClaimWithSources } from '../store/claim.repository';
import { appendEvents } from '../store/event.repository';
import { toSource } from '../store/mappers';
import { snapshotFilesOf } from '../snapshots/snapshot-store';
import { findSnapshotRow, markSnapshotPending } from '../store/snapshot.repository';
import { deleteSource, findSourceRow, getSource, insertSource, updateSource } from '../store/source.repository';
import type { NewSourceRow } from '../store/tables';
import { assertVersion, lockClaim, touchClaim } from './claim.service';
import { currentActor, type ServiceContext } from './context';

const today = (now: string) => now.slice(0, 10);
const notFoundSource = (id: string): never => {
  throw notFound('source', id);
};
const describe = (s: Source) => ({ url: s.url, title: s.title, publisher: s.publisher, stance: s.stance, excerpt: s.excerpt, archivedUrl: s.archivedUrl, accessedAt: s.accessedAt });

export async function addSource(ctx: ServiceContext, input: ParsedInput<'sources.add'>): Promise<MethodResult<'sources.add'>> {
  const actor = await currentActor(ctx);
  const now = ctx.now();
  // The claim in each answer is read inside the write's transaction (see writeClaim).
  const result = await ctx.store.db.transaction().execute(async (trx) => {
    const claim = await lockClaim(ctx, trx, input.claimId);
    await assertVersion(trx, claim, input.expectedVersion);
    const row: NewSourceRow = {
      id: newId(),
      claim_id: claim.id,
      url: input.url,
      title: input.title?.trim() || null,
      publisher: input.publisher?.trim() || null,
      stance: input.stance ?? 'supports',
      excerpt: input.excerpt?.trim() || null,
      archived_url: input.archivedUrl ?? null,
      accessed_at: input.accessedAt ?? today(now),
      added_by: actor,
      added_at: now,
    };
    const created = await insertSource(trx, row);
    // Snapshot on add: recorded as pending with the source, taken once this has committed.
    if (ctx.snapshots) await markSnapshotPending(trx, created.id, now);
    await touchClaim(trx, claim, now);
    await appendEvents(trx, [{ claimId: claim.id, articleId: claim.article_id, at: now, actor, action: 'source.added', after: describe(created) }]);
    return { source: (await getSource(trx, created.id))!, claim: (await getClaimWithSources(trx, claim.id))! };
  });
  ctx.snapshots?.request([result.source.id]);
  return result;
}

export async function editSource(ctx: ServiceContext, input: ParsedInput<'sources.update'>): Promise<MethodResult<'sources.update'>> {
  const actor = await currentActor(ctx);
  const now = ctx.now();
  const result = await ctx.store.db.transaction().execute(async (trx) => {
    const claim = await lockClaim(ctx, trx, (await findSourceRow(trx, input.id))?.claim_id ?? notFoundSource(input.id));
    // Read again under the claim's lock: another write may have removed it meanwhile.
    const existing = await findSourceRow(trx, input.id);
    if (!existing) throw notFound('source', input.id);
    await assertVersion(trx, claim, input.expectedVersion);
    const patch: Partial<NewSourceRow> = {};
    if (input.url !== undefined) patch.url = input.url;
    if (input.title !== undefined) patch.title = input.title?.trim() || null;
    if (input.publisher !== undefined) patch.publisher = input.publisher?.trim() || null;
    if (input.stance !== undefined) patch.stance = input.stance;
    if (input.excerpt !== undefined) patch.excerpt = input.excerpt?.trim() || null;
    if (input.archivedUrl !== undefined) patch.archived_url = input.archivedUrl;
    if (input.accessedAt !== undefined) patch.accessed_at = input.accessedAt;
    const before = toSource(existing);
    const after = toSource({ ...existing, ...patch });
    if (JSON.stringify(describe(before)) !== JSON.stringify(describe(after))) {
      await updateSource(trx, input.id, patch);
      // A new address is a new source to keep: its snapshot is taken again (the old copy stays until then).
      if (ctx.snapshots && before.url !== after.url) await markSnapshotPending(trx, input.id, now);
      await touchClaim(trx, claim, now);
      await appendEvents(trx, [{ claimId: claim.id, articleId: claim.article_id, at: now, actor, action: 'source.updated', before: describe(before), after: describe(after) }]);
    }
    return { source: (await getSource(trx, input.id))!, claim: (await getClaimWithSources(trx, claim.id))!, refetch: before.url !== after.url };
  });
  if (result.refetch) ctx.snapshots?.request([input.id]);
  return { source: result.source, claim: result.claim };
}

export async function removeSource(ctx: ServiceContext, input: ParsedInput<'sources.remove'>): Promise<MethodResult<'sources.remove'>> {
  const { id } = input;
  const actor = await currentActor(ctx);
  const now = ctx.now();
  const result = await ctx.store.db.transaction().execute(async (trx) => {
    const claim = await lockClaim(ctx, trx, (await findSourceRow(trx, id))?.claim_id ?? notFoundSource(id), true);
    // Read again under the claim's lock: another write may have removed it meanwhile.
    const existing = await findSourceRow(trx, id);
    if (!existing) throw notFound('source', id);
    await assertVersion(trx, claim, input.expectedVersion);
    if ((VERDICTS_NEEDING_SOURCE as readonly string[]).includes(claim.verdict)) {
      if ((await countSources(trx, claim.id)) <= 1) {
        throw new AppError('rule', `This is the only source of a claim marked ${claim.verdict}. Add another source or change the verdict first.`);
      }
    }
    const snapshotFile = (await findSnapshotRow(trx, id))?.file ?? null;
    await deleteSource(trx, id); // the snapshot row goes with it (cascade)
    await touchClaim(trx, claim, now);
    await appendEvents(trx, [{ claimId: claim.id, articleId: claim.article_id, at: now, actor, action: 'source.removed', before: describe(toSource(existing)) }]);
    return { claim: (await getClaimWithSources(trx, claim.id))!, snapshotFile };
  });
  // Deleting a source deletes its snapshot; after the commit, so a rolled-back delete keeps it
  // (a crash in between leaves an orphan file that `claimdesk check` removes).
  await snapshotFilesOf(ctx.store).remove(result.snapshotFile);
  return { claim: result.claim };
}
