// "Checked before?": the fact-check library (imported fact-checks and this desk's reviewed
// claims) and matching a claim against it. Candidates come from BM25 over the library's
// search index; each is then compared term by term (similarity.ts), where a changed number,
// a negation or the opposite direction keeps it from counting as the same claim.
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { FactCheckImportStatus, FactCheckMatch } from '../../../shared/factchecks.contract';
import type { Verdict } from '../../../shared/domain';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { isMainThread } from 'node:worker_threads';
import { detectLanguage } from '../extraction/language';
import { analyse, indexTerms, stemWord, type Analysis } from '../factchecks/analyse';
import { joinCandidates, splitCompound } from '../factchecks/compounds';
import type { FileSource } from '../factchecks/read';
import type { FactCheckRecord } from '../factchecks/records';
import { compare, idf, SAME_CLAIM_MIN, SHOWN_MIN } from '../factchecks/similarity';
import { CLAIMREVIEW_RATINGS } from '../report/render/claimreview';
import { dialectOf, type DeskEntry } from '../store/dialect';
import type { FactCheckRow } from '../store/tables';
import {
  bumpLibraryVersion,
  claimsForFlagging,
  documentCount,
  documentFrequencies,
  factChecksByIds,
  findFactCheck,
  listFactChecks,
  readLibraryVersion,
  reviewedClaimEstimate,
  deskClaimsByIds,
  liveClaimVersions,
  removeUnreviewedDesk,
  searchCandidates,
  staleDeskClaims,
  unreviewedDeskIds,
  toFactCheck,
  deskColumns,
  upsertDeskEntries,
  writeClaimMatches,
} from '../store/factcheck.repository';
import { readSettings } from '../store/settings.repository';
import type { ServiceContext } from './context';
import { cooperativeSlices } from '../cooperative';
import { backgroundPace } from '../background-pace';
import type { Db } from '../store/database';
import type { MatchJob, MatchJobResult, MatchQuery } from './factcheck.off-thread';
import { loadWhenNeeded } from '../lazy';
import { addSource } from './source.service';

// ---------------------------------------------------------------- import

export type ImportSummary = Omit<FactCheckImportStatus, 'jobId' | 'state'>;

/** Rows written per transaction: each commits whole rows, and a reader never waits long. */
const BATCH = 1000;
const MAX_REFUSED_LISTED = 1000;

/**
 * Imports one fact-check file. Records are written in batches, one transaction each, so a
 * file that breaks off halfway keeps every whole row before the break and nothing of a half one.
 */
/** An import that has read nothing yet. */
function emptySummary(fileName: string, bytesTotal: number): ImportSummary {
  return { fileName, bytesRead: 0, bytesTotal, imported: 0, updated: 0, unchanged: 0, refused: 0, refusedRows: [], error: null };
}

// The file reader (csv-parse, iconv-lite, @streamparser/json: about 80 ms of module loading) is
// loaded by the first import, not with this service: serve loads the service for the page's
// first factchecks.flagClaims, right as the first claims paint, and flagging reads no file.
// The require's path is in a variable so that the bundler does not make it a static import (see lazy.ts).
const READ = '../factchecks/read';
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const loadReader = loadWhenNeeded<typeof import('../factchecks/read')>(() => import('../factchecks/read'), () => require(READ));

export async function importFactChecks(
  ctx: ServiceContext,
  source: FileSource,
  fileName: string,
  onProgress: (status: ImportSummary) => void = () => {},
  options: { streamFrom?: number } = {},
): Promise<ImportSummary> {
  const { readFactCheckFile, sourceSize, UnreadableFileError } = await loadReader();
  const status = emptySummary(fileName, sourceSize(source));
  let batch: Array<{ record: FactCheckRecord; terms: string }> = [];
  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    const now = ctx.now();
    await ctx.store.db.transaction().execute(async (trx) => {
      const counts = await ctx.store.dialect.writeImportedFactChecks(trx, rows, now);
      status.imported += counts.imported;
      status.updated += counts.updated;
      status.unchanged += counts.unchanged;
      if (counts.imported || counts.updated) await bumpLibraryVersion(trx);
    });
    onProgress(status);
  };
  try {
    for await (const item of readFactCheckFile(source, (n) => (status.bytesRead = n), options.streamFrom)) {
      if (!item.result.ok) {
        status.refused++;
        if (status.refusedRows.length < MAX_REFUSED_LISTED) status.refusedRows.push({ where: item.where, reason: item.result.reason });
        continue;
      }
      const { record } = item.result;
      batch.push({ record, terms: indexTerms(analyse(record.claimReviewed, analysisLanguage(record.language, record.claimReviewed))) });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    await flush();
    status.error = error.message;
  }
  status.bytesRead = status.bytesTotal;
  onProgress(status);
  return status;
}

function analysisLanguage(language: string | null, text: string): string {
  return language === 'de' || language === 'en' ? language : language ? language : detectLanguage(text);
}

/** The search terms a library entry is indexed under (also when a desk is copied to another database). */
export function factCheckIndexTerms(claimReviewed: string, language: string | null): string {
  return indexTerms(analyse(claimReviewed, analysisLanguage(language, claimReviewed)));
}

// Imports started from the app run in the background; the app polls their status.
const jobs = new WeakMap<ServiceContext, Map<string, FactCheckImportStatus>>();

export function startImport(ctx: ServiceContext, input: ParsedInput<'factchecks.import'>): MethodResult<'factchecks.import'> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const jobId = newId();
  const byId = jobs.get(ctx) ?? new Map<string, FactCheckImportStatus>();
  jobs.set(ctx, byId);
  const job: FactCheckImportStatus = {
    jobId,
    state: 'running',
    ...emptySummary(input.fileName, bytes.byteLength),
  };
  byId.set(jobId, job);
  const update = (s: ImportSummary) => Object.assign(job, s, { refusedRows: s.refusedRows.slice(0, 200) });
  importFactChecks(ctx, { bytes }, input.fileName, update).then(
    (s) => Object.assign(update(s), { state: s.error ? 'failed' : 'done' }),
    (error: unknown) => Object.assign(job, { state: 'failed', error: error instanceof AppError ? error.message : 'The import stopped on an internal error; the rows before it were kept.' }),
  );
  return { jobId };
}

export function importStatus(ctx: ServiceContext, jobId: string): FactCheckImportStatus {
  const job = jobs.get(ctx)?.get(jobId);
  if (!job) throw notFound('fact-check import', jobId);
  return { ...job, refusedRows: [...job.refusedRows] };
}

// ---------------------------------------------------------------- the desk's own reviews

const lastSync = new WeakMap<object, string>();

function changeMark(ctx: ServiceContext): Promise<string | null> {
  return ctx.store.dialect.changeMark(ctx.store.db);
}

/**
 * Writes what flagging found (claim_matches, which no desk entry depends on). The change mark
 * counts every write, so without this the next sync would look for stale reviews again after
 * each flagging and each match of the claim panel (a scan of every reviewed claim: 100–300 ms
 * on 75,000); when the desk was in step before this write, it still is after it. The write is
 * one synchronous transaction (better-sqlite3), so no other call writes between the marks.
 */
async function writeMatchesKeepingSync(ctx: ServiceContext, rows: Parameters<typeof writeClaimMatches>[1]): Promise<void> {
  // On PostgreSQL other calls write between the awaits: the mark is left alone there.
  const before = ctx.store.kind === 'sqlite' ? await changeMark(ctx) : null;
  await ctx.store.db.transaction().execute((trx) => writeClaimMatches(trx, rows));
  if (before !== null && lastSync.get(ctx.store) === before) {
    const after = await changeMark(ctx);
    if (after !== null) lastSync.set(ctx.store, after);
  }
}

const DESK_SYNC_CHUNK = 500;

/**
 * What a library version changed, when all it changed was this desk's own entries (a review
 * added, changed or removed them). Kept in memory per store for the versions this process made,
 * the newest DESK_CHANGES_KEPT of them: a version it does not know (an import, another process,
 * a restart) sends flagging back to matching in full.
 */
interface DeskChange {
  changed: Set<number>;
  removed: Set<number>;
}
const deskChanges = new WeakMap<object, Map<number, DeskChange>>();
const DESK_CHANGES_KEPT = 256;

function recordDeskChange(ctx: ServiceContext, version: number, changed: number[], removed: number[]): void {
  let log = deskChanges.get(ctx.store);
  if (!log) deskChanges.set(ctx.store, (log = new Map()));
  // Merged, not replaced: two syncs in one process can name the same version on a server database.
  const entry = log.get(version) ?? { changed: new Set<number>(), removed: new Set<number>() };
  for (const id of changed) entry.changed.add(id);
  for (const id of removed) entry.removed.add(id);
  log.set(version, entry);
  while (log.size > DESK_CHANGES_KEPT) log.delete(log.keys().next().value!);
}

/** The desk entries changed after version `from` up to `to`, or null when any version between is not known here. */
export function deskChangesBetween(ctx: ServiceContext, from: number, to: number): DeskChange | null {
  const log = deskChanges.get(ctx.store);
  if (!log || from >= to) return null;
  const out: DeskChange = { changed: new Set(), removed: new Set() };
  for (let version = from + 1; version <= to; version++) {
    const entry = log.get(version);
    if (!entry) return null;
    for (const id of entry.changed) out.changed.add(id);
    for (const id of entry.removed) out.removed.add(id);
  }
  return out;
}

/** What a desk sync reads first: the reviewed claims whose entry is stale, the entries of claims no longer reviewed. */
export interface DeskScan {
  stale: string[];
  unreviewed: number[];
}

/** A chunk of stale reviewed claims, read and analysed into their library entries. */
export interface DeskRead {
  /** Each claim's entry, with the version and verdict it was read at (checked again before it is written). */
  entries: Array<DeskEntry & { version: number; verdict: string }>;
}

/** Reads a chunk of the desk's reviewed claims into their entries (the work the sync keeps off the host's thread). */
export async function readDeskEntries(db: Db, claimIds: string[], organisation: string | null): Promise<DeskRead> {
  const claims = await deskClaimsByIds(db, claimIds);
  const entries = claims.map((claim) => {
    const verdict = claim.verdict as Exclude<Verdict, 'unreviewed'>;
    const columns = deskColumns(claim, {
      // The reviewer's own label, else nothing: the code says the verdict, and each reader
      // names it in its own language (an English name stood on a German desk before schema 12).
      ratingName: claim.rating_label?.trim() || null,
      ratingCode: verdict,
      ratingValue: CLAIMREVIEW_RATINGS.ratingValue[verdict],
      bestRating: CLAIMREVIEW_RATINGS.bestRating,
      worstRating: CLAIMREVIEW_RATINGS.worstRating,
      organisation,
    });
    return { claimId: claim.id, version: claim.version, verdict: claim.verdict, columns, terms: indexTerms(analyse(claim.text, claim.language)) };
  });
  return { entries };
}

export async function scanDesk(db: Db): Promise<DeskScan> {
  return { stale: await staleDeskClaims(db), unreviewed: await unreviewedDeskIds(db) };
}

/** The desk sync's reads, here or in a worker (see deskReadsOffThread). */
interface DeskReader {
  /** Whether the reads run in the match worker (a large desk): the sync is then paced. */
  offThread: boolean;
  scan(): Promise<DeskScan>;
  read(claimIds: string[], organisation: string | null): Promise<DeskRead>;
}

/**
 * The reviewed claims from which a long-lived host reads and analyses them for the sync in a
 * worker: the scan for stale entries reads every reviewed claim (150 ms on 100,000 claims when
 * nothing is stale, 500–700 ms when all are). Counted by reviewed claims, not all claims: a desk
 * with one long unreviewed article has nothing to scan, and starting the worker for it cost more
 * than the scan it saved: the first flagging of an article of 2,000 claims took 370 ms of the
 * built serve's CPU (now 130–160 ms) and 0.9–1.8 s of the bench's in-process host (through tsx;
 * now about 160 ms), while the page's first j/k keys waited for the CPU.
 */
const DESK_OFF_THREAD_MIN_CLAIMS = 2000;

async function deskReader(ctx: ServiceContext): Promise<DeskReader> {
  if (offThreadStore(ctx) && (await reviewedClaimEstimate(ctx.store.db)) >= DESK_OFF_THREAD_MIN_CLAIMS) {
    const databasePath = ctx.store.path;
    const run = await workers();
    return {
      offThread: true,
      scan: () => run.runTask('match', 'factchecks.deskScan', { databasePath }),
      read: (claimIds, organisation) => run.runTask('match', 'factchecks.deskRead', { databasePath, claimIds, organisation }),
    };
  }
  return { offThread: false, scan: () => scanDesk(ctx.store.db), read: (claimIds, organisation) => readDeskEntries(ctx.store.db, claimIds, organisation) };
}

/** A sync under way per store: a second caller waits for it instead of doing the same work beside it. */
const syncing = new WeakMap<object, Promise<void>>();

/**
 * Keeps the library's desk entries in step with the reviewed claims. Cheap when nothing was
 * written since the last time (the database's change counters say so).
 */
export async function syncDeskReviews(ctx: ServiceContext): Promise<void> {
  for (let running = syncing.get(ctx.store); running; running = syncing.get(ctx.store)) await running.catch(() => undefined);
  const sync = runDeskSync(ctx).finally(() => syncing.delete(ctx.store));
  syncing.set(ctx.store, sync);
  return sync;
}

async function runDeskSync(ctx: ServiceContext): Promise<void> {
  const mark = await changeMark(ctx);
  if (mark !== null && lastSync.get(ctx.store) === mark) return;
  // On a large SQLite desk the reads (the scan of every reviewed claim, then each chunk's claims
  // and their analysis) run in a worker through its own read-only connection; only the writes
  // run here, a chunk per transaction, after checking that each claim is still as it was read.
  const reader = await deskReader(ctx);
  const { stale, unreviewed } = await reader.scan();
  const organisation = (await readSettings(ctx.store.db)).get('organisationName') ?? null;
  const now = ctx.now();
  // Whether every write since `mark` is this sync's own (SQLite: one connection writes, so its
  // change counter says so). Only then is the desk known to be in step at the end; a claim
  // reviewed meanwhile may have been missed, and the next call looks again.
  let expected = mark;
  let ownWritesOnly = ctx.store.kind === 'sqlite';
  // A desk that gained many reviewed claims at once (a migrated or imported desk) is indexed in
  // chunks, each its own transaction, returning to the event loop between them: other calls are
  // answered meanwhile, and an interrupted sync goes on where it stopped (the rest is still stale).
  const slices = cooperativeSlices(ctx.closing);
  const chunks = Math.ceil(stale.length / DESK_SYNC_CHUNK);
  const read = (i: number) => {
    const reading = reader.read(stale.slice(i * DESK_SYNC_CHUNK, (i + 1) * DESK_SYNC_CHUNK), organisation);
    reading.catch(() => undefined); // awaited below; a sync that stops at a pause leaves it unread
    return reading;
  };
  // In the worker (a large desk), chunks are read one at a time with a duty cycle
  // (background-pace.ts): after each read and its write the sync rests as long as they took.
  // It does not wait for the reviewer to be quiet, as flagging does: the claim panel's match
  // (a reviewer's call) waits for this sync, and would wait for as long as the reviewer acts.
  // Here (a small desk), the next chunk is read while this one is written.
  const pace = reader.offThread ? backgroundPace(ctx, { ...ctx.pace, quietMs: 0 }) : null;
  let sliceStart = performance.now();
  let next = chunks ? read(0) : null;
  for (let i = 0; i < Math.max(1, chunks); i++) {
    if (i) {
      await slices.pause();
      // The previous chunk's read and write took this long: rest as long.
      await pace?.rest(performance.now() - sliceStart);
      sliceStart = performance.now();
    }
    const reading = next ?? (i < chunks ? read(i) : null);
    next = !pace && i + 1 < chunks ? read(i + 1) : null;
    const { entries } = reading ? await reading : { entries: [] };
    const gone = i === 0 ? unreviewed : [];
    if (!entries.length && !gone.length) continue;
    const bumped = await ctx.store.db.transaction().execute(async (trx) => {
      if ((await ctx.store.dialect.changeMark(trx)) !== expected) ownWritesOnly = false;
      const removed = await removeUnreviewedDesk(trx, gone);
      // A claim changed since it was read is left for the next sync (it is stale again).
      const live = await liveClaimVersions(
        trx,
        entries.map((e) => e.claimId),
      );
      const current = entries
        .filter((e) => {
          const held = live.get(e.claimId);
          return held !== undefined && held.version === e.version && held.verdict === e.verdict;
        })
        .map(({ claimId, columns, terms }) => ({ claimId, columns, terms }));
      const changed = await upsertDeskEntries(trx, current, now);
      const result = removed.length || current.length ? { version: await bumpLibraryVersion(trx), changed, removed } : null;
      expected = await ctx.store.dialect.changeMark(trx);
      return result;
    });
    // Committed: flagging may now go from the previous version to this one by these entries alone.
    if (bumped) recordDeskChange(ctx, bumped.version, bumped.changed, bumped.removed);
  }
  const after = await changeMark(ctx);
  if (after === null) return;
  if (ctx.store.kind !== 'sqlite' || (ownWritesOnly && after === expected)) lastSync.set(ctx.store, after);
}

// ---------------------------------------------------------------- matching

/**
 * Where a match reads the library: the host's store (a ServiceContext is one), or a worker's
 * read-only connection to the same file. `store` is also the key of the caches kept per library.
 */
export interface Library {
  store: { db: Db };
}

/**
 * Document frequencies already looked up, per store, valid while the library version stays:
 * a desk's claims share their words, and a vocabulary look-up is the dearest step of a match.
 */
const dfCache = new WeakMap<object, { version: number; terms: Map<string, number | null> }>();
const DF_CACHE_MAX = 200_000;

async function cachedFrequencies(ctx: Library, version: number, terms: string[], into: Map<string, number>): Promise<void> {
  let cache = dfCache.get(ctx.store);
  if (!cache || cache.version !== version || cache.terms.size > DF_CACHE_MAX) dfCache.set(ctx.store, (cache = { version, terms: new Map() }));
  const missing: string[] = [];
  for (const t of terms) {
    const known = cache.terms.get(t);
    if (known === undefined) missing.push(t);
    else if (known !== null) into.set(t, known);
  }
  const found = await documentFrequencies(ctx.store.db, missing);
  for (const t of missing) {
    const n = found.get(t) ?? null;
    cache.terms.set(t, n);
    if (n !== null) into.set(t, n);
  }
}

const CANDIDATES = 40;
const MAX_QUERY_TERMS = 16;
/** A term in more than this share of the library finds too much to be worth searching for. */
const COMMON_SHARE = 0.05;
/**
 * The rarest terms are searched until their documents add up to this: BM25 scores every
 * document a term finds, so a few common terms would cost more than all the rare ones (the
 * claim being looked for has the rare ones too).
 */
const POSTINGS_BUDGET = 20_000;
const MIN_SEARCH_TERMS = 3;

const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];

/**
 * The library's stems a German query's compounds may split into and the compounds its phrases
 * may join into, found with two rounds of vocabulary look-ups: the heads first, then the
 * modifiers of the heads the library has (probing every split at once costs ten times more).
 */
async function compoundExpansions(lookUp: (terms: string[]) => Promise<void>, query: Analysis, df: Map<string, number>): Promise<string[]> {
  const long = query.words.filter(({ word, stem }) => word.length >= 6 && !df.has(stem));
  const heads = new Map<string, string[]>(); // head stem → modifiers before it
  for (const { word } of long) {
    for (let i = 2; i <= word.length - 3; i++) {
      const head = stemWord(word.slice(i), 'de');
      heads.set(head, [...(heads.get(head) ?? []), word.slice(0, i)]);
    }
  }
  const joined = joinCandidates(query.words);
  await lookUp([...new Set([...heads.keys(), ...joined])]);
  const modifiers = new Set<string>();
  for (const [head, before] of heads) {
    if (!df.has(head)) continue;
    for (const modifier of before) {
      for (const link of LINKS) if (modifier.endsWith(link) && modifier.length - link.length >= 2) modifiers.add(stemWord(modifier.slice(0, modifier.length - link.length), 'de'));
    }
  }
  await lookUp([...modifiers].filter((m) => !df.has(m)));
  const extra: string[] = [];
  for (const { word } of long) {
    const parts = splitCompound(word, (t) => df.has(t));
    if (parts) extra.push(...parts);
  }
  for (const j of joined) if (df.has(j)) extra.push(j);
  return extra;
}

/**
 * A term's weight: its rarity (BM25's idf), except that numbers and months weigh no more than a
 * common word. A number is rare in any library, so it would otherwise make two claims that only
 * share a date look alike; whether the numbers agree is the guard's question, not the score's.
 */
const NUMBER_WEIGHT_MAX = 2;
function termWeight(term: string, documentFrequency: number, documents: number): number {
  const weight = idf(documentFrequency, documents);
  return /^(n\d|nm|mon\d|pct$)/.test(term) ? Math.min(weight, NUMBER_WEIGHT_MAX) : weight;
}

type CandidateRow = FactCheckRow & { article_id: string | null };
type AnalysedRow = { row: CandidateRow; language: string; analysis: Analysis };

/** A query analysed, with the library's weights for its terms (and the compounds it may split into or join). */
interface PreparedQuery {
  query: Analysis;
  queryLanguage: string;
  /** The query's terms the library has, compound parts included: what a search may look for. */
  searchable: string[];
  df: Map<string, number>;
  /** The library's size and version the weights were taken at. */
  documents: number;
  version: number;
  weight: (term: string) => number;
}

/** The library's size and version, read once by a caller that prepares many queries against the same library. */
type LibraryState = { documents: number; version: number };

async function prepareQuery(ctx: Library, text: string, language: string | undefined, library?: LibraryState, analysed?: Analysis): Promise<PreparedQuery | null> {
  const db = ctx.store.db;
  const queryLanguage = language ?? detectLanguage(text);
  const query = analysed ?? analyse(text, queryLanguage);
  const queryTerms = [...new Set(query.terms)];
  if (!queryTerms.length) return null;
  const documents = library?.documents ?? Math.max(1, await documentCount(db));

  const df = new Map<string, number>();
  const version = library?.version ?? (await readLibraryVersion(db));
  const lookUp = (terms: string[]) => cachedFrequencies(ctx, version, terms, df);
  await lookUp(queryTerms);
  // Compounds of the query split into words the library has, and phrases the library writes as one word.
  const extra = queryLanguage === 'de' ? await compoundExpansions(lookUp, query, df) : [];
  const searchable = [...new Set([...queryTerms, ...extra])].filter((t) => df.has(t));
  // Terms only a candidate has count in the denominator at the query terms' mean weight: looking
  // each one up would cost more than the rest of the match.
  const known = queryTerms.filter((t) => df.has(t));
  const mean = known.length ? known.reduce((sum, t) => sum + termWeight(t, df.get(t)!, documents), 0) / known.length : 1;
  const weight = (t: string) => (df.has(t) ? termWeight(t, df.get(t)!, documents) : queryTerms.includes(t) ? termWeight(t, 0, documents) : mean);
  return { query, queryLanguage, searchable, df, documents, version, weight };
}

/**
 * Library entries' analyses by language and text (analyse is a pure function of the two, and
 * its result is only read). One match analyses up to CANDIDATES entries, and the claims of one
 * article find mostly the same ones: flagging 2,000 claims analysed 80,000 entries, most of them
 * many times over.
 */
const entryAnalyses = new Map<string, Analysis>();
const ENTRY_ANALYSES_MAX = 20_000;

function analyseRow(row: CandidateRow): AnalysedRow {
  const language = analysisLanguage(row.language, row.claim_reviewed);
  const key = `${language}\u0000${row.claim_reviewed}`;
  let analysis = entryAnalyses.get(key);
  if (!analysis) {
    if (entryAnalyses.size >= ENTRY_ANALYSES_MAX) entryAnalyses.clear();
    entryAnalyses.set(key, (analysis = analyse(row.claim_reviewed, language)));
  }
  return { row, language, analysis };
}

/** Candidates compared with the query, best first, those alike enough to show. */
function rankCandidates(prepared: PreparedQuery, candidates: AnalysedRow[], limit: number): FactCheckMatch[] {
  const { query, queryLanguage, weight } = prepared;
  return candidates
    .map(({ row, language: candidateLanguage, analysis }) => ({
      ...toFactCheck(row),
      ...compare(query, queryLanguage, analysis, candidateLanguage, weight),
    }))
    .filter((m) => m.similarity >= SHOWN_MIN)
    .sort((a, b) => b.similarity - a.similarity || (b.reviewDate ?? '').localeCompare(a.reviewDate ?? ''))
    .slice(0, limit);
}

export async function matchText(
  ctx: ServiceContext,
  text: string,
  language: string | undefined,
  options: { limit?: number; excludeClaimId?: string; librarySynced?: boolean; pause?: () => Promise<void> } = {},
): Promise<FactCheckMatch[]> {
  if (!options.librarySynced) await syncDeskReviews(ctx);
  await options.pause?.();
  return searchLibrary(ctx, text, language, options);
}

/** A text's best matches in the library as it is (the desk's entries already in step). */
export async function searchLibrary(
  ctx: Library,
  text: string,
  language: string | undefined,
  options: { limit?: number; excludeClaimId?: string; pause?: () => Promise<void> } = {},
): Promise<FactCheckMatch[]> {
  const prepared = await prepareQuery(ctx, text, language);
  if (!prepared) return [];
  await options.pause?.();
  const { searchable, df, documents } = prepared;
  const rare = searchable.filter((t) => df.get(t)! <= documents * COMMON_SHARE);
  const ordered = (rare.length >= 2 ? rare : searchable).sort((a, b) => df.get(a)! - df.get(b)!).slice(0, MAX_QUERY_TERMS);
  const chosen: string[] = [];
  let postings = 0;
  for (const t of ordered) {
    if (chosen.length >= MIN_SEARCH_TERMS && postings + df.get(t)! > POSTINGS_BUDGET) break;
    chosen.push(t);
    postings += df.get(t)!;
  }
  const ids = await candidatesFor(ctx, chosen, df, prepared.version);
  const rows = (await factChecksByIds(ctx.store.db, ids)).filter((r) => !options.excludeClaimId || r.claim_id !== options.excludeClaimId);
  if (!rows.length) return [];
  await options.pause?.();
  return rankCandidates(prepared, rows.map(analyseRow), options.limit ?? 5);
}

// ---------------------------------------------------------------- the search in parts

/**
 * Terms found in more than this many documents are searched in a part of their own. On a desk
 * of look-alike claims (75,000 reviewed, a handful of phrasings) a claim's one rare term (its
 * number, say) comes with the common terms MIN_SEARCH_TERMS adds, and FTS5 scores every
 * document those find to rank them: about 25 ms per claim for two terms of 25,000 documents,
 * 25-35 s of a core to flag an article of 1,000 claims. The claims of a desk share their common
 * terms, so that part's ranking is computed once per library version and kept.
 */
const COMMON_PART_MIN_DOCUMENTS = 2000;
/** At most this many documents with the rare terms, or the search is made whole. */
const RARE_PART_MAX_DOCUMENTS = 200;
/** Rankings of common parts kept per library, the newest first out when full. */
const COMMON_PARTS_KEPT = 64;
const commonParts = new WeakMap<object, { version: number; ranked: Map<string, Promise<Array<{ id: number; score: number }>>> }>();

/**
 * The best CANDIDATES documents for any of `chosen`, as one FTS5 search gives them (best score
 * first, ties by id), found in parts where that is cheaper. A document without a rare term
 * scores the same in the whole search as in the search for the common terms alone (a term a
 * document lacks adds exactly 0 to its BM25 sum, and the others are added in the same order),
 * so the whole search's best are among: the documents with a rare term, scored by the whole
 * search (few: a search restricted to them), and the common part's best CANDIDATES + (their
 * number), kept per library version.
 */
export async function candidatesFor(ctx: Library, chosen: string[], df: Map<string, number>, version: number): Promise<number[]> {
  const db = ctx.store.db;
  const dialect = dialectOf(db);
  const common = chosen.filter((t) => df.get(t)! > COMMON_PART_MIN_DOCUMENTS);
  const rare = chosen.filter((t) => df.get(t)! <= COMMON_PART_MIN_DOCUMENTS);
  const inParts = dialect.factCheckRanked && dialect.factCheckHaving && dialect.factCheckScores;
  if (!inParts || !common.length || !rare.length || rare.reduce((n, t) => n + df.get(t)!, 0) > RARE_PART_MAX_DOCUMENTS * 4) {
    return searchCandidates(db, chosen, CANDIDATES);
  }
  const withRare = await dialect.factCheckHaving!(db, rare);
  if (withRare.length > RARE_PART_MAX_DOCUMENTS) return searchCandidates(db, chosen, CANDIDATES);
  let kept = commonParts.get(ctx.store);
  if (!kept || kept.version !== version) commonParts.set(ctx.store, (kept = { version, ranked: new Map() }));
  const key = common.join(' ');
  let ranked = kept.ranked.get(key);
  if (!ranked) {
    if (kept.ranked.size >= COMMON_PARTS_KEPT) kept.ranked.delete(kept.ranked.keys().next().value!);
    ranked = dialect.factCheckRanked!(db, common, CANDIDATES + RARE_PART_MAX_DOCUMENTS);
    kept.ranked.set(key, ranked);
    ranked.catch(() => kept.ranked.delete(key));
  }
  const rareSet = new Set(withRare);
  const merged = [...(await dialect.factCheckScores!(db, chosen, withRare)), ...(await ranked).filter((d) => !rareSet.has(d.id))];
  merged.sort((a, b) => a.score - b.score || a.id - b.id);
  return merged.slice(0, CANDIDATES).map((d) => d.id);
}

// ---------------------------------------------------------------- matching off the host's thread

/**
 * The library size from which a long-lived host matches in a worker. Below it a match takes a
 * few ms here, less than a worker's round trip and its own copy of the caches would cost.
 */
export const OFF_THREAD_MIN_DOCUMENTS = 2000;

/**
 * Whether matches run in a worker thread: on an SQLite file of a long-lived host (the app,
 * serve) with a library large enough that a match's search holds the thread that answers every
 * other call (an FTS5 query ordered by rank cannot be split: 100–500 ms on 75,000 look-alike
 * entries). A CLI command runs one call; PostgreSQL does its searching in the server.
 */
function matchesOffThread(ctx: ServiceContext, documents: number): boolean {
  return documents >= OFF_THREAD_MIN_DOCUMENTS && offThreadStore(ctx);
}

/** Whether this host's store can be read by a worker of its own: an SQLite file of a long-lived host (the app, serve). */
function offThreadStore(ctx: ServiceContext): boolean {
  return ctx.store.kind === 'sqlite' && ctx.host !== 'cli' && isMainThread && ctx.store.path !== ':memory:' && !ctx.store.path.startsWith('file:');
}

// The worker pool loads on the first match that needs it, not with this service (a host that
// only flags small libraries never loads node:worker_threads' pool).
const RUN_TASK = '../workers/run-task';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workers = loadWhenNeeded<typeof import('../workers/run-task')>(() => import('../workers/run-task'), () => require(RUN_TASK));

/** Runs a match job where matches run for this host: a worker (see matchesOffThread), else here. */
async function runMatchJob(ctx: ServiceContext, queries: MatchQuery[], budgetMs: number): Promise<MatchJobResult> {
  const job: MatchJob = { databasePath: ctx.store.path, queries, budgetMs };
  return (await workers()).runTask('match', 'factchecks.match', job);
}

export async function match(ctx: ServiceContext, input: ParsedInput<'factchecks.match'>): Promise<MethodResult<'factchecks.match'>> {
  if ('claimId' in input) {
    const claim = await ctx.store.db
      .selectFrom('claims as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .select(['c.id', 'c.text', 'a.language'])
      .where('c.id', '=', input.claimId)
      .where('c.deleted_at', 'is', null)
      .executeTakeFirst();
    if (!claim) throw notFound('claim', input.claimId);
    // The claim panel asks this once the selection rests, and the reviewer's next verdict key
    // often comes while it runs: it yields between its stages (syncing the desk's reviews,
    // weighing the query, the search, the comparisons) as flagging does.
    const slices = cooperativeSlices(ctx.closing, FLAG_SLICE_MS);
    await syncDeskReviews(ctx);
    if (matchesOffThread(ctx, await documentCount(ctx.store.db))) {
      await slices.pause();
      const { version, matches } = await runMatchJob(ctx, [{ text: claim.text, language: claim.language, limit: input.limit ?? 5, excludeClaimId: claim.id }], Infinity);
      await slices.pause();
      await keepBestMatch(ctx, claim.id, matches[0]![0], version);
      return { matches: matches[0]!, sameClaimMin: SAME_CLAIM_MIN };
    }
    const matches = await matchText(ctx, claim.text, claim.language, { limit: input.limit, excludeClaimId: claim.id, pause: () => slices.pause() });
    await slices.pause();
    await keepBestMatch(ctx, claim.id, matches[0]);
    return { matches, sameClaimMin: SAME_CLAIM_MIN };
  }
  await syncDeskReviews(ctx);
  if (matchesOffThread(ctx, await documentCount(ctx.store.db))) {
    const { matches } = await runMatchJob(ctx, [{ text: input.text, language: input.language, limit: input.limit ?? 5 }], Infinity);
    return { matches: matches[0]!, sameClaimMin: SAME_CLAIM_MIN };
  }
  return { matches: await matchText(ctx, input.text, input.language, { limit: input.limit }), sameClaimMin: SAME_CLAIM_MIN };
}

/** Keeps a claim's best match, found at library `version` (read now when not given). */
async function keepBestMatch(ctx: ServiceContext, claimId: string, best: FactCheckMatch | undefined, foundAt?: number): Promise<void> {
  const version = foundAt ?? (await readLibraryVersion(ctx.store.db));
  // The same answer kept already (the claim shown again, nothing reviewed since): no write, no commit.
  const kept = await ctx.store.db.selectFrom('claim_matches').select(['factcheck_id', 'similarity', 'library_version']).where('claim_id', '=', claimId).executeTakeFirst();
  if (kept && kept.library_version === version && kept.factcheck_id === (best?.id ?? null) && kept.similarity === (best?.similarity ?? 0)) return;
  await writeMatchesKeepingSync(ctx, [{ claim_id: claimId, factcheck_id: best?.id ?? null, similarity: best?.similarity ?? 0, library_version: version }]);
}

/** How long flagging holds the host between other calls (ms): a match takes a few ms, a verdict key is waited for. */
const FLAG_SLICE_MS = 4;
/** Claims sent to the matching worker at once, and how long it matches before it answers (ms). */
const SEARCH_BATCH = 200;
const SEARCH_BATCH_MS = 50;

type KeptMatch = { factcheck_id: number | null; similarity: number | null; library_version: number | null };

/**
 * A claim's best match now, from the answer kept at an earlier library version when everything
 * the library changed since is `delta` (this desk's own entries): the kept best and the entries
 * changed since are compared with the claim at today's weights, and the best of them is the
 * answer. The rest of the library was there when the kept answer was found, so only these can
 * have overtaken it. Returns undefined when this cannot be answered that way (the kept best
 * itself changed or is gone): the claim is then matched in full.
 */
async function rematchFromDelta(
  ctx: ServiceContext,
  claim: { id: string; text: string; language: string },
  kept: KeptMatch,
  delta: DeskChange,
  rows: (ids: number[]) => Promise<Map<number, AnalysedRow>>,
  library: LibraryState,
): Promise<{ best: FactCheckMatch | null } | undefined> {
  if (kept.factcheck_id !== null && (delta.changed.has(kept.factcheck_id) || delta.removed.has(kept.factcheck_id))) return undefined;
  const wanted = [...delta.changed].filter((id) => !delta.removed.has(id));
  if (kept.factcheck_id !== null) wanted.push(kept.factcheck_id);
  const found = await rows(wanted);
  if (kept.factcheck_id !== null && !found.has(kept.factcheck_id)) return undefined;
  const candidates = wanted.map((id) => found.get(id)).filter((r): r is AnalysedRow => r !== undefined && r.row.claim_id !== claim.id);
  if (!candidates.length) return { best: null };
  const query = analyse(claim.text, claim.language);
  // Every weight is above 0, so an entry that shares no term with the claim scores 0 whatever
  // the weights: when nothing was kept and no changed entry shares a term, the answer is none,
  // without reading the library's weights for the claim's terms.
  if (kept.factcheck_id === null && candidates.every((c) => compare(query, claim.language, c.analysis, c.language, () => 1).similarity === 0)) return { best: null };
  const prepared = await prepareQuery(ctx, claim.text, claim.language, library, query);
  if (!prepared) return { best: null };
  return { best: rankCandidates(prepared, candidates, 1)[0] ?? null };
}

/** Which claims were checked before; answers kept per claim until the library changes. */
export async function flagClaims(ctx: ServiceContext, input: ParsedInput<'factchecks.flagClaims'>): Promise<MethodResult<'factchecks.flagClaims'>> {
  await syncDeskReviews(ctx);
  const version = await readLibraryVersion(ctx.store.db);
  const claims = await claimsForFlagging(ctx.store.db, input.articleId);
  const documents = await documentCount(ctx.store.db);
  const empty = documents === 0;
  const library: LibraryState = { documents: Math.max(1, documents), version };
  const fresh: Array<{ claim_id: string; factcheck_id: number | null; similarity: number; library_version: number }> = [];
  const checked: Array<{ claimId: string; similarity: number }> = [];
  // Library entries read (and analysed) once for all the claims that compare with them.
  const analysed = new Map<number, AnalysedRow | null>();
  const rows = async (ids: number[]) => {
    const missing = [...new Set(ids)].filter((id) => !analysed.has(id));
    for (let i = 0; i < missing.length; i += 500) {
      const chunk = missing.slice(i, i + 500);
      const read = new Map((await factChecksByIds(ctx.store.db, chunk)).map((row) => [row.id, row]));
      for (const id of chunk) {
        const row = read.get(id);
        analysed.set(id, row ? analyseRow(row) : null);
      }
    }
    const out = new Map<number, AnalysedRow>();
    for (const id of ids) {
      const row = analysed.get(id);
      if (row) out.set(id, row);
    }
    return out;
  };
  // A long article (or the whole desk) takes many matches: other calls are answered in between,
  // in short slices: flagging runs in the background (after an article opens, after reviews),
  // and a verdict key that comes meanwhile waits for the slice under way.
  const slices = cooperativeSlices(ctx.closing, FLAG_SLICE_MS);
  const answer = (claimId: string, best: { id: number; similarity: number } | null, at: number) =>
    fresh.push({ claim_id: claimId, factcheck_id: best?.id ?? null, similarity: best?.similarity ?? 0, library_version: at });
  // The claims that need a search of the whole library, answered after the others.
  const searched: typeof claims = [];
  for (const claim of claims) {
    if (claim.library_version === version) continue;
    await slices.pause();
    // After a review the library differs from the one a claim's answer was kept at by a few
    // of this desk's own entries: the claim is compared with those, not searched for again.
    const delta = claim.library_version === null ? null : deskChangesBetween(ctx, claim.library_version, version);
    // An empty library (no imports, nothing reviewed yet) matches nothing: nothing to search.
    const known = empty ? { best: null } : delta ? await rematchFromDelta(ctx, claim, claim, delta, rows, library) : undefined;
    if (known) answer(claim.id, known.best, version);
    else searched.push(claim);
  }
  if (matchesOffThread(ctx, documents)) {
    // In a worker, a batch at a time: each batch is answered from one snapshot of the file and
    // kept at the version it saw (the same as `version`, or a later one another call committed).
    // Paced (background-pace.ts): after each job the worker rests at least as long as the job
    // took, and no job starts while the reviewer is acting; the answers are the same.
    const pace = backgroundPace(ctx, ctx.pace);
    for (let at = 0; at < searched.length; ) {
      await slices.pause();
      await pace.quiet();
      const batch = searched.slice(at, at + SEARCH_BATCH);
      const started = performance.now();
      const { version: seen, matches } = await runMatchJob(ctx, batch.map((c) => ({ text: c.text, language: c.language, limit: 1, excludeClaimId: c.id })), SEARCH_BATCH_MS);
      matches.forEach((found, i) => answer(batch[i]!.id, found[0] ?? null, seen));
      at += matches.length;
      if (at < searched.length) await pace.rest(performance.now() - started);
    }
  } else {
    for (const claim of searched) {
      await slices.pause();
      answer(claim.id, (await matchText(ctx, claim.text, claim.language, { limit: 1, excludeClaimId: claim.id, librarySynced: true }))[0] ?? null, version);
    }
  }
  const answered = new Map(fresh.map((f) => [f.claim_id, f.similarity]));
  for (const claim of claims) {
    const similarity = answered.get(claim.id) ?? claim.similarity ?? 0;
    if (similarity >= SAME_CLAIM_MIN) checked.push({ claimId: claim.id, similarity });
  }
  if (fresh.length) await writeMatchesKeepingSync(ctx, fresh);
  return { checked };
}

// ---------------------------------------------------------------- library and citing

export async function list(ctx: ServiceContext, input: ParsedInput<'factchecks.list'>): Promise<MethodResult<'factchecks.list'>> {
  await syncDeskReviews(ctx);
  return listFactChecks(ctx.store.db, input);
}

export async function cite(ctx: ServiceContext, input: ParsedInput<'factchecks.cite'>): Promise<MethodResult<'factchecks.cite'>> {
  const factCheck = await findFactCheck(ctx.store.db, input.factCheckId);
  if (!factCheck) throw notFound('fact-check', String(input.factCheckId));
  if (!factCheck.url) {
    throw new AppError('rule', "This match is one of this desk's own claims: it has no published review to cite. Open that claim and cite its sources instead.");
  }
  const rating = factCheck.ratingName ?? (factCheck.ratingValue !== null ? `${factCheck.ratingValue}/${factCheck.bestRating ?? 5}` : null);
  return addSource(ctx, {
    claimId: input.claimId,
    url: factCheck.url,
    expectedVersion: input.expectedVersion,
    stance: input.stance,
    title: `Fact-check${rating ? ` (${rating})` : ''}: ${factCheck.claimReviewed}`.slice(0, 1000),
    publisher: factCheck.organisation?.slice(0, 500) ?? null,
    excerpt: `Earlier fact-check${factCheck.organisation ? ` by ${factCheck.organisation}` : ''}${factCheck.reviewDate ? ` (${factCheck.reviewDate})` : ''}${rating ? `, rated "${rating}"` : ''}. Claim checked: "${factCheck.claimReviewed}"`.slice(0, 20_000),
  });
}
