// backup, restore and check on a PostgreSQL desk, through the real CLI against a private
// cluster: a dump is verified before it is kept, restores go only into an empty database and
// bring back the same claims and history, and check finds a claim whose span left its text.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_URL_ENV } from '../helpers/postgres-cluster';
import { postgresMissing } from '../helpers/databases';
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

const missing = postgresMissing();
if (missing) {
  describe('backup, restore and check on PostgreSQL', () => {
    it.skip(`did not run: ${missing}`, () => {});
  });
} else describe('backup, restore and check on PostgreSQL', () => {
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
});
