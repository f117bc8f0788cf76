// Nothing disappears without a word: hand-made claims are scored like extracted ones, bylines
// name the author, and the claimdesk command reads files one way and names what it skips.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, tempDir, type TestApp } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');
const FIXTURES = path.resolve(__dirname, '../fixtures/import');

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('services', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('scores a hand-made claim with the extraction scorer: score, reasons and claim type', async () => {
    const text = 'Die Stadt Kassel hat im Jahr 2024 genau 40 neue Stellen in der Kinderklinik geschaffen, doppelt so viele wie 2023.\n\nEs war ein schöner Tag.';
    const { article } = await app.ok('articles.create', { text, language: 'de' });
    const full = await app.ok('articles.get', { id: article.id });
    for (const c of full.claims) await app.ok('claims.delete', { id: c.id });
    const start = 0;
    const end = text.indexOf('\n');
    const made = await app.ok('claims.create', { articleId: article.id, start, end });
    expect(made.checkworthinessReasons).toEqual(expect.arrayContaining(['number']));
    expect(made.checkworthiness).toBeGreaterThan(0.5);
    expect(made.claimType).toBe('quantity');
    const plain = await app.ok('claims.create', { articleId: article.id, start: text.indexOf('Es war'), end: text.length });
    expect(plain.checkworthiness).toBeLessThan(made.checkworthiness);
  });

  it('fills the author from a byline in pasted text, and keeps an author that was given', async () => {
    const text = 'Von Katrin Albers\n\nDie Stadt hat 40 neue Stellen in der Kinderklinik geschaffen.';
    const { article } = await app.ok('articles.create', { text });
    expect(article.author).toBe('Katrin Albers');
    expect(article.title).toBe('Die Stadt hat 40 neue Stellen in der Kinderklinik geschaffen.');
    const given = await app.ok('articles.create', { text: `${text}\n\nZweiter Absatz mit 3 Zahlen.`, author: 'Redaktion' });
    expect(given.article.author).toBe('Redaktion');
  });
});

describe('claimdesk command', () => {
  it('extract decodes a Windows-1252 file exactly as import does', async () => {
    const file = path.join(FIXTURES, 'article-windows-1252.txt');
    const extracted = JSON.parse((await cli(['extract', file, '--json'])).stdout) as { claims: Array<{ start: number; end: number; text: string }> };
    expect(extracted.claims.some((c) => c.text.includes('Brücken'))).toBe(true);
    expect(extracted.claims.every((c) => !c.text.includes('\uFFFD') && !c.text.includes('Ã'))).toBe(true);

    const db = path.join(tempDir(), 'extract.db');
    const imported = JSON.parse((await cli(['import', file, '--json', '--db', db])).stdout) as { results: Array<{ article: { id: string } }> };
    const id = imported.results[0]!.article.id;
    const report = JSON.parse((await cli(['report', id, '--format', 'json', '--db', db])).stdout) as {
      articles: Array<{ unreviewedClaims: Array<{ start: number; end: number; text: string }> }>;
    };
    const stored = report.articles[0]!.unreviewedClaims.map((c) => [c.start, c.end, c.text]).sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(extracted.claims.map((c) => [c.start, c.end, c.text])).toEqual(stored);
  });

  it('import lists a PNG and other binaries as skipped with the reason, and a damaged PDF as damaged', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'in');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(FIXTURES, 'pixel.png'), path.join(folder, 'bild.png'));
    fs.writeFileSync(path.join(folder, 'daten.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    fs.writeFileSync(path.join(folder, 'kaputt.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not really a pdf');
    fs.writeFileSync(path.join(folder, 'artikel.txt'), 'Die Stadt hat 40 neue Stellen in der Kinderklinik geschaffen.');
    const db = path.join(dir, 'c.db');

    const json = await cli(['import', folder, '--json', '--db', db]);
    expect(json.code).toBe(1); // the damaged PDF failed
    const summary = JSON.parse(json.stdout) as { imported: number; failed: number; skipped: number; results: Array<{ target: string; status: string; reason?: string; reasonCode?: string }> };
    expect(summary).toMatchObject({ imported: 1, failed: 1, skipped: 2 });
    const of = (name: string) => summary.results.find((r) => r.target.endsWith(name))!;
    expect(of('bild.png')).toMatchObject({ status: 'skipped', reasonCode: 'binary' });
    expect(of('bild.png').reason).toMatch(/PNG image/);
    expect(of('daten.bin')).toMatchObject({ status: 'skipped', reasonCode: 'binary' });
    expect(of('kaputt.pdf')).toMatchObject({ status: 'failed', reasonCode: 'damaged' });
    expect(of('kaputt.pdf').reason).toMatch(/damaged/);
    expect(of('kaputt.pdf').reason).not.toMatch(/not supported/);

    const text = await cli(['import', folder, '--db', path.join(dir, 'd.db')]);
    expect(text.stdout).toMatch(/skipped\s+\S*bild\.png: This file is a PNG image/);
    expect(text.stdout).toMatch(/failed\s+\S*kaputt\.pdf: .*damaged/);
    expect(text.stdout).toMatch(/Imported 1, duplicates 0, failed 1, skipped 2\./);

    // Only pictures: nothing could be read, and the exit code says so.
    const onlyPng = await cli(['import', path.join(folder, 'bild.png'), '--db', path.join(dir, 'e.db')]);
    expect(onlyPng.code).toBe(1);
  });
});
