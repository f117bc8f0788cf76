// claimdesk backup | restore FILE | check: the same safety tools as the app's menu.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';
import { defaultUserDataDir, resolveDatabasePath } from '../core/paths';
import { redactUrl } from '../core/store/dialect';
import { openStore } from '../core/store/database';
import { assertNotInUse, backupDatabase, checkAndRepair, isDamage, listBackups, moveAside, newestGoodBackup, restoreBackup } from '../core/store/maintenance';
import { checkSnapshots, type SnapshotCheckReport } from '../core/snapshots/snapshot-check';
import { parse, UsageError, type CliIo } from './common';

export async function runBackup(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } });
  if (positionals.length) throw new UsageError('backup takes no arguments (use -o FILE to choose where).');
  const dbPath = resolveDatabasePath(values.db);
  if (isPostgresUrl(dbPath)) {
    const { backupPostgres } = await import('../core/store/postgres/maintenance');
    const info = await backupPostgres(dbPath, values.output, path.join(defaultUserDataDir(), 'backups'));
    io.stdout.write(values.json ? `${JSON.stringify(info)}\n` : `Backed up ${redactUrl(dbPath)}\n  to ${info.path} (${info.bytes} bytes, ${info.entries} entries, verified with pg_restore --list)\n`);
    return 0;
  }
  const store = await openStore(dbPath);
  try {
    const info = await backupDatabase(store.sqlite, dbPath, 'manual', values.output);
    io.stdout.write(values.json ? `${JSON.stringify(info)}\n` : `Backed up ${dbPath}\n  to ${info.path} (${info.bytes} bytes, verified)\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export async function runRestore(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('restore takes exactly one backup FILE.');
  const dbPath = resolveDatabasePath(values.db);
  if (isPostgresUrl(dbPath)) {
    const { restorePostgres } = await import('../core/store/postgres/maintenance');
    const result = await restorePostgres(path.resolve(positionals[0]!), dbPath);
    io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `Restored ${result.from} into ${result.restored} (${result.entries} entries; schema version ${result.schemaVersion}).\n`);
    return 0;
  }
  const result = restoreBackup(positionals[0]!, dbPath);
  // Open it once so it is migrated and checked before anyone relies on it.
  const store = await openStore(dbPath);
  await store.close();
  if (values.json) io.stdout.write(`${JSON.stringify(result)}\n`);
  else io.stdout.write(`Restored ${positionals[0]} to ${result.restored}.${result.previous ? `\nThe database it replaced was kept as ${result.previous}.` : ''}\n`);
  return 0;
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, repair: { type: 'boolean' } });
  if (positionals.length) throw new UsageError('check takes no arguments.');
  const dbPath = resolveDatabasePath(values.db);
  if (isPostgresUrl(dbPath)) return checkPostgresDesk(dbPath, Boolean(values.json), Boolean(values.repair), io);
  const backups = listBackups(dbPath);
  const out = (report: Record<string, unknown>, text: string) => io.stdout.write(values.json ? `${JSON.stringify({ database: dbPath, ...report, backups })}\n` : text);
  if (!fs.existsSync(dbPath)) {
    out({ ok: false, missing: true }, `${dbPath} does not exist yet.\n`);
    return 1;
  }

  /** Damage found, by opening or by the integrity check: say so, and with --repair restore. */
  const damaged = (message: string): number => {
    const good = newestGoodBackup(dbPath);
    if (values.repair) {
      assertNotInUse(dbPath);
      // With a backup, the damaged file is moved only once the copy is in place and verified.
      const kept = good ? restoreBackup(good.path, dbPath, 'damaged').previous! : moveAside(dbPath, 'damaged');
      out(
        { ok: false, damaged: true, keptAs: kept, restoredFrom: good?.path ?? null },
        `${message}\nThe damaged file was kept as ${kept}.\n${good ? `Restored the newest good backup, ${good.path}.` : 'No good backup exists; Claimdesk will start with an empty database.'}\n`,
      );
      return 1;
    }
    out(
      { ok: false, damaged: true, newestGoodBackup: good?.path ?? null },
      `${message}\n${good ? `The newest good backup is ${good.path} (${good.createdAt}).\nRun "claimdesk check --repair" to keep the damaged file as .damaged and restore it.` : 'No good backup was found.'}\n`,
    );
    return 1;
  };

  let report: ReturnType<typeof checkAndRepair>;
  let snapshots: SnapshotCheckReport | null = null;
  try {
    const store = await openStore(dbPath, { check: false });
    try {
      report = checkAndRepair(store.sqlite);
      if (report.ok) snapshots = await checkSnapshots(store.db, dbPath);
    } finally {
      await store.close();
    }
  } catch (error) {
    if (!((error instanceof AppError && error.details?.damaged) || isDamage(error))) throw error;
    return damaged(error instanceof AppError ? error.message : `${dbPath} is damaged: ${(error as Error).message}.`);
  }
  if (!report.ok) return damaged(`${dbPath} is damaged: SQLite's integrity check failed (${report.integrity.slice(0, 3).join('; ')}).`);
  const s = snapshots!;
  const removed = s.orphansRemoved.length + s.partialsRemoved.length;
  out(
    { ...report, snapshots: s },
    `${dbPath}: ok, schema version ${report.schemaVersion}` +
      `${report.ftsRebuilt.length ? `; rebuilt search index ${report.ftsRebuilt.join(', ')}` : ''}\n${backups.length} backups, newest ${backups[0]?.path ?? '—'}\n` +
      `${s.files} snapshot files` +
      `${removed ? `; removed ${removed} that no source refers to (${[...s.orphansRemoved, ...s.partialsRemoved].join(', ')})` : ''}` +
      `${s.interrupted ? `; ${s.interrupted} interrupted snapshot(s) marked failed (retry with "claimdesk sources snapshot --failed")` : ''}` +
      `${s.missing.length ? `\nMissing snapshot files (take them again): ${s.missing.join(', ')}` : ''}\n`,
  );
  return 0;
}

const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//iu.test(location);

/** check on PostgreSQL: the server keeps its own files whole; Claimdesk checks its schema and spans. */
async function checkPostgresDesk(url: string, json: boolean, repair: boolean, io: CliIo): Promise<number> {
  if (repair) throw new UsageError('check --repair restores SQLite files; on PostgreSQL restore a backup into a new database with "claimdesk restore FILE --db postgres://…".');
  const { checkPostgres } = await import('../core/store/postgres/maintenance');
  const report = await checkPostgres(url);
  const where = redactUrl(url);
  if (json) io.stdout.write(`${JSON.stringify({ database: where, ...report })}\n`);
  else {
    const c = report.counts;
    io.stdout.write(
      `${where}: ${report.ok ? 'ok' : 'problems found'}, schema version ${report.schemaVersion} of ${report.latestSchemaVersion}\n` +
        `${c.articles} articles, ${c.claims} claims, ${c.sources} sources, ${c.history} history entries\n` +
        (report.claimsOutsideText.length ? `Claims whose span lies outside their article's text: ${report.claimsOutsideText.join(', ')}\n` : '') +
        `${report.snapshots.files} snapshot files in the database` +
        `${report.snapshots.orphansRemoved.length ? `; removed ${report.snapshots.orphansRemoved.length} that no source refers to` : ''}` +
        `${report.snapshots.missing.length ? `\nMissing snapshot files (take them again): ${report.snapshots.missing.join(', ')}` : ''}\n`,
    );
  }
  return report.ok ? 0 : 1;
}

/**
 * claimdesk migrate-to --database postgres://… [--db FILE]: the local desk (the default database,
 * or --db FILE) copied whole into an empty PostgreSQL database. The URL may also be given alone
 * (claimdesk migrate-to postgres://… --db FILE).
 */
export async function runMigrateTo(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: { db: { type: 'string' }; database: { type: 'string' }; json: { type: 'boolean' } }; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args, options: { db: { type: 'string' }, database: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const urls = [...positionals, ...(values.database && isPostgresUrl(values.database) ? [values.database] : [])];
  if (urls.length !== 1 || positionals.length > 1) throw new UsageError('migrate-to takes one postgres:// URL: claimdesk migrate-to --database postgres://… [--db FILE].');
  const target = urls[0]!;
  if (!isPostgresUrl(target)) throw new UsageError(`migrate-to copies into PostgreSQL: ${target} is not a postgres:// URL.`);
  // The source: --db, or --database when it names a file and the URL was given alone, else the default.
  const sourceFlag = values.db ?? (values.database && !isPostgresUrl(values.database) ? values.database : undefined);
  const dbPath = resolveDatabasePath(sourceFlag);
  if (isPostgresUrl(dbPath)) throw new UsageError('migrate-to copies an SQLite desk: give --db FILE, not a URL.');
  if (!fs.existsSync(dbPath)) throw new UsageError(`${dbPath} does not exist.`);
  const { migrateToPostgres } = await import('../core/store/postgres/migrate-to');
  let lastTable = '';
  const report = await migrateToPostgres(dbPath, target, (table, copied, total) => {
    if (table !== lastTable || copied === total) io.stderr.write(`  ${table}: ${copied} of ${total}\n`);
    lastTable = table;
  });
  if (values.json) io.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    const counts = Object.entries(report.tables).filter(([, n]) => n > 0).map(([t, n]) => `${n} ${t}`).join(', ');
    io.stdout.write(
      `Copied ${dbPath}\n  to ${report.to} in ${(report.ms / 1000).toFixed(1)} s: ${counts || 'an empty desk'}.\n` +
        `Verified: the same rows in every table and the same checksum over claims and history (${report.checksum.slice(0, 16)}…).\n` +
        (report.snapshotFiles ? `${report.snapshotFiles} source snapshot files copied into the database.\n` : '') +
        (report.snapshotFilesLeft ? `${report.snapshotFilesLeft} source snapshot files were missing beside ${dbPath} and were not copied (claimdesk check lists them).\n` : ''),
    );
  }
  return 0;
}
