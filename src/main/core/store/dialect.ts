// The few things whose SQL differs between SQLite and PostgreSQL, in one place per database
// (store/sqlite, store/postgres). Services and repositories ask the dialect of the executor they
// hold (a Db or a transaction: dialectOf) and never which database they run on.
import type { Kysely, RawBuilder } from 'kysely';
import type { SearchHit } from '../../../shared/contract';
import type { FactCheckRecord } from '../factchecks/records';
import type { SearchNode } from '../search/query';

export type DatabaseKind = 'sqlite' | 'postgres';

/** A reviewed claim's entry in the fact-check library (see factcheck.repository upsertDeskEntries). */
export interface DeskEntry {
  claimId: string;
  columns: {
    claim_version: number;
    claim_reviewed: string;
    claimant: string | null;
    claim_date: string | null;
    /** The reviewer's own rating label, or null (the code says the verdict). */
    rating_name: string | null;
    rating_code: 'verified' | 'disputed' | 'inconclusive';
    rating_value: number;
    best_rating: number;
    worst_rating: number;
    organisation: string | null;
    review_date: string | null;
    language: string;
  };
  terms: string;
}

export interface StoreDialect {
  readonly kind: DatabaseKind;
  /** Claims and articles the parsed search finds, best first; null when the index refuses the query. */
  search(db: Kysely<any>, tree: SearchNode, limit: number): Promise<SearchHit[] | null>;
  /** How many rows of the group meet the condition (0 or a number, never null for a group). */
  countIf(condition: RawBuilder<unknown>): RawBuilder<number>;
  /** `expression LIKE pattern ESCAPE '\'`, case-insensitive at least for ASCII (as SQLite's LIKE is). */
  like(expression: RawBuilder<unknown>, pattern: string): RawBuilder<boolean>;
  /** Hours from `earlier` to `later`, two ISO timestamps stored as text. */
  hoursBetween(later: RawBuilder<unknown>, earlier: RawBuilder<unknown>): RawBuilder<number>;
  /** Fact-check library index: the terms of one fact-check (replacing its old ones). */
  writeFactCheckTerms(db: Kysely<any>, id: number, terms: string, replace: boolean): Promise<void>;
  /** Imports a batch of fact-checks with their terms; call inside a transaction (db is that transaction). */
  writeImportedFactChecks(db: Kysely<any>, rows: ReadonlyArray<{ record: FactCheckRecord; terms: string }>, now: string): Promise<Record<'imported' | 'updated' | 'unchanged', number>>;
  /**
   * The desk's entries for these reviewed claims (insert, or update by claim), with their index
   * terms, in the order given; returns their ids. Where a dialect has none, each is written
   * through the repository's Kysely queries. Call inside a transaction.
   */
  writeDeskEntries?(db: Kysely<any>, entries: ReadonlyArray<DeskEntry>, now: string): Promise<number[]>;
  /** Document frequencies of terms in the fact-check index (terms it lacks are left out). */
  factCheckDocumentFrequencies(db: Kysely<any>, terms: string[]): Promise<Map<string, number>>;
  /** The best fact-check ids for any of the terms, best first (ties by id). */
  factCheckCandidates(db: Kysely<any>, terms: string[], limit: number): Promise<number[]>;
  /**
   * Where the index can score a search in parts (SQLite's FTS5): the best `limit` documents for
   * any of the terms with their scores, best first, ties by id (lower score is better) ...
   */
  factCheckRanked?(db: Kysely<any>, terms: string[], limit: number): Promise<Array<{ id: number; score: number }>>;
  /** ... the documents that have any of the terms ... */
  factCheckHaving?(db: Kysely<any>, terms: string[]): Promise<number[]>;
  /** ... and the scores of the search for `terms` of the documents `ids` (those it finds), as factCheckRanked scores them. */
  factCheckScores?(db: Kysely<any>, terms: string[], ids: number[]): Promise<Array<{ id: number; score: number }>>;
  /** Changes whenever anything was written to the database since (by anyone); null when unknown. */
  changeMark(db: Kysely<any>): Promise<string | null>;
}

const byAdapter = new WeakMap<object, StoreDialect>();

/** Registers the dialect of a Kysely instance (its transactions share its adapter). */
export function registerDialect(db: Kysely<any>, dialect: StoreDialect): void {
  byAdapter.set(db.getExecutor().adapter, dialect);
}

/** The dialect of the database behind a Db or a transaction. */
export function dialectOf(db: Pick<Kysely<any>, 'getExecutor'>): StoreDialect {
  const dialect = byAdapter.get(db.getExecutor().adapter);
  if (!dialect) throw new Error('This Kysely instance was not opened by openStore (no dialect registered).');
  return dialect;
}

/** A postgres:// or postgresql:// URL, as opposed to an SQLite file path. */
export function isDatabaseUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//iu.test(location);
}

/** The URL with its password hidden, for messages. */
export function redactUrl(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/iu, '$1:***@');
}
