// backup, restore and check for a desk on PostgreSQL. The server's own tools do the copying:
// pg_dump's custom format is what every PostgreSQL administrator can read and restore, and
// pg_restore --list proves a dump is whole before anyone relies on it. Claimdesk adds what a
// desk needs around them: a dump is verified before it is kept, a restore goes only into an
// empty database (never over a desk), and the check looks at what matters to a reviewer (the
// schema version, and claim spans that still fall inside their article's text).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../../../../../db/postgres';
import { AppError } from '../../errors';
import { sweepDatabaseSnapshotFiles } from '../../snapshots/snapshot-store';
import { redactUrl } from '../dialect';
import type { Database } from '../tables';
import { openPostgres, readPostgresSchemaVersion } from './open';

const run = promisify(execFile);
const TOOL_DIRS = ['/usr/lib/postgresql'];

/** pg_dump / pg_restore: on PATH, else the newest of Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgresTool(name: 'pg_dump' | 'pg_restore'): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  for (const root of TOOL_DIRS) {
    if (!fs.existsSync(root)) continue;
    const versions = fs.readdirSync(root).filter((v) => /^\d+$/u.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const tool = path.join(root, v, 'bin', name);
      if (fs.existsSync(tool)) return tool;
    }
  }
  throw new AppError('database', `${name} was not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client).`);
}

async function runTool(name: 'pg_dump' | 'pg_restore', args: string[]): Promise<string> {
  try {
    const { stdout } = await run(findPostgresTool(name), args, { maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = error as { stderr?: string; message: string };
    // The tools print the connection string in some errors: never show a password.
    const said = (e.stderr || e.message).replace(/postgres(ql)?:\/\/[^\s"']+/giu, (u) => redactUrl(u)).trim();
    throw new AppError('database', `${name} failed: ${said.split('\n').slice(0, 3).join(' ')}`);
  }
}

export interface PostgresBackupInfo {
  path: string;
  reason: 'manual';
  createdAt: string;
  bytes: number;
  /** Entries pg_restore --list found in the dump (tables, data, indexes …). */
  entries: number;
  schemaVersion: number;
}

/** The entries of a custom-format dump; refuses a file that is not one (or is cut short). */
export async function verifyPostgresDump(file: string): Promise<{ entries: number }> {
  if (!fs.existsSync(file)) throw new AppError('not_found', `${file} does not exist.`);
  const list = await runTool('pg_restore', ['--list', file]);
  const entries = list.split('\n').filter((line) => line && !line.startsWith(';')).length;
  if (!entries || !/claimdesk_schema/u.test(list)) throw new AppError('validation', `${file} is not a Claimdesk backup of a PostgreSQL desk.`);
  return { entries };
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/gu, '-');

/** pg_dump -Fc into a temporary file, verified, then renamed into place. */
export async function backupPostgres(url: string, target: string | undefined, backupDir: string, now = new Date()): Promise<PostgresBackupInfo> {
  const dbName = decodeURIComponent(new URL(url).pathname.replace(/^\//u, '')) || 'postgres';
  const file = path.resolve(target ?? path.join(backupDir, `claimdesk-${dbName}-${stamp(now)}-manual.dump`));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${url}`]);
    const { entries } = await verifyPostgresDump(partial);
    fs.renameSync(partial, file);
    return { path: file, reason: 'manual', createdAt: now.toISOString(), bytes: fs.statSync(file).size, entries, schemaVersion: await schemaVersionOf(url) };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** The desk's schema version, read without migrating it (a backup changes nothing). */
async function schemaVersionOf(url: string): Promise<number> {
  const client = await connect(url);
  try {
    const exists = await client.query<{ t: string | null }>(`select to_regclass('claimdesk_schema')::text as t`);
    if (!exists.rows[0]?.t) return 0;
    return Number((await client.query<{ version: number }>('select version from claimdesk_schema')).rows[0]?.version ?? 0);
  } finally {
    await client.end();
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new AppError('database', `Could not connect to ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return client;
}

/** Tables in the target's public schema: a restore goes only into a database with none. */
async function userTables(url: string): Promise<string[]> {
  const client = await connect(url);
  try {
    const r = await client.query<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`);
    return r.rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

export interface PostgresRestoreResult {
  restored: string;
  from: string;
  entries: number;
  schemaVersion: number;
}

/**
 * Restores a verified dump into an empty database, in one transaction (a failed restore leaves
 * it empty), then opens it once so it is migrated to this version's schema.
 */
export async function restorePostgres(file: string, url: string): Promise<PostgresRestoreResult> {
  const { entries } = await verifyPostgresDump(file);
  const tables = await userTables(url);
  if (tables.length) {
    throw new AppError(
      'conflict',
      `${redactUrl(url)} is not empty (${tables.length} tables, e.g. ${tables.slice(0, 3).join(', ')}): a backup is restored only into an empty database, never over a desk. Create one (createdb NAME) and restore into it.`,
    );
  }
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file]);
  const { db } = await openPostgres(url);
  try {
    return { restored: redactUrl(url), from: file, entries, schemaVersion: await readPostgresSchemaVersion(db) };
  } finally {
    await db.destroy();
  }
}

export interface PostgresCheckReport {
  ok: boolean;
  schemaVersion: number;
  latestSchemaVersion: number;
  counts: { articles: number; claims: number; sources: number; history: number };
  /** Claims whose span does not fall inside their article's text (ids, at most 20). */
  claimsOutsideText: string[];
  /** The desk's snapshot files (kept in the database): how many, orphans removed, and those named but missing. */
  snapshots: { files: number; orphansRemoved: string[]; missing: string[] };
}

/** What a reviewer relies on: the schema, and every live claim's span inside its article. */
export async function checkPostgres(url: string): Promise<PostgresCheckReport> {
  const { db } = await openPostgres(url);
  try {
    const schemaVersion = await readPostgresSchemaVersion(db);
    const count = async (table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]?.n ?? 0);
    const counts = { articles: await count('articles'), claims: await count('claims'), sources: await count('sources'), history: await count('claim_events') };
    const outside = await sql<{ id: string }>`
      select c.id from claims c join articles a on a.id = c.article_id
      where c.start < 0 or c."end" < c.start
         -- Offsets count UTF-16 code units (as JavaScript does); char_length counts code points,
         -- so characters beyond the BMP count twice.
         or (c."end" > char_length(a.text)
             and c."end" > char_length(a.text) + (select count(*) from regexp_matches(a.text, '[\\U00010000-\\U0010FFFF]', 'g')))
      order by c.id limit 20`.execute(db);
    const claimsOutsideText = outside.rows.map((r) => r.id);
    const snapshots = await checkDatabaseSnapshots(db);
    return { ok: claimsOutsideText.length === 0 && schemaVersion === POSTGRES_MIGRATIONS.length, schemaVersion, latestSchemaVersion: POSTGRES_MIGRATIONS.length, counts, claimsOutsideText, snapshots };
  } finally {
    await db.destroy();
  }
}

/**
 * Snapshot files no source refers to (a writer stopped between writing and recording, older than
 * ten minutes so a running server's write is never taken) are removed; files a source names but
 * the database lacks are listed, to be taken again.
 */
async function checkDatabaseSnapshots(db: Kysely<Database>): Promise<PostgresCheckReport['snapshots']> {
  const orphansRemoved = await sweepDatabaseSnapshotFiles(db, { remove: true });
  const missing = await db
    .selectFrom('source_snapshots as s')
    .select('s.file')
    .where('s.file', 'is not', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('snapshot_files as f').select(sql`1`.as('one')).whereRef('f.name', '=', 's.file'))))
    .orderBy('s.file')
    .limit(100)
    .execute();
  const files = Number((await db.selectFrom('snapshot_files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { files, orphansRemoved, missing: missing.map((r) => String(r.file)) };
}
