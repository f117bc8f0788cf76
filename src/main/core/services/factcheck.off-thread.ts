// "Checked before?" off the host's thread: the jobs the match worker runs (workers/tasks.ts)
// through its own read-only connection to the store file. The matching and the desk's reading
// are factcheck.service.ts's own functions; here is what a worker keeps (one connection per
// file, its caches warm while it lives) and the jobs' shapes. The host writes what they find.
import fs from 'node:fs';
import type { FactCheckMatch } from '../../../shared/factchecks.contract';
import { openReadOnlyStore, type ReadOnlyStore } from '../store/database';
import { readLibraryVersion } from '../store/factcheck.repository';
import { readDeskEntries, scanDesk, searchLibrary, type DeskRead, type DeskScan, type Library } from './factcheck.service';

/** One text to match, as a worker gets it. */
export interface MatchQuery {
  text: string;
  language: string | undefined;
  limit: number;
  excludeClaimId?: string;
}

/** Texts matched against the library file through a read-only connection (see matchOffThread). */
export interface MatchJob {
  databasePath: string;
  queries: MatchQuery[];
  /** The job returns once it has matched for this long (ms), with the answers so far (at least one). */
  budgetMs: number;
}

export interface MatchJobResult {
  /** The library version the answers were found at (one read snapshot for the whole job). */
  version: number;
  /** The answers to the first queries, in order: fewer than asked when the budget ran out. */
  matches: FactCheckMatch[][];
}

/** The worker's read-only connection per file, kept while the worker lives (its caches stay warm). */
const readers = new Map<string, { reader: ReadOnlyStore; library: Library; file: string }>();

function fileIdentity(path: string): string {
  const stat = fs.statSync(path);
  return `${stat.dev}:${stat.ino}`;
}

/** The worker's read-only connection to a file (opened again when the file was replaced under the same name). */
async function readerOf(databasePath: string): Promise<{ reader: ReadOnlyStore; library: Library }> {
  const file = fileIdentity(databasePath);
  let open = readers.get(databasePath);
  // A file replaced under the same name (a restored backup) is opened again.
  if (open && open.file !== file) {
    readers.delete(databasePath);
    await open.reader.close();
    open = undefined;
  }
  if (!open) {
    const reader = openReadOnlyStore(databasePath);
    open = { reader, library: { store: { db: reader.db } }, file };
    readers.set(databasePath, open);
  }
  return open;
}

/** The desk sync's scan, in the worker: one snapshot of the file. */
export async function runDeskScanHere(job: { databasePath: string }): Promise<DeskScan> {
  const { reader } = await readerOf(job.databasePath);
  return reader.snapshot((db) => scanDesk(db));
}

/** A chunk of the desk sync's claims read and analysed, in the worker. */
export async function runDeskReadHere(job: { databasePath: string; claimIds: string[]; organisation: string | null }): Promise<DeskRead> {
  const { reader } = await readerOf(job.databasePath);
  return reader.snapshot((db) => readDeskEntries(db, job.claimIds, job.organisation));
}

/**
 * A match job, here (in the worker, or the host where no worker can start): every query is
 * answered from one snapshot of the file, so all answers are of the same library version.
 */
export async function runMatchJobHere(job: MatchJob): Promise<MatchJobResult> {
  const { reader, library } = await readerOf(job.databasePath);
  return reader.snapshot(async (db) => {
    const version = await readLibraryVersion(db);
    const started = performance.now();
    const matches: FactCheckMatch[][] = [];
    for (const query of job.queries) {
      matches.push(await searchLibrary(library, query.text, query.language, { limit: query.limit, excludeClaimId: query.excludeClaimId }));
      if (performance.now() - started >= job.budgetMs) break;
    }
    return { version, matches };
  });
}
