// Where a desk keeps its snapshot files (.warc.gz, written once, never changed):
// - a SQLite desk: the snapshots folder beside the database file (snapshot-files.ts), so backups
//   can hard-link them and a user can see them;
// - a PostgreSQL desk: the snapshot_files table of the database itself, so every server process
//   of a team sees the same files, and pg_dump, restore and migrate-to carry them with the rest.
// Either way a file is written whole under a new name before any row refers to it, and removed
// only after the row that referred to it has moved on: a crash leaves at worst an orphan, which
// `claimdesk check` removes.
import { sql } from 'kysely';
import type { Store } from '../store/database';
import { listSnapshotFiles, readSnapshotFile, removeSnapshotFile, snapshotsDirFor, writeSnapshotFile } from './snapshot-files';

export interface SnapshotFiles {
  /** Writes a complete file under a name not used before. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** The file's bytes; throws when it is not there. */
  read(name: string): Promise<Uint8Array>;
  /** Removes the file if it is there. */
  remove(name: string | null | undefined): Promise<void>;
  /** Every file's name. */
  list(): Promise<string[]>;
  /** Where they are, for messages: a folder, or "the database". */
  readonly where: string;
}

export function snapshotFilesOf(store: Pick<Store, 'kind' | 'path' | 'db'>): SnapshotFiles {
  return store.kind === 'postgres' ? databaseFiles(store.db) : folderFiles(snapshotsDirFor(store.path));
}

function folderFiles(dir: string): SnapshotFiles {
  return {
    where: dir,
    write: async (name, bytes) => writeSnapshotFile(dir, name, bytes),
    read: async (name) => readSnapshotFile(dir, name),
    remove: async (name) => removeSnapshotFile(dir, name),
    list: async () => listSnapshotFiles(dir),
  };
}

function databaseFiles(db: Store['db']): SnapshotFiles {
  return {
    where: 'the database (table snapshot_files)',
    async write(name, bytes) {
      // Names never repeat (newSnapshotFileName): a clash is a bug, and the insert refuses it.
      await db.insertInto('snapshot_files').values({ name, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), created_at: new Date().toISOString() }).execute();
    },
    async read(name) {
      const row = await db.selectFrom('snapshot_files').select('bytes').where('name', '=', name).executeTakeFirst();
      if (!row) throw Object.assign(new Error(`The snapshot file ${name} is not in the database.`), { code: 'ENOENT' });
      return new Uint8Array(row.bytes);
    },
    async remove(name) {
      if (name) await db.deleteFrom('snapshot_files').where('name', '=', name).execute();
    },
    async list() {
      return (await db.selectFrom('snapshot_files').select('name').orderBy('name').execute()).map((r) => r.name);
    },
  };
}

/** Files a PostgreSQL desk keeps that no snapshot row names, older than `graceMs` (a writer may be between writing and recording). */
export async function sweepDatabaseSnapshotFiles(db: Store['db'], options: { remove: boolean; graceMs?: number; now?: number }): Promise<string[]> {
  const before = new Date((options.now ?? Date.now()) - (options.graceMs ?? 10 * 60 * 1000)).toISOString();
  const orphans = db
    .selectFrom('snapshot_files as f')
    .select('f.name')
    .where('f.created_at', '<', before)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('source_snapshots as s').select(sql`1`.as('one')).whereRef('s.file', '=', 'f.name'))));
  const names = (await orphans.execute()).map((r) => r.name);
  if (options.remove && names.length) await db.deleteFrom('snapshot_files').where('name', 'in', names).execute();
  return names;
}
