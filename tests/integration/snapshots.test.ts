// Source snapshots against a real local HTTP server: snapshot on add, redirects (chains, another
// host, file:, a private network), 404/500, stalled answers, bodies over the cap, gzip bombs,
// wrong content types, a page that changes between two checks; the WARC read back by warcio's
// own parser byte for byte; delete, backup, orphans.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { WARCParser } from 'warcio';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { captureUrl } from '../../src/main/core/snapshots/capture';
import { snapshotsDirFor } from '../../src/main/core/snapshots/snapshot-files';
import { findExcerpt } from '../../src/main/core/snapshots/excerpt';
import type { Source } from '../../src/shared/domain';
import { fixture } from '../fixtures/import/helpers';
import { openTestApp, type TestApp } from '../helpers/temp-app';
import { describePostgres } from '../helpers/databases';

const ARTICLE_HTML = fixture('article.html');
let server: Server;
let base: string;
let otherHost: string;
let changing = 'first version of the page';
let movingTo = '/article';
const open = new Set<ServerResponse>();

function route(req: IncomingMessage, res: ServerResponse): void {
  const p = req.url ?? '/';
  const send = (body: Uint8Array | string, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}) => {
    res.writeHead(200, { 'content-type': type, ...headers });
    res.end(body);
  };
  let m: RegExpExecArray | null;
  if (p === '/article') return send(ARTICLE_HTML);
  if ((m = /^\/chain\/(\d+)$/.exec(p))) {
    const n = Number(m[1]);
    return void res.writeHead(n % 2 ? 301 : 307, { location: n === 0 ? '/article' : `/chain/${n - 1}` }).end();
  }
  if (p === '/to-other-host') return void res.writeHead(302, { location: `${otherHost}/article` }).end();
  if (p === '/moving') return void res.writeHead(302, { location: movingTo }).end();
  if (p === '/to-file') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
  if (p === '/to-private') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
  if (p === '/to-lan') return void res.writeHead(302, { location: 'http://10.255.255.1/admin' }).end();
  if (p === '/missing') return void res.writeHead(404, 'Not Found', { 'content-type': 'text/html' }).end('<h1>404</h1>');
  if (p === '/removed') return void res.writeHead(410, 'Gone').end();
  if (p === '/broken') return void res.writeHead(500, 'Internal Server Error').end('oops');
  if (p === '/pdf') return send(fixture('article.pdf'), 'application/pdf');
  if (p === '/pdf-as-html') return send(fixture('article.pdf'), 'text/html');
  if (p === '/png') return send(fixture('pixel.png'), 'image/png');
  if (p === '/changing') return send(`<html><head><title>Changing</title></head><body><article><h1>Changing</h1><p>${changing}. This paragraph is long enough for Readability to take it as the article body, with several sentences of text.</p><p>And a second paragraph that stays the same in both versions of the page.</p></article></body></html>`);
  if (p === '/stall') {
    open.add(res);
    res.writeHead(200, { 'content-type': 'text/html' });
    return void res.write('<html><body>the start, and then nothing');
  }
  if (p === '/silent') return void open.add(res);
  if (p === '/slow') {
    // A slow server that does finish: the page in five parts, 150 ms apart.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const parts = [ARTICLE_HTML.subarray(0, 600), ARTICLE_HTML.subarray(600, 1200), ARTICLE_HTML.subarray(1200, 1800), ARTICLE_HTML.subarray(1800, 2400), ARTICLE_HTML.subarray(2400)];
    let i = 0;
    const next = () => {
      if (res.destroyed) return;
      if (i === parts.length - 1) return void res.end(parts[i]);
      res.write(parts[i++]);
      setTimeout(next, 150);
    };
    return next();
  }
  if (p === '/huge') {
    // 50 MB without a Content-Length, streamed until the client stops reading.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (!res.destroyed && sent < 50 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
      if (res.destroyed) return;
      if (sent >= 50 * 1024 * 1024) res.end();
      else res.once('drain', pump);
    };
    return pump();
  }
  if (p === '/gzip-bomb') {
    // 200 MB of zeros gzipped to about 200 KB: the cap counts decoded bytes.
    const bomb = zlib.gzipSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 });
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
    return void res.end(bomb);
  }
  if (p === '/gzipped') {
    const body = zlib.gzipSync(ARTICLE_HTML);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    return void res.end(body);
  }
  res.writeHead(404).end();
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  otherHost = `http://localhost:${port}`;
});
afterAll(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const FAST = { timeoutMs: 1500 };

describe('captureUrl (the import fetcher with the archive policy)', () => {
  it('follows a chain of redirects and another host, and records the final address', async () => {
    const chain = await captureUrl(`${base}/chain/3`, FAST);
    expect(chain).toMatchObject({ ok: true, finalUrl: `${base}/article`, httpStatus: 200 });
    const other = await captureUrl(`${base}/to-other-host`, FAST);
    expect(other).toMatchObject({ ok: true, finalUrl: `${otherHost}/article` });
  });

  it('refuses redirects to file: and into a private network the user did not name', async () => {
    expect(await captureUrl(`${base}/to-file`, FAST)).toMatchObject({ ok: false, reason: expect.stringMatching(/file: address/) });
    expect(await captureUrl(`${base}/to-private`, FAST)).toMatchObject({ ok: false, reason: expect.stringMatching(/private network/) });
    expect(await captureUrl(`${base}/to-lan`, FAST)).toMatchObject({ ok: false, reason: expect.stringMatching(/private network/) });
  });

  it('waits for a slow server that does finish', async () => {
    const slow = await captureUrl(`${base}/slow`, FAST);
    expect(slow).toMatchObject({ ok: true, httpStatus: 200, truncated: false });
    if (slow.ok) expect(Buffer.from(slow.payload).equals(ARTICLE_HTML)).toBe(true);
  });

  it('records 404, 500, a stalled body and a silent server as failures with their reasons', async () => {
    expect(await captureUrl(`${base}/missing`, FAST)).toMatchObject({ ok: false, httpStatus: 404, kind: 'http', reason: expect.stringContaining('404') });
    expect(await captureUrl(`${base}/broken`, FAST)).toMatchObject({ ok: false, httpStatus: 500 });
    expect(await captureUrl(`${base}/stall`, { timeoutMs: 400 })).toMatchObject({ ok: false, kind: 'timeout' });
    expect(await captureUrl(`${base}/silent`, { timeoutMs: 400 })).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('keeps a 50 MB body up to the cap and a gzip bomb up to the cap, both marked truncated', async () => {
    const cap = 2 * 1024 * 1024;
    const huge = await captureUrl(`${base}/huge`, { timeoutMs: 10_000, maxBytes: cap });
    expect(huge).toMatchObject({ ok: true, truncated: true });
    if (huge.ok) expect(huge.payload.byteLength).toBe(cap);
    const bomb = await captureUrl(`${base}/gzip-bomb`, { timeoutMs: 10_000, maxBytes: cap });
    expect(bomb).toMatchObject({ ok: true, truncated: true });
    if (bomb.ok) expect(bomb.payload.byteLength).toBe(cap);
  });
});

describe('snapshots through the app', () => {
  let app: TestApp;
  let claimId: string;

  beforeEach(async () => {
    app = await openTestApp({ snapshots: { fetch: FAST } });
    const { article } = await app.ok('articles.create', { text: 'Die Steuer steigt um 3 Prozent, sagte die Ministerin am Montag in Berlin.', title: 'T', language: 'de' });
    const full = await app.ok('articles.get', { id: article.id });
    claimId = full.claims[0]?.id ?? (await app.ok('claims.create', { articleId: article.id, start: 0, end: 20 })).id;
  });
  afterEach(async () => {
    await app.close();
  });

  const add = async (url: string, excerpt?: string): Promise<Source> => {
    const { source } = await app.ok('sources.add', { claimId, url, excerpt });
    expect(source.snapshot?.status).toBe('pending');
    await app.context.snapshots!.idle();
    return (await app.ok('claims.get', { id: claimId })).sources.find((s) => s.id === source.id)!;
  };
  const warcFile = (source: Source) => {
    const row = app.store.sqlite.prepare('select file from source_snapshots where source_id = ?').get(source.id) as { file: string | null };
    return row.file ? path.join(snapshotsDirFor(app.dbPath), row.file) : null;
  };

  it('snapshots a source on add: a WARC that warcio reads back byte for byte, hash, final URL, readable text', async () => {
    const source = await add(`${base}/chain/1`, '"wir müssen jetzt handeln", sagte  sie');
    const snapshot = source.snapshot!;
    expect(snapshot).toMatchObject({ status: 'archived', httpStatus: 200, finalUrl: `${base}/article`, contentType: 'text/html; charset=utf-8', bytes: ARTICLE_HTML.byteLength, reason: null });
    expect(snapshot.sha256).toBe(createHash('sha256').update(ARTICLE_HTML).digest('hex'));
    expect(Date.parse(snapshot.retrievedAt!)).not.toBeNaN();

    // An independent reader: warcio's parser over the file as stored.
    const file = warcFile(source)!;
    expect(file.endsWith('.warc.gz')).toBe(true);
    const types: string[] = [];
    let payload: Uint8Array | null = null;
    let text = '';
    for await (const record of new WARCParser(fs.createReadStream(file))) {
      types.push(record.warcType!);
      if (record.warcType === 'response') {
        expect(record.warcTargetURI).toBe(`${base}/article`);
        expect(record.warcPayloadDigest).toBe(`sha256:${snapshot.sha256}`);
        expect(record.httpHeaders?.statusCode).toBe(200);
        payload = await record.readFully(true);
      } else if (record.warcType === 'conversion') {
        text = await record.contentText();
      }
    }
    expect(types).toEqual(['warcinfo', 'response', 'conversion']);
    expect(Buffer.from(payload!).equals(ARTICLE_HTML)).toBe(true);
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toMatch(/<\w+/);

    // The database holds one small row; the bytes are in the file.
    const row = app.store.sqlite.prepare('select * from source_snapshots where source_id = ?').get(source.id) as Record<string, unknown>;
    expect(JSON.stringify(row).length).toBeLessThan(1000);

    const shown = await app.ok('sources.snapshotText', { id: source.id });
    expect(shown.text).toBe(text);
    expect(shown.excerptFound).toBe(true);
    expect(shown.text!.slice(shown.excerptStart!, shown.excerptEnd!)).toBe('„Wir müssen jetzt handeln“, sagte sie');
  });

  it('a snapshot is archived first (bytes, hash, WARC); its readable text follows in a new file that replaces the first', async () => {
    const { source } = await app.ok('sources.add', { claimId, url: `${base}/article`, excerpt: 'wir müssen jetzt handeln' });
    await app.context.snapshots!.idle();
    const { archiveSnapshot } = await import('../../src/main/core/services/snapshot.service');
    const taken = await archiveSnapshot(app.context, source.id, FAST);
    expect(taken.source!.snapshot).toMatchObject({ status: 'archived', sha256: createHash('sha256').update(ARTICLE_HTML).digest('hex') });
    const first = warcFile(taken.source!)!;
    const records = async (file: string) => {
      const out: Array<{ type: string; id: string | null; refersTo: string | null }> = [];
      for await (const r of new WARCParser(fs.createReadStream(file))) {
        out.push({ type: r.warcType!, id: r.warcHeader('WARC-Record-ID') ?? null, refersTo: r.warcHeader('WARC-Refers-To') ?? null });
        await r.readFully(false);
      }
      return out;
    };
    expect((await records(first)).map((r) => r.type)).toEqual(['warcinfo', 'response']);
    // Before the text is stored it is extracted on demand.
    const early = await app.ok('sources.snapshotText', { id: source.id });
    expect(early.excerptFound).toBe(true);
    await taken.readableText;
    const second = warcFile(taken.source!)!;
    expect(second).not.toBe(first);
    expect(fs.existsSync(first)).toBe(false);
    const stored = await records(second);
    expect(stored.map((r) => r.type)).toEqual(['warcinfo', 'response', 'conversion']);
    expect(stored[2]!.refersTo).toBe(stored[1]!.id);
    expect((await app.ok('sources.snapshotText', { id: source.id })).text).toBe(early.text);
    expect(fs.readdirSync(snapshotsDirFor(app.dbPath))).toEqual([path.basename(second)]);
  });

  it('an excerpt that is not in the snapshot is flagged', async () => {
    const source = await add(`${base}/article`, 'Diese Worte stehen nirgends im Artikel');
    const shown = await app.ok('sources.snapshotText', { id: source.id });
    expect(shown.excerptFound).toBe(false);
    expect(shown.excerptStart).toBeNull();
  });

  it('a gzip-encoded page is stored decoded, its encoding kept as X-Archive-Orig-Content-Encoding', async () => {
    const source = await add(`${base}/gzipped`);
    expect(source.snapshot).toMatchObject({ status: 'archived', bytes: ARTICLE_HTML.byteLength });
    for await (const record of new WARCParser(fs.createReadStream(warcFile(source)!))) {
      if (record.warcType !== 'response') continue;
      expect(record.httpHeaders?.headers.get('x-archive-orig-content-encoding')).toBe('gzip');
      expect(record.httpHeaders?.headers.get('content-encoding')).toBeNull();
      expect(Buffer.from(await record.readFully(true)).equals(ARTICLE_HTML)).toBe(true);
    }
  });

  it('PDFs keep their text layer; a PDF sent as text/html and an image are still archived as sent', async () => {
    const pdf = await add(`${base}/pdf`);
    expect(pdf.snapshot).toMatchObject({ status: 'archived', contentType: 'application/pdf' });
    expect((await app.ok('sources.snapshotText', { id: pdf.id })).text?.length).toBeGreaterThan(50);
    const wrong = await add(`${base}/pdf-as-html`);
    expect(wrong.snapshot).toMatchObject({ status: 'archived', contentType: 'text/html', bytes: fixture('article.pdf').byteLength });
    const png = await add(`${base}/png`);
    expect(png.snapshot).toMatchObject({ status: 'archived', contentType: 'image/png' });
    expect((await app.ok('sources.snapshotText', { id: png.id })).text).toBeNull();
  });

  it('failed fetches are recorded with their reason and retried on demand', async () => {
    const missing = await add(`${base}/missing`);
    expect(missing.snapshot).toMatchObject({ status: 'failed', httpStatus: 404, sha256: null, reason: expect.stringContaining('404') });
    const refused = await add(`${base}/to-file`);
    expect(refused.snapshot).toMatchObject({ status: 'failed', reason: expect.stringContaining('file:') });
    const again = await app.ok('sources.snapshot', { failed: true });
    expect(again.sources.map((s) => s.id).sort()).toEqual([missing.id, refused.id].sort());
    expect(again.sources.every((s) => s.snapshot?.status === 'failed')).toBe(true);
    // The page comes back: the retry of one source archives it.
    await app.ok('sources.update', { id: missing.id, url: `${base}/article` });
    await app.context.snapshots!.idle();
    const retried = await app.ok('sources.snapshot', { id: missing.id });
    expect(retried.sources[0]!.snapshot).toMatchObject({ status: 'archived', finalUrl: `${base}/article` });
  });

  it('a retake that fails keeps the earlier copy; deleting the source deletes its file', async () => {
    const source = await add(`${base}/article`);
    const file = warcFile(source)!;
    // The same address now fails (the server is asked for /missing through an edit of the row).
    app.store.sqlite.prepare('update sources set url = ? where id = ?').run(`${base}/missing`, source.id);
    const [after] = (await app.ok('sources.snapshot', { id: source.id })).sources;
    expect(after!.snapshot).toMatchObject({ status: 'archived', sha256: source.snapshot!.sha256, reason: expect.stringMatching(/new snapshot failed/) });
    expect(fs.existsSync(file)).toBe(true);
    await app.ok('sources.remove', { id: source.id });
    expect(fs.existsSync(file)).toBe(false);
    expect(app.store.sqlite.prepare('select count(*) as n from source_snapshots').get()).toEqual({ n: 0 });
  });

  it('emptying the trash (by hand or after 30 days) removes the snapshot files of its sources at once', async () => {
    const kept = await add(`${base}/article`);
    const keptFile = warcFile(kept)!;
    // A second article with two archived sources, deleted and then purged from the trash.
    const { article } = await app.ok('articles.create', { text: 'Der Bund zahlt 12 Milliarden Euro für neue Brücken, sagte der Minister.', title: 'Trash', language: 'de' });
    const other = await app.ok('claims.create', { articleId: article.id, start: 0, end: 20 });
    const files: string[] = [];
    for (const url of [`${base}/article`, `${base}/pdf`]) {
      await app.ok('sources.add', { claimId: other.id, url });
      await app.context.snapshots!.idle();
    }
    for (const s of (await app.ok('claims.get', { id: other.id })).sources) files.push(warcFile(s)!);
    expect(files.every((f) => fs.existsSync(f))).toBe(true);
    await app.ok('articles.delete', { id: article.id });
    // In the trash the article can come back as it was: its snapshots stay.
    expect(files.every((f) => fs.existsSync(f))).toBe(true);
    await app.ok('articles.emptyTrash', {});
    expect(files.some((f) => fs.existsSync(f))).toBe(false);
    expect(fs.existsSync(keptFile)).toBe(true);
    expect(app.store.sqlite.prepare('select count(*) as n from source_snapshots').get()).toEqual({ n: 1 });

    // The 30-day purge at start-up does the same.
    const { article: old } = await app.ok('articles.create', { text: 'Die Stadt baut 7 neue Schulen, teilte die Verwaltung mit.', title: 'Old', language: 'de' });
    const oldClaim = await app.ok('claims.create', { articleId: old.id, start: 0, end: 20 });
    await app.ok('sources.add', { claimId: oldClaim.id, url: `${base}/article` });
    await app.context.snapshots!.idle();
    const oldFile = warcFile((await app.ok('claims.get', { id: oldClaim.id })).sources[0]!)!;
    await app.ok('articles.delete', { id: old.id });
    app.store.sqlite.prepare("update articles set deleted_at = '2020-01-01T00:00:00.000Z' where id = ?").run(old.id);
    await app.close();
    app = await openTestApp({ dir: app.dir, snapshots: { fetch: FAST } });
    expect(fs.existsSync(oldFile)).toBe(false);
    expect(fs.existsSync(keptFile)).toBe(true);
  });

  it('a truncated page is archived with a reason that says so', async () => {
    await app.close();
    app = await openTestApp({ dir: app.dir, snapshots: true });
    app.context.snapshotFetchOptions = { maxBytes: 1024 * 1024 };
    const { source } = await app.ok('sources.add', { claimId, url: `${base}/huge` });
    const [taken] = (await app.ok('sources.snapshot', { id: source.id })).sources;
    expect(taken!.snapshot).toMatchObject({ status: 'archived', bytes: 1024 * 1024, reason: expect.stringMatching(/Truncated/) });
    for await (const record of new WARCParser(fs.createReadStream(warcFile(taken!)!))) {
      if (record.warcType === 'response') expect(record.warcHeader('WARC-Truncated')).toBe('length');
    }
  });

  it('a file attached by the reviewer becomes the snapshot', async () => {
    const source = await add(`${base}/missing`);
    const pdf = fixture('article.pdf');
    const { source: attached } = await app.ok('sources.attachSnapshot', { id: source.id, fileName: 'saved copy.pdf', contentBase64: Buffer.from(pdf).toString('base64') });
    expect(attached.snapshot).toMatchObject({ status: 'archived', contentType: 'application/pdf', httpStatus: null, finalUrl: null, bytes: pdf.byteLength, sha256: createHash('sha256').update(pdf).digest('hex'), reason: expect.stringContaining('saved copy.pdf') });
    const types: string[] = [];
    for await (const record of new WARCParser(fs.createReadStream(warcFile(attached)!))) {
      types.push(record.warcType!);
      if (record.warcType === 'resource') expect(Buffer.from(await record.readFully(false)).equals(pdf)).toBe(true);
    }
    expect(types).toEqual(['warcinfo', 'resource', 'conversion']);
  });

  it('link check: unchanged, changed (with a text diff), moved, gone and error, stored on the source', async () => {
    changing = 'first version of the page';
    movingTo = '/article';
    const same = await add(`${base}/article`);
    const changes = await add(`${base}/changing`);
    const moves = await add(`${base}/moving`);
    const gone = await add(`${base}/article`);
    const broken = await add(`${base}/article`);
    movingTo = '/changing';
    app.store.sqlite.prepare('update sources set url = ? where id = ?').run(`${base}/removed`, gone.id);
    app.store.sqlite.prepare('update sources set url = ? where id = ?').run(`${base}/broken`, broken.id);
    changing = 'second version, rewritten';
    const { sources } = await app.ok('sources.check', {});
    const by = new Map(sources.map((s) => [s.sourceId, s]));
    expect(by.get(same.id)).toMatchObject({ result: 'unchanged', diff: null });
    expect(by.get(changes.id)).toMatchObject({ result: 'changed' });
    expect(by.get(changes.id)!.diff).toContain('+second version, rewritten');
    expect(by.get(changes.id)!.diff).toContain('-first version of the page');
    // The diff is stored with the check: the app shows it line by line (sources.diff).
    const shown = await app.ok('sources.diff', { id: changes.id });
    expect(shown).toMatchObject({ result: 'changed', detail: 'The readable text changed.' });
    expect(shown.lines).toContainEqual({ kind: 'removed', text: expect.stringContaining('first version of the page') });
    expect(shown.lines).toContainEqual({ kind: 'added', text: expect.stringContaining('second version, rewritten') });
    expect(shown.lines.some((l) => l.text.startsWith('+++') || l.text.startsWith('==='))).toBe(false);
    expect((await app.ok('sources.diff', { id: same.id })).lines).toEqual([]);
    expect(by.get(moves.id)).toMatchObject({ result: 'moved' });
    expect(by.get(gone.id)).toMatchObject({ result: 'gone' });
    expect(by.get(broken.id)).toMatchObject({ result: 'error' });
    const claim = await app.ok('claims.get', { id: claimId });
    expect(claim.sources.find((s) => s.id === changes.id)?.linkCheck).toMatchObject({ result: 'changed', checkedAt: expect.any(String) });
    // Another claim without sources: the filter leaves it out.
    const articleId = claim.articleId;
    const other = await app.ok('claims.create', { articleId, start: 30, end: 50 });
    expect((await app.ok('claims.list', {})).items.map((c) => c.id)).toContain(other.id);
    const filtered = await app.ok('claims.list', { linkCheck: ['gone', 'moved'] });
    expect(filtered.items.map((c) => c.id)).toEqual([claimId]);
    expect((await app.ok('claims.list', { linkCheck: ['changed'] })).items).toHaveLength(1);
  });
});

describePostgres('snapshots of a PostgreSQL desk live in its database', () => {
  let app: TestApp;
  let claimId: string;
  beforeEach(async () => {
    app = await openTestApp({ database: 'postgres', snapshots: { fetch: FAST } });
    const { article } = await app.ok('articles.create', { text: 'Die Steuer steigt um 3 Prozent, sagte die Ministerin am Montag in Berlin.', title: 'T', language: 'de' });
    claimId = (await app.ok('articles.get', { id: article.id })).claims[0]!.id;
  });
  afterEach(async () => {
    await app.close();
  });
  const files = async () => (await app.store.db.selectFrom('snapshot_files').select(['name', 'bytes']).orderBy('name').execute()).map((r) => ({ name: r.name, bytes: Buffer.from(r.bytes) }));

  it('archives into snapshot_files (no folder), reads the text back, retakes, attaches a file, and removes the file with its source', async () => {
    const { source } = await app.ok('sources.add', { claimId, url: `${base}/article`, excerpt: '"wir müssen jetzt handeln", sagte  sie' });
    await app.context.snapshots!.idle();
    const archived = (await app.ok('claims.get', { id: claimId })).sources[0]!;
    expect(archived.snapshot).toMatchObject({ status: 'archived', httpStatus: 200, finalUrl: `${base}/article`, sha256: createHash('sha256').update(ARTICLE_HTML).digest('hex') });
    // The one file (with its readable text appended) is in the database, and a reader of WARC reads it.
    const [stored, ...more] = await files();
    expect(more).toEqual([]);
    const row = await app.store.db.selectFrom('source_snapshots').select('file').where('source_id', '=', source.id).executeTakeFirstOrThrow();
    expect(stored!.name).toBe(row.file);
    const types: string[] = [];
    for await (const record of new WARCParser([stored!.bytes])) types.push(record.warcType!);
    expect(types).toEqual(['warcinfo', 'response', 'conversion']);
    // No snapshots folder appears anywhere for a URL desk.
    expect(fs.existsSync(path.join(process.cwd(), 'postgres:'))).toBe(false);
    const shown = await app.ok('sources.snapshotText', { id: source.id });
    expect(shown.excerptFound).toBe(true);

    // A retake writes a new file and removes the old one; a reviewer's file replaces it the same way.
    await app.ok('sources.snapshot', { id: source.id });
    const retaken = await files();
    expect(retaken).toHaveLength(1);
    expect(retaken[0]!.name).not.toBe(stored!.name);
    const pdf = fixture('article.pdf');
    const { source: attached } = await app.ok('sources.attachSnapshot', { id: source.id, fileName: 'copy.pdf', contentBase64: Buffer.from(pdf).toString('base64') });
    expect(attached.snapshot).toMatchObject({ status: 'archived', contentType: 'application/pdf', bytes: pdf.byteLength });
    expect((await files()).map((f) => f.name)).toEqual([(await app.store.db.selectFrom('source_snapshots').select('file').where('source_id', '=', source.id).executeTakeFirstOrThrow()).file]);

    await app.ok('sources.remove', { id: source.id });
    expect(await files()).toEqual([]);
  });
});

describe('findExcerpt', () => {
  it('ignores case, white space and the kind of quotes and dashes', () => {
    const text = 'Er sagte: „Die Steuer   steigt“ – und ging.';
    const hit = findExcerpt(text, '"die steuer steigt" - und');
    expect(hit).not.toBeNull();
    expect(text.slice(hit!.start, hit!.end)).toBe('„Die Steuer   steigt“ – und');
    expect(findExcerpt(text, 'sinkt')).toBeNull();
  });
});
