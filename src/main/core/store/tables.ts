// Row types of each table (snake_case, as stored). Repositories map them to domain objects.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ArticleTable {
  id: string;
  title: string;
  text: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  published_at: string | null;
  language: string;
  content_hash: string;
  imported_at: string;
  imported_by: string | null;
  /** Set while the article is in the trash; null for a live article. */
  deleted_at: string | null;
}

export interface ClaimTable {
  id: string;
  article_id: string;
  start: number;
  end: number;
  text: string;
  claimant: string | null;
  claimant_role: string | null;
  kind: string;
  checkworthiness: number;
  checkworthiness_reasons: string;
  claim_type: string;
  verdict: Generated<string>;
  rationale: string | null;
  rating_label: string | null;
  version: Generated<number>;
  reviewer: string | null;
  origin: Generated<string>;
  edited: Generated<number>;
  created_at: string;
  updated_at: string;
  reviewed_at: string | null;
  deleted_at: string | null;
  /** The claimant this claim is grouped under; null while unresolved (schema 6). */
  claimant_id: Generated<string | null>;
}

export interface ClaimantTable {
  id: string;
  name: string;
  type: 'person' | 'organisation';
  given_key: string | null;
  surname_key: string | null;
  org_key: string | null;
  name_locked: Generated<number>;
  merged_into: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ClaimantAliasTable {
  claimant_id: string;
  alias: string;
  alias_key: string;
  manual: Generated<number>;
}

export interface ClaimantEventTable {
  id: Generated<number>;
  claimant_id: string;
  at: string;
  actor: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
  undone_at: string | null;
}

export interface SourceTable {
  id: string;
  claim_id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  stance: string;
  excerpt: string | null;
  archived_url: string | null;
  accessed_at: string | null;
  added_by: string | null;
  added_at: string;
}

export interface SourceSnapshotTable {
  source_id: string;
  status: 'pending' | 'archived' | 'failed';
  origin: 'fetch' | 'file';
  /** The .warc.gz file, relative to the snapshots folder; set only once the file is complete. */
  file: string | null;
  sha256: string | null;
  retrieved_at: string | null;
  http_status: number | null;
  final_url: string | null;
  content_type: string | null;
  bytes: number | null;
  reason: string | null;
  requested_at: string;
}

/** A snapshot's .warc.gz file kept in the database (a PostgreSQL desk; empty on SQLite). */
export interface SnapshotFileTable {
  name: string;
  bytes: Buffer;
  created_at: string;
}

export interface SourceCheckTable {
  source_id: string;
  result: 'unchanged' | 'changed' | 'moved' | 'gone' | 'error';
  checked_at: string;
  http_status: number | null;
  final_url: string | null;
  sha256: string | null;
  detail: string | null;
  /** What changed in the readable text (unified diff, capped), for `changed`; since schema version 8. */
  diff: string | null;
}

export interface ClaimEventTable {
  id: Generated<number>;
  claim_id: string;
  article_id: string;
  at: string;
  actor: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface FactCheckTable {
  id: Generated<number>;
  origin: 'import' | 'desk';
  url: string | null;
  claim_id: string | null;
  claim_version: number | null;
  claim_reviewed: string;
  claimant: string | null;
  claim_date: string | null;
  rating_name: string | null;
  /** The desk's own entries: the verdict as a code (schema 12); null for imported fact-checks. */
  rating_code: 'verified' | 'disputed' | 'inconclusive' | null;
  rating_value: number | null;
  best_rating: number | null;
  worst_rating: number | null;
  organisation: string | null;
  review_date: string | null;
  language: string | null;
  imported_at: string;
}

export interface ClaimMatchTable {
  claim_id: string;
  factcheck_id: number | null;
  similarity: number;
  library_version: number;
}

/** Live claims counted by day, verdict, reviewer and band (migration 009; kept by triggers). */
export interface DeskTallyTable {
  day: string;
  verdict: string;
  reviewer: string;
  band: string;
  claims: number;
}

/** Live claims per claimant and verdict (migration 009; kept by triggers). */
export interface ClaimantTallyTable {
  claimant_id: string;
  verdict: string;
  claims: number;
}

/** Schema 11: an article's live claims, all and by verdict, kept by triggers. */
export interface ArticleCountTable {
  article_id: string;
  claims: number;
  verified: number;
  disputed: number;
  inconclusive: number;
}

export interface Database {
  articles: ArticleTable;
  claims: ClaimTable;
  sources: SourceTable;
  source_snapshots: SourceSnapshotTable;
  snapshot_files: SnapshotFileTable;
  source_checks: SourceCheckTable;
  claim_events: ClaimEventTable;
  settings: SettingTable;
  factchecks: FactCheckTable;
  claim_matches: ClaimMatchTable;
  claimants: ClaimantTable;
  claimant_aliases: ClaimantAliasTable;
  claimant_events: ClaimantEventTable;
  desk_tallies: DeskTallyTable;
  claimant_tallies: ClaimantTallyTable;
  article_counts: ArticleCountTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type NewArticleRow = Insertable<ArticleTable>;
export type ClaimRow = Selectable<ClaimTable>;
export type NewClaimRow = Insertable<ClaimTable>;
export type ClaimUpdate = Updateable<ClaimTable>;
export type SourceRow = Selectable<SourceTable>;
export type NewSourceRow = Insertable<SourceTable>;
export type SourceSnapshotRow = Selectable<SourceSnapshotTable>;
export type SourceCheckRow = Selectable<SourceCheckTable>;
export type ClaimEventRow = Selectable<ClaimEventTable>;
export type FactCheckRow = Selectable<FactCheckTable>;
export type NewFactCheckRow = Insertable<FactCheckTable>;
export type ClaimantRow = Selectable<ClaimantTable>;
