// backup, restore and check on a PostgreSQL desk, through the real CLI against a private
// cluster: a dump is verified before it is kept, restores go only into an empty database and
// bring back the same claims and history, and check finds a claim whose span left its text.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { POSTGRES_URL_ENV } from '../helpers/postgres-cluster';
import { describePostgres } from '../helpers/databases';
import { importFactChecks } from '../../src/main/core/services/factcheck.service';
import { openApp } from '../../src/main/core/app';
import { GERMAN_SAMPLE, openTestApp, tempDir, type TestApp } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');

async function cli(args: string[]) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function admin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(process.env[POSTGRES_URL_ENV]);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** An empty database (from template0: no tables at all), dropped at the end. */
const created: string[] = [];
async function emptyDatabase(): Promise<string> {
  const name = `claimdesk_restore_${process.pid}_${created.length}_${Date.now().toString(36)}`;
  await admin((c) => c.query(`create database ${name} template template0`));
  created.push(name);
  return process.env[POSTGRES_URL_ENV]!.replace(/\/postgres$/u, `/${name}`);
}

async function claimRows(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const claims = await client.query('select id, article_id, start, "end", text, claimant, verdict, rationale, version from claims order by id');
    const events = await client.query('select count(*)::int as n from claim_events');
    return { claims: claims.rows, events: events.rows[0].n as number };
  } finally {
    await client.end();
  }
}

describePostgres('backup, restore and check on PostgreSQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await openTestApp({ database: 'postgres' });
    const { article } = await app.ok('articles.create', { text: GERMAN_SAMPLE });
    const full = await app.ok('articles.get', { id: article.id });
    const claim = full.claims[0]!;
    await app.ok('claims.update', { id: claim.id, expectedVersion: claim.version, claimant: 'Bundestag 👍' });
  });
  afterAll(async () => {
    await app?.close();
    for (const name of created) await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  });

  it('backs up with pg_dump, verified, and restores into an empty database with the same claims and history', async () => {
    const out = path.join(tempDir(), 'desk.dump');
    const backup = await cli(['backup', '--db', app.dbPath, '-o', out, '--json']);
    expect(backup.code, backup.stderr).toBe(0);
    const info = JSON.parse(backup.stdout) as { path: string; bytes: number; entries: number; schemaVersion: number };
    expect(info).toMatchObject({ path: out, bytes: fs.statSync(out).size });
    expect(info.entries).toBeGreaterThan(20);
    expect(info.schemaVersion).toBeGreaterThan(0);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
    // The password never shows, in text output either.
    expect(backup.stdout).not.toMatch(/postgres:\/\/[^@\s]*:[^@\s]*@/u);

    const target = await emptyDatabase();
    const restore = await cli(['restore', out, '--db', target, '--json']);
    expect(restore.code, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({ from: out, schemaVersion: info.schemaVersion });
    const [before, after] = [await claimRows(app.dbPath), await claimRows(target)];
    expect(after.claims.length).toBeGreaterThan(0);
    expect(after).toEqual(before);

    const check = await cli(['check', '--db', target, '--json']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, claimsOutsideText: [], counts: { claims: before.claims.length } });
  });

  it('refuses to restore over a desk, and refuses a file that is not a dump; nothing is changed', async () => {
    const notADump = path.join(tempDir(), 'not-a-dump.dump');
    fs.writeFileSync(notADump, 'SQLite format 3\0 and then some');
    const refusedFile = await cli(['restore', notADump, '--db', await emptyDatabase()]);
    expect(refusedFile.code).not.toBe(0);
    expect(refusedFile.stderr).toMatch(/pg_restore failed|not a Claimdesk backup/u);

    const out = path.join(tempDir(), 'desk.dump');
    expect((await cli(['backup', '--db', app.dbPath, '-o', out])).code).toBe(0);
    const before = await claimRows(app.dbPath);
    const overDesk = await cli(['restore', out, '--db', app.dbPath]);
    expect(overDesk.code).not.toBe(0);
    expect(overDesk.stderr).toMatch(/is not empty .*only into an empty database/u);
    expect(await claimRows(app.dbPath)).toEqual(before);
  });

  it('check names a claim whose span lies outside its article text, and counts emoji as two code units like the app', async () => {
    const { article } = await app.ok('articles.create', { text: 'Die Zahl 😀 stieg um 5 Prozent, sagte die Ministerin. Der Rest ist Text.' });
    const [claim] = (await app.ok('articles.get', { id: article.id })).claims;
    const ok = await cli(['check', '--db', app.dbPath, '--json']);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });
    const length = 'Die Zahl 😀 stieg um 5 Prozent, sagte die Ministerin. Der Rest ist Text.'.length;
    const client = new pg.Client(app.dbPath);
    await client.connect();
    try {
      // The last UTF-16 offset is still inside; one past it is not.
      await client.query('update claims set "end" = $1 where id = $2', [length, claim!.id]);
      expect(JSON.parse((await cli(['check', '--db', app.dbPath, '--json'])).stdout)).toMatchObject({ ok: true });
      await client.query('update claims set "end" = $1 where id = $2', [length + 1, claim!.id]);
      const broken = await cli(['check', '--db', app.dbPath]);
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain(claim!.id);
    } finally {
      await client.end();
    }
  });

  it('check removes snapshot files no source names (once past the grace for a running writer) and lists named ones that are missing', async () => {
    const client = new pg.Client(app.dbPath);
    await client.connect();
    try {
      const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
      await client.query('insert into snapshot_files (name, bytes, created_at) values ($1, $2, $3), ($4, $2, $5)', ['old-orphan.warc.gz', Buffer.from('x'), hourAgo, 'being-written.warc.gz', new Date().toISOString()]);
      const { article } = await app.ok('articles.create', { text: 'Die Miete stieg um 7 Prozent, sagte der Verband am Montag.' });
      const [claim] = (await app.ok('articles.get', { id: article.id })).claims;
      const { source } = await app.ok('sources.add', { claimId: claim!.id, url: 'https://example.org/miete' });
      // A snapshot whose file then went missing (by hand, outside the app).
      await app.ok('sources.attachSnapshot', { id: source.id, fileName: 'miete.txt', contentBase64: Buffer.from('Mietspiegel 2026').toString('base64') });
      const gone = (await client.query('select file from source_snapshots where source_id = $1', [source.id])).rows[0].file as string;
      await client.query('delete from snapshot_files where name = $1', [gone]);
      const report = JSON.parse((await cli(['check', '--db', app.dbPath, '--json'])).stdout);
      expect(report.snapshots).toEqual({ files: 1, orphansRemoved: ['old-orphan.warc.gz'], missing: [gone] });
      expect((await client.query('select name from snapshot_files')).rows).toEqual([{ name: 'being-written.warc.gz' }]);
    } finally {
      await client.end();
    }
  });
});

const SEED = fs.readFileSync(path.resolve(__dirname, '../fixtures/seed/putin-xi-trump.de.txt'), 'utf8');

describePostgres('migrate-to: a SQLite desk onto PostgreSQL', () => {
  afterAll(async () => {
    for (const name of created) await admin((c) => c.query(`drop database if exists ${name} with (force)`));
  });

  it('copies every table in one go, verified; the desk then works on PostgreSQL; a second run into it is refused', async () => {
    const local = await openTestApp();
    await importFactChecks(local.context, { path: path.resolve(__dirname, '../fixtures/factchecks/graph.json') }, 'graph');
    const { article } = await local.ok('articles.create', { text: SEED });
    await local.ok('articles.create', { text: GERMAN_SAMPLE });
    const claims = (await local.ok('articles.get', { id: article.id })).claims;
    const first = claims[0]!;
    const { claim: sourced, source } = await local.ok('sources.add', { claimId: first.id, url: 'https://example.org/protokoll', title: 'Protokoll' });
    // A snapshot file beside the SQLite desk (a saved copy the reviewer attached).
    await local.ok('sources.attachSnapshot', { id: source.id, fileName: 'protokoll.txt', contentBase64: Buffer.from('Das Protokoll der Sitzung vom 3. März.').toString('base64') });
    const snapshotBefore = await local.ok('sources.snapshotText', { id: source.id });
    await local.ok('claims.setVerdict', { id: first.id, expectedVersion: sourced.version, verdict: 'verified', rationale: 'Belegt im Protokoll.' });
    await local.ok('claims.setVerdict', { id: claims[1]!.id, expectedVersion: claims[1]!.version, verdict: 'inconclusive', rationale: 'Offen. 😀' });
    await local.ok('factchecks.flagClaims', { articleId: article.id });
    const people = (await local.ok('claimants.list', {})).claimants.filter((c) => c.type === 'person');
    if (people.length >= 2) await local.ok('claimants.merge', { keep: people[0]!.id, other: people[1]!.id });
    const listBefore = JSON.parse((await cli(['list', '--json', '--db', local.dbPath])).stdout);
    const statsBefore = await local.ok('stats.desk', {});
    await local.close();

    const url = await emptyDatabase();
    const migrated = await cli(['migrate-to', '--database', url, '--db', local.dbPath, '--json']);
    expect(migrated.code, migrated.stderr).toBe(0);
    const report = JSON.parse(migrated.stdout) as { tables: Record<string, number>; checksum: string; snapshotFiles: number; snapshotFilesLeft: number };
    expect(report).toMatchObject({ snapshotFiles: 1, snapshotFilesLeft: 0 });
    expect(report.tables).toMatchObject({ articles: 2, sources: 1 });
    expect(report.tables.claims).toBe(await claimCount(local.dbPath));
    expect(report.tables.claim_events).toBeGreaterThanOrEqual(3);
    expect(report.tables.factchecks).toBeGreaterThan(0);
    expect(report.checksum).toMatch(/^[0-9a-f]{64}$/u);
    expect(migrated.stderr).toMatch(/claims: \d+ of \d+/u);

    // The desk on PostgreSQL: same list, same tallies, search and the library work, new writes get new ids.
    expect(JSON.parse((await cli(['list', '--json', '--db', url])).stdout)).toEqual(listBefore);
    const remote = await openApp(url, { host: 'cli', defaultActor: 'test-runner', snapshots: false });
    try {
      const ok = async <T>(method: string, input: unknown): Promise<T> => {
        const r = await remote.dispatch(method as never, input as never);
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value as T;
      };
      expect(await ok('stats.desk', {})).toEqual(statsBefore);
      // The snapshot came along, into the database, and reads the same.
      expect(await ok('sources.snapshotText', { id: source.id })).toEqual(snapshotBefore);
      const found = await ok<{ hits: Array<{ articleId: string }> }>('search', { query: 'Putin' });
      expect(found.hits.some((h) => h.articleId === article.id)).toBe(true);
      const again = (await ok<{ claims: Array<{ id: string; version: number }> }>('articles.get', { id: article.id })).claims[2]!;
      await ok('claims.setVerdict', { id: again.id, expectedVersion: again.version, verdict: 'inconclusive' });
      const history = await ok<unknown[]>('claims.history', { claimId: again.id });
      expect(history.length).toBeGreaterThan(0);
      const matches = await ok<{ matches: unknown[] }>('factchecks.match', { text: 'Die Rente steigt im Juli um 4,57 Prozent' });
      expect(matches.matches.length).toBeGreaterThan(0);
    } finally {
      await remote.close();
    }

    const twice = await cli(['migrate-to', url, '--db', local.dbPath]);
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toMatch(/already holds a desk .*only into an empty database/u);
  });
});

async function claimCount(dbPath: string): Promise<number> {
  const SqliteDatabase = (await import('better-sqlite3')).default;
  const db = new SqliteDatabase(dbPath, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from claims').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
