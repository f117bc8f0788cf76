// Keeping the database whole: integrity checks at start, FTS repair, verified rotating
// backups through SQLite's online backup API, and restore that never overwrites anything.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../../../db/migrations';
import { AppError } from '../errors';
import { backupSnapshotsDir, copySnapshotFiles, snapshotsDirFor } from '../snapshots/snapshot-files';

// Where it was first written; it lives in errors.ts so the dispatch and the CLI's entry need no store to ask.
export { isDamage } from '../errors';
import { otherProcessesUsing, presenceFolder } from './presence';

export type BackupReason = 'daily' | 'manual' | 'pre-migration' | 'pre-restore';
const ROTATING: BackupReason[] = ['daily', 'manual'];
/** How many daily/manual backups to keep; pre-migration and pre-restore copies are never rotated away. */
export const BACKUPS_KEPT = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  /** FTS indexes that failed their own check and were rebuilt from the tables. */
  ftsRebuilt: string[];
  schemaVersion: number;
}

export interface BackupInfo {
  path: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

export function backupDirFor(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), 'backups');
}

/** Integrity check, then each FTS index's own check; a failing FTS index is rebuilt (its content lives in the tables). */
export function checkAndRepair(sqlite: SqliteDatabase.Database): CheckReport {
  const FTS_TABLES = ['claims_fts', 'articles_fts'];
  let integrity = sqlite.prepare('pragma integrity_check').pluck().all() as string[];
  const whole = (lines: string[]) => lines.length === 1 && lines[0] === 'ok';
  // integrity_check also runs the FTS5 indexes' own checks. A search index is derived from the
  // tables, so a failure only there is repaired by rebuilding it; any other failure means the
  // file is damaged, and a damaged file is never written to.
  const onlyFts = !whole(integrity) && integrity.every((line) => FTS_TABLES.some((t) => line.includes(t)));
  const ftsRebuilt: string[] = [];
  if (whole(integrity) || onlyFts) {
    for (const table of FTS_TABLES) {
      try {
        sqlite.prepare(`insert into ${table}(${table}) values ('integrity-check')`).run();
      } catch {
        sqlite.prepare(`insert into ${table}(${table}) values ('rebuild')`).run();
        ftsRebuilt.push(table);
      }
    }
    if (onlyFts) integrity = sqlite.prepare('pragma integrity_check').pluck().all() as string[];
  }
  return {
    ok: whole(integrity),
    integrity,
    ftsRebuilt,
    schemaVersion: Number(sqlite.pragma('user_version', { simple: true })),
  };
}

/** Opens a file read-only and checks that it is a whole Claimdesk database this version can read. */
export function verifyDatabaseFile(file: string): { ok: true; schemaVersion: number } | { ok: false; reason: string } {
  let db: SqliteDatabase.Database | null = null;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version < 1) return { ok: false, reason: 'it is not a Claimdesk database (no schema version)' };
    if (version > LATEST_SCHEMA_VERSION) return { ok: false, reason: `it was written by a newer Claimdesk (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION})` };
    const check = db.prepare('pragma quick_check').pluck().all() as string[];
    if (check[0] !== 'ok') return { ok: false, reason: `it fails SQLite's check: ${check.slice(0, 3).join('; ')}` };
    db.prepare('select count(*) from claims').get();
    return { ok: true, schemaVersion: version };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  } finally {
    db?.close();
  }
}

const stamp = (date: Date) => date.toISOString().replace(/[-:.]/g, '').replace('T', '-');

/** An online backup (safe while the app writes), verified by opening it, then rotation. */
/**
 * sqlite.backup(), run while the connection has no write transaction open. A host writes a long
 * article in steps that give the event loop back inside one transaction (article.service.ts),
 * and a backup step on a connection that is writing fails with SQLITE_LOCKED: the backup then
 * waits for that transaction to end and begins again (it would restart anyway, had the
 * database changed under it).
 */
async function backupWhenNotWriting(sqlite: SqliteDatabase.Database, file: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    while (sqlite.inTransaction) await new Promise((resolve) => setTimeout(resolve, 10));
    try {
      await sqlite.backup(file);
      return;
    } catch (error) {
      fs.rmSync(file, { force: true });
      if ((error as { code?: unknown }).code !== 'SQLITE_LOCKED' || attempt >= 100) throw error;
    }
  }
}

export async function backupDatabase(sqlite: SqliteDatabase.Database, databasePath: string, reason: BackupReason, target?: string): Promise<BackupInfo> {
  const dir = backupDirFor(databasePath);
  const now = new Date();
  const file = target ? path.resolve(target) : path.join(dir, `claimdesk-${stamp(now)}-${reason}.db`);
  if (target && fs.existsSync(file)) {
    throw new AppError('database', `${file} already exists; a backup never overwrites a file. Choose another name.`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await backupWhenNotWriting(sqlite, partial);
  // A backup is one self-contained file: no WAL beside it to lose when it is copied.
  const copy = new SqliteDatabase(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const verdict = verifyDatabaseFile(partial);
  for (const side of ['-wal', '-shm']) fs.rmSync(partial + side, { force: true });
  if (!verdict.ok) {
    fs.rmSync(partial, { force: true });
    throw new AppError('database', `The backup could not be verified (${verdict.reason}); no backup was kept.`);
  }
  // The snapshots go with it (#13): a backup restores sources together with what they showed.
  copySnapshotFiles(snapshotsDirFor(databasePath), backupSnapshotsDir(file));
  fs.renameSync(partial, file);
  if (!target) rotateBackups(dir);
  return { path: file, reason, createdAt: now.toISOString(), bytes: fs.statSync(file).size };
}

export function listBackups(databasePath: string): BackupInfo[] {
  const dir = backupDirFor(databasePath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.db'))
    .map((f) => {
      const full = path.join(dir, f);
      const stat = fs.statSync(full);
      const reason = /-(daily|manual|pre-migration|pre-restore)\.db$/.exec(f)?.[1] ?? 'unknown';
      return { path: full, reason, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function rotateBackups(dir: string): void {
  const rotating = fs
    .readdirSync(dir)
    .filter((f) => ROTATING.some((r) => f.endsWith(`-${r}.db`)))
    .map((f) => ({ f, mtime: fs.statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of rotating.slice(BACKUPS_KEPT)) {
    fs.rmSync(path.join(dir, old.f), { force: true });
    fs.rmSync(backupSnapshotsDir(path.join(dir, old.f)), { recursive: true, force: true });
  }
}

/** The daily backup: taken when the newest daily/manual backup is older than a day. */
export async function backupIfDue(sqlite: SqliteDatabase.Database, databasePath: string, now = Date.now()): Promise<BackupInfo | null> {
  const newest = listBackups(databasePath).find((b) => ROTATING.includes(b.reason as BackupReason));
  if (newest && now - Date.parse(newest.createdAt) < DAY_MS) return null;
  return backupDatabase(sqlite, databasePath, 'daily');
}

export function newestGoodBackup(databasePath: string): BackupInfo | null {
  return listBackups(databasePath).find((b) => verifyDatabaseFile(b.path).ok) ?? null;
}

/** Refuses to move a database another Claimdesk process has open (its writes would follow the moved file). */
export function assertNotInUse(databasePath: string): void {
  const others = otherProcessesUsing(databasePath);
  if (others.length) {
    throw new AppError(
      'database',
      `Claimdesk has ${databasePath} open in another process (pid ${others.join(', ')}): close the app or stop claimdesk serve first. Nothing was changed. (If no such process is running, delete its file in ${presenceFolder(databasePath)}.)`,
    );
  }
}

/** Moves a file (and its -wal/-shm) aside under a name nothing else uses; returns the new path. */
export function moveAside(file: string, suffix: string): string {
  let target = `${file}.${suffix}`;
  for (let i = 1; fs.existsSync(target); i++) target = `${file}.${suffix}.${i}`;
  fs.renameSync(file, target);
  for (const side of ['-wal', '-shm']) {
    if (fs.existsSync(file + side)) fs.renameSync(file + side, target + side);
  }
  return target;
}

/**
 * Puts a verified backup in place of the database. The current file is moved aside, never
 * overwritten, so a wrong restore can itself be undone. The store must be closed first.
 */
export function restoreBackup(
  backupFile: string,
  databasePath: string,
  /** The name the replaced file is kept under: before-restore-<time>, or 'damaged' when it is a repair. */
  keepAs = `before-restore-${stamp(new Date())}`,
): { restored: string; previous: string | null } {
  const target = path.resolve(databasePath);
  assertNotInUse(target);
  if (fs.existsSync(target) && fs.realpathSync(backupFile) === fs.realpathSync(target)) {
    throw new AppError('database', `${backupFile} is the database itself; choose a backup to restore.`);
  }
  const verdict = verifyDatabaseFile(backupFile);
  if (!verdict.ok) throw new AppError('database', `${backupFile} cannot be restored: ${verdict.reason}.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Copy beside the target and make it durable first; only then move the current file aside
  // and put the copy in place, so a failed copy (disk full) leaves the database as it was.
  const incoming = `${target}.restoring`;
  fs.copyFileSync(backupFile, incoming);
  const fd = fs.openSync(incoming, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  if (!verifyDatabaseFile(incoming).ok) {
    fs.rmSync(incoming, { force: true });
    throw new AppError('database', `The copy of ${backupFile} could not be verified; nothing was changed.`);
  }
  assertNotInUse(target); // Again, right before the move: someone may have opened it meanwhile.
  const previous = fs.existsSync(target) ? moveAside(target, keepAs) : null;
  fs.renameSync(incoming, target);
  // The backup's snapshots come back beside it; files already there are kept (names never repeat).
  copySnapshotFiles(backupSnapshotsDir(backupFile), snapshotsDirFor(target));
  return { restored: target, previous };
}

