// The claimdesk command as people's scripts use it: a real process, real files, --json output.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openTestApp, tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');
const SEED = path.resolve(__dirname, '../fixtures/seed/putin-xi-trump.de.txt');

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('claimdesk CLI', () => {
  it('prints usage and fails on an unknown command', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/Usage: claimdesk <command>/);
    const bad = await cli(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('extract --json prints claims with offsets into the file text', async () => {
    const { code, stdout } = await cli(['extract', SEED, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { claims: Array<{ start: number; end: number; text: string; claimant: string | null; kind: string; checkworthiness: number }> };
    const text = fs.readFileSync(SEED, 'utf8');
    expect(out.claims.length).toBeGreaterThan(10);
    for (const c of out.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(['statement', 'reported', 'quote']).toContain(c.kind);
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
    }
  });

  it('a reader that closes the pipe early (| head) ends the command quietly, without a stack trace', async () => {
    // Many copies of the seed article: --json prints far more than a pipe holds, so the writes
    // go on after the reader has gone.
    const big = path.join(tempDir('claimdesk-cli-pipe-'), 'long.txt');
    fs.writeFileSync(big, Array.from({ length: 40 }, () => fs.readFileSync(SEED, 'utf8')).join('\n\n'));
    const child = spawn(process.execPath, [BIN, 'extract', big, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(first).toMatch(/^\{/);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it('extract without --json prints a readable table; a missing file is a clear error', async () => {
    expect((await cli(['extract', SEED])).stdout).toMatch(/Claimant\s+Kind\s+Score\s+Text/);
    const missing = await cli(['extract', '/nonexistent/file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('imports files into the database named by --db or CLAIMDESK_DB, and lists them', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.db');
    const imported = await cli(['import', SEED, '--json', '--db', db]);
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary).toMatchObject({ imported: 1, duplicates: 0, failed: 0 });
    const again = JSON.parse((await cli(['import', SEED, '--json'], { CLAIMDESK_DB: db })).stdout);
    expect(again).toMatchObject({ imported: 0, duplicates: 1 });
    const list = JSON.parse((await cli(['list', '--json', '--db', db])).stdout);
    expect(list.articles).toHaveLength(1);
    expect(list.articles[0].claimCount).toBeGreaterThan(10);
    expect((await cli(['list', '--db', db])).stdout).toMatch(/ID\s+Title/);
  });

  it('list --json prints exactly what articles.list answers (trashed articles left out, counts per verdict)', async () => {
    const app = await openTestApp();
    const a = await app.ok('articles.create', { text: 'Die Arbeitslosenquote stieg im März auf 6,1 Prozent. Der Minister sagte, die Steuer steige um 3 Prozent.', title: 'Quote' });
    await app.ok('articles.create', { text: 'The unemployment rate fell to 3.9 percent in April, the Labor Department said.', title: 'Rate, "quoted" – ü' });
    const gone = await app.ok('articles.create', { text: 'Die Polizei zählte 12.000 Menschen auf der Demonstration.', title: 'Weg' });
    const claim = (await app.ok('articles.get', { id: a.article.id })).claims[0]!;
    await app.ok('claims.setVerdict', { id: claim.id, verdict: 'inconclusive', expectedVersion: claim.version });
    await app.ok('articles.delete', { id: gone.article.id });
    const expected = `${JSON.stringify({ articles: await app.ok('articles.list', {}) }, null, 2)}\n`;
    await app.close();
    const listed = await cli(['list', '--json', '--db', app.dbPath]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(expected);
    expect(JSON.parse(listed.stdout).articles).toHaveLength(2);
  });

  it('serve prints its URL with a token and answers on 127.0.0.1', async () => {
    const db = path.join(tempDir(), 'serve.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /Claimdesk is serving at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
        setTimeout(() => reject(new Error(`serve printed no URL: ${out}`)), 20_000);
      });
      const url = new URL(line);
      const token = url.searchParams.get('token')!;
      const res = await fetch(`${url.origin}/api/articles.list`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
      expect(await res.json()).toEqual({ ok: true, value: [] });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('serve binds elsewhere only when --host says so, and warns', async () => {
    const db = path.join(tempDir(), 'host.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /serving at (\S+)/.exec(out);
          if (m) resolve(new URL(m[1]!));
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
      });
      expect(url.hostname).toBe('127.0.0.2');
      expect(err).toMatch(/Warning: serving on 127\.0\.0\.2 makes Claimdesk reachable/);
      const res = await fetch(`${url.origin}/api/articles.list`, { method: 'POST', headers: { Authorization: `Bearer ${url.searchParams.get('token')}`, 'Content-Type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
