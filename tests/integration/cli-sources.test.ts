// The sources commands as scripts use them, against a real local server: sources check --json,
// sources snapshot, report --with-snapshots with SHA256SUMS, backups that carry the snapshots,
// and `claimdesk check` removing what a crash (kill -9 during a snapshot) left behind.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotsDirFor } from '../../src/main/core/snapshots/snapshot-files';
import { fixture } from '../fixtures/import/helpers';
import { openTestApp, tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');
const ARTICLE_HTML = fixture('article.html');

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let server: Server;
let base: string;
let stallHits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/article') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML);
    if (req.url === '/gone') return void res.writeHead(404).end();
    if (req.url === '/slow') {
      // Answers, then trickles the body: a snapshot is mid-way for as long as the test wants.
      stallHits++;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>');
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A database with one claim and sources at the given paths, snapshots taken on add. */
async function seeded(paths: string[]) {
  const app = await openTestApp({ snapshots: { fetch: { timeoutMs: 3000 } } });
  const { article } = await app.ok('articles.create', { text: 'Die Steuer steigt um 3 Prozent, sagte die Ministerin am Montag in Berlin.', title: 'Steuer', language: 'de' });
  const claim = await app.ok('claims.create', { articleId: article.id, start: 0, end: 30 });
  const ids: string[] = [];
  for (const p of paths) ids.push((await app.ok('sources.add', { claimId: claim.id, url: `${base}${p}` })).source.id);
  await app.context.snapshots!.idle();
  // Reviewed, so the reports list its sources.
  if (ids.length) {
    const current = await app.ok('claims.get', { id: claim.id });
    await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: current.version, verdict: 'verified', rationale: 'Laut Quelle.' });
  }
  await app.close();
  return { dbPath: app.dbPath, dir: app.dir, articleId: article.id, ids };
}

describe('claimdesk sources', () => {
  it('sources check --json classifies every source and exits 1 when one is gone', async () => {
    const { dbPath, ids } = await seeded(['/article', '/gone']);
    const { code, stdout, stderr } = await cli(['sources', 'check', '--json', '--db', dbPath]);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as { sources: Array<{ sourceId: string; url: string; result: string; checkedAt: string }> };
    expect(out.sources).toEqual([
      { sourceId: ids[0], url: `${base}/article`, result: 'unchanged', checkedAt: expect.any(String) },
      { sourceId: ids[1], url: `${base}/gone`, result: 'gone', checkedAt: expect.any(String) },
    ]);
    expect(stderr).toMatch(/2\/2 checked/);
  });

  it('sources snapshot --failed retries, and report --with-snapshots writes the WARCs with a SHA256SUMS that verifies', async () => {
    const { dbPath, articleId, ids } = await seeded(['/article', '/gone']);
    const retry = await cli(['sources', 'snapshot', '--failed', '--json', '--db', dbPath]);
    expect(retry.code).toBe(1);
    expect((JSON.parse(retry.stdout) as { sources: Array<{ id: string; snapshot: { status: string } }> }).sources).toEqual([expect.objectContaining({ id: ids[1], snapshot: expect.objectContaining({ status: 'failed' }) })]);

    const out = path.join(tempDir(), 'bundle');
    const report = await cli(['report', articleId, '--format', 'md', '--with-snapshots', '-o', out, '--db', dbPath]);
    expect(report.code, report.stderr).toBe(0);
    const sums = fs.readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(2); // the report and the one archived snapshot
    for (const line of sums) {
      const [hash, file] = line.split('  ') as [string, string];
      expect(createHash('sha256').update(fs.readFileSync(path.join(out, file))).digest('hex')).toBe(hash);
    }
    expect(sums[1]).toMatch(/ {2}snapshots\/.+\.warc\.gz$/);
    const md = fs.readFileSync(path.join(out, sums[0]!.split('  ')[1]!), 'utf8');
    expect(md).toContain(`SHA-256 \`${createHash('sha256').update(ARTICLE_HTML).digest('hex')}\``);
    expect((await cli(['report', articleId, '--format', 'md', '--with-snapshots', '--db', dbPath])).code).toBe(2);
  });

  it('a backup carries the snapshots and a restore brings them back', async () => {
    const { dbPath, dir } = await seeded(['/article']);
    const snapshots = snapshotsDirFor(dbPath);
    const [file] = fs.readdirSync(snapshots);
    const backup = JSON.parse((await cli(['backup', '--json', '--db', dbPath])).stdout) as { path: string };
    expect(fs.readFileSync(path.join(`${backup.path}.snapshots`, file!))).toEqual(fs.readFileSync(path.join(snapshots, file!)));
    fs.rmSync(snapshots, { recursive: true });
    expect((await cli(['restore', backup.path, '--db', dbPath])).code).toBe(0);
    expect(fs.existsSync(path.join(snapshots, file!))).toBe(true);
    void dir;
  });

  it('kill -9 during a snapshot leaves no half-written WARC referenced, and check removes what is left', async () => {
    const { dbPath } = await seeded([]);
    // A stray file from an earlier crash after the write and before the row: an orphan.
    const snapshots = snapshotsDirFor(dbPath);
    fs.mkdirSync(snapshots, { recursive: true });
    fs.writeFileSync(path.join(snapshots, 'gone-source-20250101T000000Z-abcd.warc.gz'), 'complete but unreferenced');
    fs.writeFileSync(path.join(snapshots, 'other-20250101T000000Z-abcd.warc.gz.partial'), 'half');

    // serve takes snapshots in the background; a source on the slow page keeps one in flight.
    const child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<URL>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
        if (m) resolve(new URL(m[1]!));
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const api = async (method: string, input: unknown) => {
      const res = await fetch(new URL(`/api/${method}`, url), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${url.searchParams.get('token')}` }, body: JSON.stringify(input) });
      return ((await res.json()) as { value: any }).value;
    };
    const claims = await api('claims.list', {});
    const before = stallHits;
    const added = await api('sources.add', { claimId: claims.items[0].id, url: `${base}/slow` });
    expect(added.source.snapshot.status).toBe('pending');
    while (stallHits === before) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const check = await cli(['check', '--json', '--db', dbPath]);
    expect(check.code, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout) as { snapshots: { orphansRemoved: string[]; partialsRemoved: string[]; missing: string[]; interrupted: number } };
    expect(report.snapshots.orphansRemoved).toEqual(['gone-source-20250101T000000Z-abcd.warc.gz']);
    expect(report.snapshots.partialsRemoved).toEqual(['other-20250101T000000Z-abcd.warc.gz.partial']);
    expect(report.snapshots.missing).toEqual([]);
    expect(report.snapshots.interrupted).toBe(1);
    expect(fs.readdirSync(snapshots)).toEqual([]);
    const app = await openTestApp({ dir: path.dirname(dbPath) });
    const source = (await app.ok('claims.get', { id: claims.items[0].id })).sources[0]!;
    expect(source.snapshot).toMatchObject({ status: 'failed', reason: expect.stringMatching(/interrupted/) });
    await app.close();
  });
});
