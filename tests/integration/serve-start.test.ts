// serve listens first and loads its application and opens the database after that
// (serve.command.ts, openGate): a call made as soon as the address is printed waits for the
// opening and is answered, the page's files are answered meanwhile, and a database that cannot
// be opened still stops serve with the reason.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestApp, tempDir } from '../helpers/temp-app';

const BIN = path.resolve(__dirname, '../..', 'bin', 'claimdesk.js');

function startServe(dbPath: string) {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const address = new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving at (\S+)/.exec(out);
      if (m) resolve(new URL(m[1]!));
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, address, exited, stderr: () => stderr };
}

describe('serve start', () => {
  it('answers the page and its files, and a first call made at once, with the database opened meanwhile', async () => {
    const app = await openTestApp();
    await app.ok('articles.create', { text: 'Die Arbeitslosenquote stieg im März auf 6,1 Prozent.', title: 'Quote' });
    await app.close();
    const serve = startServe(app.dbPath);
    try {
      const url = await serve.address;
      const token = url.searchParams.get('token')!;
      const call = fetch(new URL('api/workspace.open', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ claimsLimit: 10 }),
      });
      const html = await (await fetch(url)).text();
      const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
      expect(files.length).toBeGreaterThan(1);
      for (const file of files) expect((await fetch(new URL(file, url))).status).toBe(200);
      const answer = (await (await call).json()) as { ok: boolean; value: { articles: Array<{ title: string }>; article: { title: string } | null } };
      expect(answer.ok).toBe(true);
      expect(answer.value.articles.map((a) => a.title)).toEqual(['Quote']);
      expect(answer.value.article?.title).toBe('Quote');
    } finally {
      serve.child.kill('SIGTERM');
      await serve.exited;
    }
  });

  it('stops with the reason when the database cannot be opened, after it has begun to listen', async () => {
    const dbPath = path.join(tempDir('claimdesk-serve-bad-'), 'claimdesk.db');
    fs.writeFileSync(dbPath, 'this is not a database, only some text that is long enough to look like a header '.repeat(100));
    const serve = startServe(dbPath);
    await serve.address.catch(() => undefined);
    expect(await serve.exited).not.toBe(0);
    expect(serve.stderr()).toMatch(/database/i);
  });
});
