import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { openStore } from '../../src/main/core/store/database';
import { BACKUPS_KEPT, backupDatabase, backupIfDue, checkAndRepair, listBackups, restoreBackup, verifyDatabaseFile } from '../../src/main/core/store/maintenance';
import { GERMAN_SAMPLE, openTestApp, tempDir } from '../helpers/temp-app';

const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');
const runCli = promisify(execFile);
async function cli(args: string[]) {
  try {
    const r = await runCli(process.execPath, [BIN, ...args]);
    return { code: 0, ...r };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function seededDatabase() {
  const app = await openTestApp();
  const { article } = await app.ok('articles.create', { text: GERMAN_SAMPLE });
  await app.close();
  return { dbPath: app.dbPath, dir: app.dir, articleId: article.id };
}

describe('backups', () => {
  it('takes verified online backups that hold the data, and rotates the daily/manual ones', async () => {
    const { dbPath } = await seededDatabase();
    const store = await openStore(dbPath);
    const first = await backupDatabase(store.sqlite, dbPath, 'manual');
    expect(verifyDatabaseFile(first.path)).toEqual({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION });
    const copy = new SqliteDatabase(first.path, { readonly: true });
    expect(copy.prepare('select count(*) from articles').pluck().get()).toBe(1);
    copy.close();
    let newest = first;
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      await new Promise((r) => setTimeout(r, 5));
      newest = await backupDatabase(store.sqlite, dbPath, 'manual');
    }
    expect(fs.existsSync(newest.path)).toBe(true);
    expect(fs.existsSync(first.path)).toBe(false);
    expect(listBackups(dbPath).filter((b) => b.reason === 'manual')).toHaveLength(BACKUPS_KEPT);
    await store.close();
  });

  it('takes the daily backup only when the last one is more than a day old', async () => {
    const { dbPath } = await seededDatabase();
    const store = await openStore(dbPath);
    expect(await backupIfDue(store.sqlite, dbPath)).not.toBeNull();
    expect(await backupIfDue(store.sqlite, dbPath)).toBeNull();
    expect(await backupIfDue(store.sqlite, dbPath, Date.now() + 25 * 3600 * 1000)).not.toBeNull();
    await store.close();
  });

  it('restores a backup and keeps the database it replaces, never overwriting it', async () => {
    const { dbPath } = await seededDatabase();
    const store = await openStore(dbPath);
    const backup = await backupDatabase(store.sqlite, dbPath, 'manual');
    await store.db.deleteFrom('articles').execute();
    await store.close();
    const result = restoreBackup(backup.path, dbPath);
    expect(fs.existsSync(result.previous!)).toBe(true);
    const restored = await openStore(dbPath);
    expect(await restored.db.selectFrom('articles').select('id').execute()).toHaveLength(1);
    await restored.close();
  });

  it('refuses to restore something that is not a good Claimdesk database', async () => {
    const dir = tempDir();
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, 'not a database at all');
    expect(() => restoreBackup(junk, path.join(dir, 'claimdesk.db'))).toThrow(/cannot be restored/);
    expect(fs.existsSync(path.join(dir, 'claimdesk.db'))).toBe(false);
  });
});

describe('startup checks and recovery', () => {
  it('rebuilds a search index that fails its own check', async () => {
    const { dbPath } = await seededDatabase();
    const raw = new SqliteDatabase(dbPath);
    raw.unsafeMode(true); // Shadow tables are write-protected; this test damages one on purpose.
    raw.prepare("delete from claims_fts_data where id > 10").run();
    raw.close();
    const store = await openStore(dbPath, { check: false });
    const report = checkAndRepair(store.sqlite);
    expect(report.ftsRebuilt).toEqual(['claims_fts']);
    expect(checkAndRepair(store.sqlite).ftsRebuilt).toEqual([]);
    await store.close();
  });

  it('reports a truncated database as damaged and leaves it as it is', async () => {
    const { dbPath } = await seededDatabase();
    const size = fs.statSync(dbPath).size;
    fs.truncateSync(dbPath, Math.floor(size / 2));
    const before = fs.readFileSync(dbPath);
    await expect(openStore(dbPath)).rejects.toMatchObject({ details: { damaged: true } });
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('claimdesk check finds damage, names the newest good backup, and --repair keeps the damaged file as .damaged', async () => {
    const { dbPath } = await seededDatabase();
    expect((await cli(['backup', '--db', dbPath])).code).toBe(0);
    // Scribble over the middle of the file: header intact, pages broken. The list reads the
    // article list from its covering index (schema 7), not the articles table: break that too.
    const raw = new SqliteDatabase(dbPath, { readonly: true });
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const listIndexPage = (raw.prepare("select rootpage from sqlite_master where name = 'articles_live_list'").get() as { rootpage: number }).rootpage;
    raw.close();
    const fd = fs.openSync(dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 4096);
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (listIndexPage - 1) * pageSize);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(dbPath);

    const check = await cli(['check', '--db', dbPath]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/damaged/i);
    expect(check.stdout).toMatch(/newest good backup/);

    const list = await cli(['list', '--db', dbPath]);
    expect(list.code).toBe(1);
    expect(list.stderr).toMatch(/claimdesk check/);

    const repair = await cli(['check', '--repair', '--json', '--db', dbPath]);
    const report = JSON.parse(repair.stdout);
    expect(report.keptAs).toBe(`${dbPath}.damaged`);
    expect(fs.readFileSync(`${dbPath}.damaged`).equals(damaged)).toBe(true);
    expect(JSON.parse((await cli(['list', '--json', '--db', dbPath])).stdout).articles).toHaveLength(1);
    expect((await cli(['check', '--db', dbPath])).code).toBe(0);
  });

  it('claimdesk restore puts a backup in place and keeps the replaced file', async () => {
    const { dbPath, dir } = await seededDatabase();
    const out = path.join(dir, 'mine.db');
    expect((await cli(['backup', '--db', dbPath, '-o', out])).code).toBe(0);
    const restore = await cli(['restore', out, '--db', dbPath]);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/kept as .*before-restore/);
  });

  it('claimdesk check --repair also repairs a file that opens but fails the integrity check, without writing to it', async () => {
    const { dbPath } = await seededDatabase();
    expect((await cli(['backup', '--db', dbPath])).code).toBe(0);
    // Point an index at the wrong column: the file opens, SQLite's integrity check fails.
    const raw = new SqliteDatabase(dbPath);
    raw.unsafeMode(true);
    raw.pragma('writable_schema = ON');
    raw.prepare(`update sqlite_master set sql = replace(sql, '"start"', '"end"') where name = 'claims_article'`).run();
    raw.pragma('writable_schema = OFF');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const damaged = fs.readFileSync(dbPath);

    const check = await cli(['check', '--db', dbPath]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/integrity check failed.*missing from index claims_article/);
    expect(fs.readFileSync(dbPath).equals(damaged)).toBe(true);

    const repair = JSON.parse((await cli(['check', '--repair', '--json', '--db', dbPath])).stdout);
    expect(repair).toMatchObject({ damaged: true, keptAs: `${dbPath}.damaged` });
    expect(repair.restoredFrom).toMatch(/-manual\.db$/);
    expect((await cli(['check', '--db', dbPath])).code).toBe(0);
  });

  it('refuses to restore the database onto itself, and a backup never overwrites a file', async () => {
    const { dbPath } = await seededDatabase();
    const before = fs.readFileSync(dbPath);
    const self = await cli(['restore', dbPath, '--db', dbPath]);
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/is the database itself/);
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true);
    const onto = await cli(['backup', '--db', dbPath, '-o', dbPath]);
    expect(onto.code).toBe(1);
    expect(onto.stderr).toMatch(/already exists/);
  });

  it('refuses to restore or repair while another Claimdesk process has the database open', async () => {
    const { dbPath, dir } = await seededDatabase();
    const backup = path.join(dir, 'mine.db');
    expect((await cli(['backup', '--db', dbPath, '-o', backup])).code).toBe(0);
    const serve = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        serve.stdout.on('data', (d: Buffer) => /serving at/.test(d.toString()) && resolve());
        serve.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const refused = await cli(['restore', backup, '--db', dbPath]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`open in another process \\(pid ${serve.pid}\\)`));
      expect(fs.existsSync(`${dbPath}.restoring`)).toBe(false);
      expect(fs.readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
    } finally {
      const exited = new Promise((resolve) => serve.once('exit', resolve));
      serve.kill('SIGTERM');
      await exited;
    }
    expect((await cli(['restore', backup, '--db', dbPath])).code).toBe(0);
  });
});
