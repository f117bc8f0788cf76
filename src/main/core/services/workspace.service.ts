// Where the reviewer was: the open article and selected claim, kept in the database (settings),
// so the next start reopens them. Kept in the page's localStorage before, the memory was lost
// whenever the page's origin changed (serve picks a new port at every start) and the newest
// article opened instead; it also could not follow a reviewer from one window or host to another.
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { findClaimRow } from '../store/claim.repository';
import { readSettings, writeSetting } from '../store/settings.repository';
import { actingAccount, type ServiceContext } from './context';

export interface RememberedSelection {
  articleId: string | null;
  claimId: string | null;
}

/** The settings key: one per account on a team server (each reviewer keeps their own place). */
function selectionKey(): string {
  const account = actingAccount.getStore();
  return account ? `workspace.selection:${account.name}` : 'workspace.selection';
}

export async function rememberSelection(ctx: ServiceContext, input: ParsedInput<'workspace.remember'>): Promise<MethodResult<'workspace.remember'>> {
  const value = input.articleId ? JSON.stringify({ articleId: input.articleId, claimId: input.claimId }) : null;
  await writeSetting(ctx.store.db, selectionKey(), value);
  return { remembered: value !== null };
}

/** The selection remembered last (not checked against what exists now). */
export async function rememberedSelection(ctx: ServiceContext): Promise<RememberedSelection> {
  const stored = (await readSettings(ctx.store.db)).get(selectionKey());
  if (!stored) return { articleId: null, claimId: null };
  try {
    const parsed = JSON.parse(stored) as Partial<RememberedSelection>;
    return { articleId: typeof parsed.articleId === 'string' ? parsed.articleId : null, claimId: typeof parsed.claimId === 'string' ? parsed.claimId : null };
  } catch {
    return { articleId: null, claimId: null };
  }
}

/**
 * The article and claim the workspace opens: the article asked for if it is listed, else the one
 * remembered if it still is (with its claim, if that is still a live claim of it), else the
 * newest listed, else none.
 */
export async function articleToOpen(ctx: ServiceContext, listed: ReadonlyArray<{ id: string }>, asked: string | undefined): Promise<RememberedSelection> {
  const isListed = (id: string | null | undefined): id is string => !!id && listed.some((a) => a.id === id);
  const remembered = await rememberedSelection(ctx);
  const articleId = isListed(asked) ? asked : isListed(remembered.articleId) ? remembered.articleId : (listed[0]?.id ?? null);
  if (!articleId || articleId !== remembered.articleId || !remembered.claimId) return { articleId, claimId: null };
  const claim = await findClaimRow(ctx.store.db, remembered.claimId);
  return { articleId, claimId: claim && claim.article_id === articleId ? claim.id : null };
}
