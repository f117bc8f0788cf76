import type { ClaimEvent } from '../../../shared/domain';
import type { Db } from './database';
import { toClaimEvent } from './mappers';

type Executor = Pick<Db, 'selectFrom' | 'insertInto'>;

export interface NewClaimEvent {
  claimId: string;
  articleId: string;
  at: string;
  actor: string | null;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const toRow = (e: NewClaimEvent) => ({
  claim_id: e.claimId,
  article_id: e.articleId,
  at: e.at,
  actor: e.actor,
  action: e.action,
  before_json: e.before ? JSON.stringify(e.before) : null,
  after_json: e.after ? JSON.stringify(e.after) : null,
});

export async function appendEvents(db: Executor, events: NewClaimEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 2000) {
    await db.insertInto('claim_events').values(events.slice(i, i + 2000).map(toRow)).execute();
  }
}

export async function listEvents(db: Executor, claimId: string): Promise<ClaimEvent[]> {
  const rows = await db.selectFrom('claim_events').selectAll().where('claim_id', '=', claimId).orderBy('id').execute();
  return rows.map(toClaimEvent);
}

/** Claims with any history beyond their creation by extraction: a person has touched them. */
export async function claimIdsWithHistory(db: Executor, articleId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('claim_events')
    .select('claim_id')
    .distinct()
    .where('article_id', '=', articleId)
    .where('action', 'not in', ['created', 're-extracted'])
    .execute();
  return new Set(rows.map((r) => r.claim_id));
}
