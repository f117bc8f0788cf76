// `claimdesk migrate-to postgres://…`: a desk that outgrew one laptop moves to a team server.
// Every row of the SQLite desk is copied into an empty, freshly migrated PostgreSQL database in
// one transaction (a failure leaves the target as empty as it was), then both sides are compared:
// the same row counts in every table and the same checksum over every claim and history entry.
// What PostgreSQL derives itself is not copied but recomputed there and compared: the search
// tables (filled by its triggers), the desk, claimant and article tallies (its triggers) and the
// fact-check library's index terms (computed by the app, as on every write). The snapshot files
// beside the SQLite desk go into the database's snapshot_files table, compared by SHA-256.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../../errors';
import { factCheckIndexTerms } from '../../services/factcheck.service';
import { openStore, type Store } from '../database';
import { dialectOf, redactUrl } from '../dialect';
import { snapshotFilesOf } from '../../snapshots/snapshot-store';
import type { Database } from '../tables';

/** Copied in this order, parents before children. */
const TABLES = [
  'settings',
  'articles',
  'claimants',
  'claimant_aliases',
  'claims',
  'claimant_events',
  'sources',
  'source_snapshots',
  'source_checks',
  'claim_events',
  'factchecks',
  'claim_matches',
] as const satisfies ReadonlyArray<keyof Database>;
type CopiedTable = (typeof TABLES)[number];

/** Kept by PostgreSQL's triggers as the claims arrive: compared, not copied. */
const DERIVED = ['desk_tallies', 'claimant_tallies', 'article_counts'] as const satisfies ReadonlyArray<keyof Database>;

const KEYS: Record<CopiedTable, string[]> = {
  settings: ['key'],
  articles: ['id'],
  claimants: ['id'],
  claimant_aliases: ['claimant_id', 'alias_key'],
  claims: ['id'],
  claimant_events: ['id'],
  sources: ['id'],
  source_snapshots: ['source_id'],
  source_checks: ['source_id'],
  claim_events: ['id'],
  factchecks: ['id'],
  claim_matches: ['claim_id'],
};
/** Identity columns whose sequences must continue after the copied ids. */
const IDENTITY = ['claim_events', 'claimant_events', 'factchecks'] as const;

/** PostgreSQL takes at most 65,535 parameters a statement. */
const MAX_PARAMETERS = 30_000;
const ROWS_PER_READ = 2_000;

export interface MigrateToReport {
  from: string;
  to: string;
  tables: Record<string, number>;
  /** SHA-256 over every claim and history row, the same on both sides. */
  checksum: string;
  /** Snapshot files copied into the database (a PostgreSQL desk keeps them in snapshot_files). */
  snapshotFiles: number;
  /** Snapshot files the SQLite desk names but that were missing beside it, so not copied (its sources show them as missing there too). */
  snapshotFilesLeft: number;
  ms: number;
}

async function countOf(db: Kysely<any>, table: string): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every column of every claim and history row, in id order, as the same canonical text on both databases. */
async function checksum(db: Kysely<any>): Promise<string> {
  const hash = createHash('sha256');
  for (const table of ['claims', 'claim_events']) {
    for (let offset = 0; ; offset += ROWS_PER_READ) {
      const rows = await db.selectFrom(table).selectAll().orderBy('id').limit(ROWS_PER_READ).offset(offset).execute();
      for (const row of rows) hash.update(`${canonical(row)}\n`);
      if (rows.length < ROWS_PER_READ) break;
    }
  }
  return hash.digest('hex');
}
const canonical = (row: Record<string, unknown>) => JSON.stringify(Object.keys(row).sort().map((k) => [k, normalise(row[k])]));
const normalise = (value: unknown) => value ?? null;

async function sortedRows(db: Kysely<any>, table: string): Promise<string[]> {
  // SQLite's triggers leave a tally at zero where PostgreSQL's delete it: the same count.
  const counted = (row: Record<string, unknown>) => Object.values(row).some((v) => typeof v === 'number' && v !== 0);
  return (await db.selectFrom(table).selectAll().execute()).filter(counted).map(canonical).sort();
}

export async function migrateToPostgres(sqlitePath: string, url: string, onProgress?: (table: string, copied: number, total: number) => void): Promise<MigrateToReport> {
  if (!/^postgres(ql)?:\/\//iu.test(url)) throw new AppError('validation', `migrate-to needs a postgres:// URL, not ${url}.`);
  const started = performance.now();
  const sourceStore = await openStore(sqlitePath);
  let targetStore: Store | null = null;
  try {
    if (sourceStore.kind !== 'sqlite') throw new AppError('validation', 'migrate-to copies an SQLite desk (--db FILE) to PostgreSQL.');
    targetStore = await openStore(url);
    // Tables by name, the same on both sides: the rows pass through untouched.
    const source = { db: sourceStore.db as unknown as Kysely<any> };
    const target = { db: targetStore.db as unknown as Kysely<any> };
    const filled: string[] = [];
    // Opening a store may write its own settings row; a desk is anything beyond that.
    for (const table of [...TABLES, ...DERIVED]) if (table !== 'settings' && (await countOf(target.db, table)) > 0) filled.push(table);
    if (filled.length) {
      throw new AppError(
        'conflict',
        `${redactUrl(url)} already holds a desk (rows in ${filled.join(', ')}): migrate-to copies only into an empty database, never over one. Create one (createdb NAME) and migrate into it.`,
      );
    }

    const tables: Record<string, number> = {};
    let snapshotFiles = 0;
    let snapshotFilesLeft = 0;
    const snapshotDigest = createHash('sha256');
    await target.db.transaction().execute(async (trx) => {
      for (const table of TABLES) {
        const total = await countOf(source.db, table);
        tables[table] = total;
        let copied = 0;
        let mergedInto: Array<{ id: string; merged_into: string }> = [];
        for (let offset = 0; offset < total; offset += ROWS_PER_READ) {
          let q = source.db.selectFrom(table).selectAll();
          for (const key of KEYS[table]) q = q.orderBy(key);
          const rows = (await q.limit(ROWS_PER_READ).offset(offset).execute()) as Array<Record<string, unknown>>;
          if (!rows.length) break;
          if (table === 'claimants') {
            // A merged claimant points at the one it went into, which may come later: set after.
            mergedInto = mergedInto.concat(rows.filter((r) => r.merged_into).map((r) => ({ id: String(r.id), merged_into: String(r.merged_into) })));
            for (const r of rows) r.merged_into = null;
          }
          const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
          for (let i = 0; i < rows.length; i += perStatement) {
            const insert = trx.insertInto(table).values(rows.slice(i, i + perStatement));
            // The desk's own settings win over what opening the new database wrote.
            await (table === 'settings' ? insert.onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') }))) : insert).execute();
          }
          if (table === 'factchecks') {
            const dialect = dialectOf(trx);
            for (const r of rows) await dialect.writeFactCheckTerms(trx, Number(r.id), factCheckIndexTerms(String(r.claim_reviewed), (r.language as string | null) ?? null), false);
          }
          copied += rows.length;
          onProgress?.(table, copied, total);
        }
        for (const m of mergedInto) await trx.updateTable('claimants').set({ merged_into: m.merged_into }).where('id', '=', m.id).execute();
      }
      // The snapshot files beside the SQLite desk go into the database, each checked after its write.
      const folder = snapshotFilesOf(sourceStore);
      const names = (await source.db.selectFrom('source_snapshots').select('file').where('file', 'is not', null).orderBy('file').execute()).map((r) => String(r.file));
      const here = new Set(await folder.list());
      for (const name of names) {
        if (!here.has(name)) {
          snapshotFilesLeft++;
          continue;
        }
        const bytes = await folder.read(name);
        await trx.insertInto('snapshot_files').values({ name, bytes: Buffer.from(bytes), created_at: new Date().toISOString() }).execute();
        snapshotDigest.update(name).update(bytes);
        snapshotFiles++;
        onProgress?.('snapshot files', snapshotFiles, names.length);
      }
      for (const table of IDENTITY) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
      }
    });

    // Compare: counts of every table, the derived tallies row for row, and the checksum.
    for (const table of TABLES) {
      if (table === 'settings') continue; // may hold the new database's own rows besides the copied ones
      const copied = await countOf(target.db, table);
      if (copied !== tables[table]) throw new AppError('database', `migrate-to: ${table} has ${copied} rows on PostgreSQL but ${tables[table]} in ${sqlitePath}.`);
    }
    for (const table of DERIVED) {
      const [a, b] = [await sortedRows(source.db, table), await sortedRows(target.db, table)];
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        const only = (x: string[], y: string[]) => x.filter((r) => !y.includes(r)).slice(0, 3).join(' ');
        throw new AppError('database', `migrate-to: ${table} on PostgreSQL does not match ${sqlitePath} (only in SQLite: ${only(a, b) || '—'}; only on PostgreSQL: ${only(b, a) || '—'}).`);
      }
    }
    const [before, after] = [await checksum(source.db), await checksum(target.db)];
    if (before !== after) throw new AppError('database', 'migrate-to: the claims and their history on PostgreSQL do not match the SQLite desk (checksums differ).');
    const copiedDigest = createHash('sha256');
    for (const row of await target.db.selectFrom('snapshot_files').select(['name', 'bytes']).orderBy('name').execute()) copiedDigest.update(String(row.name)).update(row.bytes as Buffer);
    if (copiedDigest.digest('hex') !== snapshotDigest.digest('hex')) throw new AppError('database', 'migrate-to: the snapshot files on PostgreSQL do not match those beside the SQLite desk (checksums differ).');
    return { from: sqlitePath, to: redactUrl(url), tables, checksum: after, snapshotFiles, snapshotFilesLeft, ms: Math.round(performance.now() - started) };
  } finally {
    await targetStore?.close();
    await sourceStore.close();
  }
}
