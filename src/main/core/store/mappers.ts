// Row (snake_case, as stored) → domain object (camelCase, as the contract promises).
import type { ArticleSummary, Claim, ClaimEvent, Source, VerdictCounts } from '../../../shared/domain';
import type { ArticleRow, ClaimEventRow, ClaimRow, SourceRow } from './tables';

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
    reviewer: row.reviewer,
    origin: row.origin as Claim['origin'],
    edited: row.edited === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reviewedAt: row.reviewed_at,
  };
}

export function toSource(row: SourceRow): Source {
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
