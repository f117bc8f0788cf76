// serve reads the page's first load (its HTML and the files the HTML loads) when it starts and
// sends each from memory the first time it is asked for (server.ts, firstLoad); every later
// request reads the file again, so a renderer rebuilt while serve runs is what a reload gets.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/main/http/server';
import type { Dispatch } from '../../src/main/core/dispatch';
import { tempDir } from '../helpers/temp-app';

const dispatch: Dispatch = async () => ({ ok: false, error: { code: 'unknown_method', message: 'none here' } });

function get(server: RunningServer, pathname: string): Promise<{ status: number; type: string; cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: server.port, path: pathname }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), cache: String(res.headers['cache-control']), body: Buffer.concat(chunks).toString('utf8') }),
        );
      })
      .on('error', reject);
  });
}

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function renderer(): string {
  const dir = tempDir('claimdesk-first-load-');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>First build</title><script type="module" src="./assets/entry-A1.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets', 'entry-A1.js'), 'console.log("first build");');
  fs.writeFileSync(path.join(dir, 'assets', 'lazy-B2.js'), 'console.log("lazy, first build");');
  return dir;
}

describe('the first load from memory', () => {
  it('sends the files as they were at start the first time, and as they are on disk after that', async () => {
    const dir = renderer();
    server = await startServer({ dispatch, rendererDir: dir, port: 0, firstLoad: ['/index.html', '/assets/entry-A1.js'] });
    // Rebuilt while serve runs: the first load was read at start.
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Second build</title>');
    fs.writeFileSync(path.join(dir, 'assets', 'entry-A1.js'), 'console.log("second build");');
    fs.writeFileSync(path.join(dir, 'assets', 'lazy-B2.js'), 'console.log("lazy, second build");');

    const html = await get(server, '/');
    expect(html).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', cache: 'no-store' });
    expect(html.body).toContain('First build');
    const entry = await get(server, '/assets/entry-A1.js');
    expect(entry).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', cache: 'max-age=3600', body: 'console.log("first build");' });
    // A file not in the first load is read when asked for.
    expect((await get(server, '/assets/lazy-B2.js')).body).toBe('console.log("lazy, second build");');

    // A reload reads the files again.
    expect((await get(server, '/index.html')).body).toContain('Second build');
    expect((await get(server, '/assets/entry-A1.js')).body).toBe('console.log("second build");');
  });

  it('holds nothing outside the renderer folder, and leaves a missing file to its request (404)', async () => {
    const dir = renderer();
    const outside = path.join(path.dirname(dir), `secret-${path.basename(dir)}.txt`);
    fs.writeFileSync(outside, 'not for the browser');
    server = await startServer({ dispatch, rendererDir: dir, port: 0, firstLoad: ['/index.html', `/../${path.basename(outside)}`, '/assets/gone-C3.js'] });
    expect((await get(server, `/../${path.basename(outside)}`)).body).not.toContain('not for the browser');
    expect((await get(server, `/%2e%2e/${path.basename(outside)}`)).status).toBe(404);
    expect((await get(server, '/assets/gone-C3.js')).status).toBe(404);
    expect((await get(server, '/')).body).toContain('First build');
  });
});
