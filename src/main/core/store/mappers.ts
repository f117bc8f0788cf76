// Row (snake_case, as stored) → domain object (camelCase, as the contract promises).
import type { ArticleSummary, Claim, ClaimEvent, LinkCheck, Source, SourceSnapshot, VerdictCounts } from '../../../shared/domain';
import type { ArticleRow, ClaimEventRow, ClaimRow, SourceCheckTable, SourceRow, SourceSnapshotTable } from './tables';

export function toClaim(row: ClaimRow): Claim {
  return {
    id: row.id,
    articleId: row.article_id,
    start: row.start,
    end: row.end,
    text: row.text,
    claimant: row.claimant,
    claimantRole: row.claimant_role,
    claimantId: row.claimant_id ?? null,
    kind: row.kind as Claim['kind'],
    checkworthiness: row.checkworthiness,
    checkworthinessReasons: parseJson<string[]>(row.checkworthiness_reasons) ?? [],
    claimType: row.claim_type as Claim['claimType'],
    verdict: row.verdict as Claim['verdict'],
    rationale: row.rationale,
    ratingLabel: row.rating_label,
    version: row.version,
    // Before 2026-12-07 a reset to Unreviewed stored the resetting reviewer: an open claim shows none.
    reviewer: row.verdict === 'unreviewed' ? null : row.reviewer,
    origin: row.origin as Claim['origin'],
    edited: row.edited === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reviewedAt: row.verdict === 'unreviewed' ? null : row.reviewed_at,
  };
}

/** The snapshot and link-check columns a source query joins in (see selectSources); null where there is no row. */
export interface SourceExtrasColumns {
  snap_status?: SourceSnapshotTable['status'] | null;
  snap_sha256?: string | null;
  snap_retrieved_at?: string | null;
  snap_http_status?: number | null;
  snap_final_url?: string | null;
  snap_content_type?: string | null;
  snap_bytes?: number | null;
  snap_reason?: string | null;
  check_result?: SourceCheckTable['result'] | null;
  check_checked_at?: string | null;
  check_detail?: string | null;
}

function toSnapshot(row: SourceExtrasColumns): SourceSnapshot | null {
  if (!row.snap_status) return null;
  return {
    status: row.snap_status,
    sha256: row.snap_sha256 ?? null,
    retrievedAt: row.snap_retrieved_at ?? null,
    httpStatus: row.snap_http_status ?? null,
    finalUrl: row.snap_final_url ?? null,
    contentType: row.snap_content_type ?? null,
    bytes: row.snap_bytes ?? null,
    reason: row.snap_reason ?? null,
  };
}

function toLinkCheck(row: SourceExtrasColumns): LinkCheck | null {
  if (!row.check_result || !row.check_checked_at) return null;
  return { result: row.check_result, checkedAt: row.check_checked_at, detail: row.check_detail ?? null };
}

export function toSource(row: SourceRow & SourceExtrasColumns): Source {
  return {
    id: row.id,
    claimId: row.claim_id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    stance: row.stance as Source['stance'],
    excerpt: row.excerpt,
    archivedUrl: row.archived_url,
    accessedAt: row.accessed_at,
    addedBy: row.added_by,
    addedAt: row.added_at,
    snapshot: toSnapshot(row),
    linkCheck: toLinkCheck(row),
  };
}

export function toClaimEvent(row: ClaimEventRow): ClaimEvent {
  return {
    id: row.id,
    claimId: row.claim_id,
    articleId: row.article_id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
  };
}

export type ArticleSummaryRow = Omit<ArticleRow, 'text' | 'content_hash' | 'deleted_at'> & {
  claim_count: number;
  verified: number;
  disputed: number;
  inconclusive: number;
};

export function toArticleSummary(row: ArticleSummaryRow): ArticleSummary {
  const counts: VerdictCounts = {
    verified: Number(row.verified ?? 0),
    disputed: Number(row.disputed ?? 0),
    inconclusive: Number(row.inconclusive ?? 0),
    unreviewed: 0,
  };
  counts.unreviewed = Number(row.claim_count) - counts.verified - counts.disputed - counts.inconclusive;
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    author: row.author,
    publishedAt: row.published_at,
    language: row.language as ArticleSummary['language'],
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    claimCount: Number(row.claim_count),
    counts,
  };
}

function parseJson<T>(value: string | null): T | null {
  if (value === null) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}
