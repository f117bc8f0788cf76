// Shared by the stress tests: child processes that print ACK lines, a seeded PRNG for the
// kill schedule, and the structural checks every test runs on the database file afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { expect } from 'vitest';

export const ROOT = path.resolve(__dirname, '../..');
export const WORKER = path.join(__dirname, 'worker.ts');
export const BIN = path.join(ROOT, 'bin', 'claimdesk.js');

/** The run's seed: STRESS_SEED=<n> repeats a run exactly (kill delays and written data). */
export const RUN_SEED = Number(process.env.STRESS_SEED ?? Math.floor(Math.random() * 2 ** 31));

export { prng } from './worker';

/** Collects a child's stdout as complete lines only (a line cut by SIGKILL is not a line). */
export function lineReader(child: ChildProcess, onLine: (line: string) => void): void {
  let buffered = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      onLine(buffered.slice(0, nl));
      buffered = buffered.slice(nl + 1);
    }
  });
}

export interface WorkerRun {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** Milliseconds between READY and the kill. */
  killDelay: number;
}

/**
 * Starts the worker, and SIGKILLs it `killDelay` ms after it says READY (just before its first
 * write). Resolves once the process is gone, with every complete line it printed.
 */
export function runWorkerUntilKilled(args: string[], killDelay: number | null, timeoutMs = 60_000): Promise<WorkerRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worker ${args.join(' ')} ran past ${timeoutMs} ms: ${stderr.slice(-500)}`));
    }, timeoutMs);
    lineReader(child, (line) => {
      lines.push(line);
      if (line === 'READY' && killDelay !== null) setTimeout(() => child.kill('SIGKILL'), killDelay);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ lines, signal, code, stderr, killDelay: killDelay ?? -1 });
    });
  });
}

/**
 * What must hold of the file after any crash, checked on the raw file with plain better-sqlite3
 * (not openApp, whose start-up check would quietly rebuild a broken search index): SQLite's
 * integrity check, both FTS5 indexes' own checks, foreign keys, no orphans.
 */
export function checkStructure(dbPath: string): void {
  const sqlite = new SqliteDatabase(dbPath, { timeout: 10_000 });
  try {
    expect(sqlite.prepare('pragma integrity_check').pluck().all()).toEqual(['ok']);
    // Throws SQLITE_CORRUPT_VTAB if an index disagrees with its content table.
    sqlite.prepare("insert into claims_fts(claims_fts) values ('integrity-check')").run();
    sqlite.prepare("insert into articles_fts(articles_fts) values ('integrity-check')").run();
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.prepare('select count(*) from claims where article_id not in (select id from articles)').pluck().get()).toBe(0);
    expect(sqlite.prepare('select count(*) from sources where claim_id not in (select id from claims)').pluck().get()).toBe(0);
    // The rule the services keep: verified and disputed claims cite at least one source.
    expect(
      sqlite.prepare("select count(*) from claims c where c.verdict in ('verified', 'disputed') and not exists (select 1 from sources s where s.claim_id = c.id)").pluck().get(),
    ).toBe(0);
  } finally {
    sqlite.close();
  }
}

export function withDb<T>(dbPath: string, read: (sqlite: SqliteDatabase.Database) => T): T {
  const sqlite = new SqliteDatabase(dbPath, { timeout: 10_000 });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}
