// The snapshots folder beside the database: one .warc.gz per snapshot, written whole or not at
// all. A file is written under a temporary name (….partial), flushed to disk and only then
// renamed; the database refers to it only after the rename. A crash therefore leaves at worst a
// .partial file or a complete file nobody refers to, and sweepSnapshotFiles (run by
// `claimdesk check`) removes both.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SNAPSHOTS_FOLDER = 'snapshots';
const PARTIAL = '.partial';
/** Files another process may still be writing are left alone this long when it has the database open. */
const IN_USE_GRACE_MS = 10 * 60 * 1000;

export function snapshotsDirFor(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), SNAPSHOTS_FOLDER);
}

/** A new file name for a source's snapshot: never reused, so a retake never overwrites a copy still referred to. */
export function newSnapshotFileName(sourceId: string, at: string): string {
  const stamp = at.replace(/[-:.]/g, '').replace(/Z$/, 'Z');
  return `${sourceId.replace(/[^\w-]/g, '_')}-${stamp}-${randomBytes(4).toString('hex')}.warc.gz`;
}

/** Names this process is writing right now (the sweep must not take them for orphans). */
const writing = new Set<string>();

export function writeSnapshotFile(dir: string, name: string, bytes: Uint8Array): void {
  fs.mkdirSync(dir, { recursive: true });
  const final = path.join(dir, name);
  const partial = `${final}${PARTIAL}`;
  writing.add(name);
  try {
    const fd = fs.openSync(partial, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, final);
    syncFolder(dir);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    writing.delete(name);
  }
}

/** Makes the rename durable (a no-op where folders cannot be opened, as on Windows). */
function syncFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not supported on this platform: the rename is still atomic.
  }
}

export function readSnapshotFile(dir: string, name: string): Uint8Array {
  return fs.readFileSync(path.join(dir, path.basename(name)));
}

export function removeSnapshotFile(dir: string, name: string | null | undefined): void {
  if (name) fs.rmSync(path.join(dir, path.basename(name)), { force: true });
}

export interface SweepReport {
  /** Complete files no snapshot row refers to. */
  orphans: string[];
  /** Temporary files a stopped write left behind. */
  partials: string[];
  removed: boolean;
}

/**
 * Finds (and with remove, deletes) what the database does not refer to. When another process has
 * the database open (`othersActive`), files younger than a grace period are left alone: that
 * process may be between writing a file and recording it.
 */
export function sweepSnapshotFiles(dir: string, referenced: ReadonlySet<string>, options: { remove: boolean; othersActive: boolean; now?: number }): SweepReport {
  const report: SweepReport = { orphans: [], partials: [], removed: options.remove };
  if (!fs.existsSync(dir)) return report;
  const now = options.now ?? Date.now();
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    const isPartial = name.endsWith(PARTIAL);
    const base = isPartial ? name.slice(0, -PARTIAL.length) : name;
    if (!isPartial && (!name.endsWith('.warc.gz') || referenced.has(name))) continue;
    if (writing.has(base)) continue;
    if (options.othersActive && now - fs.statSync(full).mtimeMs < IN_USE_GRACE_MS) continue;
    (isPartial ? report.partials : report.orphans).push(name);
    if (options.remove) fs.rmSync(full, { force: true });
  }
  return report;
}

/** Every snapshot file, for backups. */
export function listSnapshotFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => n.endsWith('.warc.gz'));
}

/** Where a backup keeps the snapshots it was taken with: beside it, `<backup>.snapshots/`. */
export function backupSnapshotsDir(backupFile: string): string {
  return `${backupFile}.snapshots`;
}

/**
 * Copies every snapshot file into `target`. Snapshot files never change once written, so a hard
 * link is as good as a copy and costs no space; where links are not possible (another volume) it copies.
 */
export function copySnapshotFiles(fromDir: string, target: string): number {
  const names = listSnapshotFiles(fromDir);
  if (names.length === 0) return 0;
  fs.mkdirSync(target, { recursive: true });
  for (const name of names) {
    const to = path.join(target, name);
    if (fs.existsSync(to)) continue;
    try {
      fs.linkSync(path.join(fromDir, name), to);
    } catch {
      fs.copyFileSync(path.join(fromDir, name), to);
    }
  }
  return names.length;
}
