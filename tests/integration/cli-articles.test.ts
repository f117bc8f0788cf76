// `claimdesk articles edit / reextract / delete / restore / trash / empty-trash` as scripts use
// them: a real database file, --json output, clear errors and exit codes. One run goes through a
// real process (bin/claimdesk.js); the rest call the same main() in this process, which is the
// same code without a process start per command.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import { GERMAN_SAMPLE, tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function cli(args: string[]) {
  const stdout = sink();
  const stderr = sink();
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

async function json<T>(args: string[]): Promise<T> {
  const result = await cli([...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

describe('claimdesk articles', () => {
  it('edits details, re-extracts, deletes to the trash, restores and empties the trash', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const db = path.join(dir, 'claimdesk.db');
    const file = path.join(dir, 'haushalt.txt');
    fs.writeFileSync(file, GERMAN_SAMPLE);
    const imported = await json<{ results: Array<{ article: { id: string } }> }>(['import', file, '--db', db]);
    const id = imported.results[0]!.article.id;

    // Through a real process, as a script would.
    const { stdout } = await run(process.execPath, [
      BIN, 'articles', 'edit', id, '--title', 'Haushalt 2025', '--author', 'Katrin Albers', '--date', '2025-03-12',
      '--publisher', 'Nordkurier', '--url', 'https://example.org/haushalt', '--lang', 'de', '--db', db, '--json',
    ]);
    expect(JSON.parse(stdout).article).toMatchObject({ id, title: 'Haushalt 2025', author: 'Katrin Albers', publishedAt: '2025-03-12', publisher: 'Nordkurier', url: 'https://example.org/haushalt', language: 'de' });

    const readable = await cli(['articles', 'edit', id, '--author', '', '--db', db]);
    expect(readable.stdout).toMatch(/Updated .*Haushalt 2025\n[\s\S]*Author: +—/);
    const bad = await cli(['articles', 'edit', id, '--date', '12.03.2025', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ISO date/);
    expect((await cli(['articles', 'edit', id, '--db', db])).code).toBe(2);
    expect((await cli(['articles', 'frobnicate', '--db', db])).code).toBe(2);

    const reextracted = await json<{ added: number; removed: number; kept: number; addedClaims: unknown[]; removedClaims: unknown[] }>(['articles', 'reextract', id, '--db', db]);
    expect(reextracted).toMatchObject({ added: 0, removed: 0, addedClaims: [], removedClaims: [] });
    expect((await cli(['articles', 'reextract', id, '--db', db])).stdout).toMatch(/Re-extracted .*: 0 added, 0 removed/);

    expect(await json(['articles', 'delete', id, '--db', db])).toEqual({ id, deleted: true });
    expect((await json<{ articles: unknown[] }>(['list', '--db', db])).articles).toEqual([]);
    const trash = await json<{ articles: Array<{ id: string; deletedAt: string; purgeAt: string }> }>(['articles', 'trash', '--db', db]);
    expect(trash.articles.map((a) => a.id)).toEqual([id]);
    expect((await cli(['articles', 'trash', '--db', db])).stdout).toMatch(/Haushalt 2025/);
    const again = await cli(['articles', 'delete', id, '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/No article with id/);

    expect((await json<{ article: { id: string } }>(['articles', 'restore', id, '--db', db])).article.id).toBe(id);
    expect((await json<{ articles: Array<{ id: string }> }>(['list', '--db', db])).articles.map((a) => a.id)).toEqual([id]);

    expect((await cli(['articles', 'delete', id, '--db', db])).stdout).toMatch(/Moved .* to the trash\. Undo: claimdesk articles restore/);
    expect(await json(['articles', 'empty-trash', '--db', db])).toEqual({ removed: 1 });
    expect((await json<{ articles: unknown[] }>(['articles', 'trash', '--db', db])).articles).toEqual([]);
  });
});
