// The article trash. Deleting an article moves it here with its claims, sources and history;
// it leaves every list, search and report, and can be restored as it was until the trash is
// emptied: by hand, or TRASH_DAYS after the deletion when the app next starts.
import type { TrashedArticle } from '../../../shared/contract';
import { TRASH_DAYS } from '../../../shared/constants';
import type { ArticleSummary } from '../../../shared/domain';
import { notFound } from '../errors';
import { snapshotFilesOf } from '../snapshots/snapshot-store';
import { anyTrashedBefore, getArticleSummary, listTrashedArticles, purgeTrashedArticles, trashArticle, untrashArticle } from '../store/article.repository';
import type { ServiceContext } from './context';

const DAY_MS = 24 * 60 * 60 * 1000;

const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY_MS).toISOString();

export async function moveArticleToTrash(ctx: ServiceContext, id: string): Promise<{ deleted: boolean }> {
  const now = ctx.now();
  const moved = await ctx.store.db.transaction().execute((trx) => trashArticle(trx, id, now));
  if (!moved) throw notFound('article', id);
  return { deleted: true };
}

export async function restoreArticle(ctx: ServiceContext, id: string): Promise<ArticleSummary> {
  return ctx.store.db.transaction().execute(async (trx) => {
    if (!(await untrashArticle(trx, id))) throw notFound('article in the trash', id);
    return (await getArticleSummary(trx, id))!;
  });
}

export async function listTrash(ctx: ServiceContext): Promise<TrashedArticle[]> {
  const articles = await listTrashedArticles(ctx.store.db);
  return articles.map((a) => ({ ...a, purgeAt: plusDays(a.deletedAt, TRASH_DAYS) }));
}

export async function emptyTrash(ctx: ServiceContext, input: { ids?: string[] }): Promise<{ removed: number }> {
  const { removed, snapshotFiles } = await ctx.store.db.transaction().execute((trx) => purgeTrashedArticles(trx, { ids: input.ids }));
  await removeSnapshotFiles(ctx, snapshotFiles);
  return { removed };
}

/** At start-up: deletes for good what has been in the trash for TRASH_DAYS days or more. */
export async function purgeExpiredTrash(ctx: ServiceContext): Promise<number> {
  const deletedBefore = plusDays(ctx.now(), -TRASH_DAYS);
  // Nearly every start finds nothing to delete: one indexed read then, no write transaction.
  if (!(await anyTrashedBefore(ctx.store.db, deletedBefore))) return 0;
  const { removed, snapshotFiles } = await ctx.store.db.transaction().execute((trx) => purgeTrashedArticles(trx, { deletedBefore }));
  await removeSnapshotFiles(ctx, snapshotFiles);
  return removed;
}

/**
 * Sources deleted for good take their snapshot files with them, at once: after the commit, so a
 * rolled-back purge keeps them (a crash in between leaves orphans that `claimdesk check` removes).
 */
async function removeSnapshotFiles(ctx: ServiceContext, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  const store = snapshotFilesOf(ctx.store);
  for (const file of files) {
    try {
      await store.remove(file);
    } catch (error) {
      console.warn(`[claimdesk] could not remove snapshot file ${file}: ${(error as Error).message} (claimdesk check removes it later)`);
    }
  }
}
