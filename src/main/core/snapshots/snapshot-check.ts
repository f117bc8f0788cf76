// The snapshot part of `claimdesk check`: files nobody refers to (a crash between writing and
// recording, a source deleted by a purge), temporary files of a stopped write, rows whose file
// is missing, and snapshots a stopped process left pending.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/database';
import { otherProcessesUsing } from '../store/presence';
import { failInterruptedSnapshots, referencedSnapshotFiles } from '../store/snapshot.repository';
import { listSnapshotFiles, snapshotsDirFor, sweepSnapshotFiles } from './snapshot-files';

export interface SnapshotCheckReport {
  files: number;
  orphansRemoved: string[];
  partialsRemoved: string[];
  /** Files the database names that are not there (the source shows archived but cannot be opened). */
  missing: string[];
  /** Pending snapshots of a process that stopped, now failed so they can be retried. */
  interrupted: number;
}

export async function checkSnapshots(db: Db, databasePath: string): Promise<SnapshotCheckReport> {
  const dir = snapshotsDirFor(databasePath);
  // The presence file of this process is not counted (it is not registered by a bare store).
  const othersActive = otherProcessesUsing(databasePath).length > 0;
  const referenced = await referencedSnapshotFiles(db);
  const sweep = sweepSnapshotFiles(dir, referenced, { remove: true, othersActive });
  const present = new Set(listSnapshotFiles(dir));
  const missing = [...referenced].filter((name) => !present.has(name) && !fs.existsSync(path.join(dir, name)));
  const interrupted = othersActive ? 0 : await failInterruptedSnapshots(db, 'The snapshot was interrupted (the app stopped while taking it). Retry it.');
  return { files: present.size, orphansRemoved: sweep.orphans, partialsRemoved: sweep.partials, missing, interrupted };
}
