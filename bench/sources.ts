// Sources that last (#13): a snapshot of a 2 MB page from a local server (fetch, SHA-256, the
// WARC written and renamed into place; then, apart, until its readable text is stored too), what a snapshot costs the database,
// and `sources check` over many sources on 100 local hosts (127.0.0.1 … 127.0.0.100) at the
// politeness limit: the server records when each host was asked, and the bench reports the most
// requests any host saw within one second (must be ≤ 2) and the run time against the least the
// limit allows. BENCH_SOURCES sets the number of sources (default 10,000, the figure).
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/main/core/app';
import { checkSources } from '../src/main/core/services/link-check.service';
import { snapshotsDirFor } from '../src/main/core/snapshots/snapshot-files';

const GERMAN_PARAGRAPHS = [
  'Die Stadt Köln lässt 42 Brücken überprüfen. Das gab die Oberbürgermeisterin am Montag bekannt.',
  '„Wir müssen jetzt handeln“, sagte sie. Die Kosten schätzt die Verwaltung auf 120 Millionen €.',
  'Größere Schäden – etwa an der Mülheimer Brücke – seien bisher nicht festgestellt worden.',
];

const HOSTS = 100;

function twoMegabytePage(): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 2 * 1024 * 1024; i++) {
    const p = `<p>${GERMAN_PARAGRAPHS[i % GERMAN_PARAGRAPHS.length]} (Absatz ${i})</p>\n`;
    paragraphs.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="de"><head><title>Bericht</title></head><body><article><h1>Bericht</h1>\n${paragraphs.join('')}</article></body></html>`;
}

async function listen(server: Server, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

export async function benchSources(): Promise<Record<string, string | number>> {
  const page = twoMegabytePage();
  const hits = new Map<string, number[]>();
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    const list = hits.get(host) ?? [];
    list.push(performance.now());
    hits.set(host, list);
    if (req.url === '/big') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body><p>Source ${req.url}</p></body></html>`);
  });
  // 0.0.0.0: every 127.0.0.x reaches it, so each is a host of its own for the politeness limit.
  const port = await listen(server, '0.0.0.0');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-sources-'));
  const app = await openApp(path.join(dir, 'claimdesk.db'), { host: 'serve', snapshots: false, defaultActor: 'bench' });
  try {
    const { article } = await app.handlers['articles.create']({ text: 'Die Steuer steigt um 3 Prozent, sagte die Ministerin.', title: 'Bench', language: 'de' });
    const claim = await app.handlers['claims.create']({ articleId: article.id, start: 0, end: 20 });
    const { source } = await app.handlers['sources.add']({ claimId: claim.id, url: `http://127.0.0.1:${port}/big` });
    const times: number[] = [];
    const textTimes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      const { sources } = await app.handlers['sources.snapshot']({ id: source.id });
      times.push(performance.now() - started);
      if (sources[0]?.snapshot?.status !== 'archived') throw new Error(`snapshot failed: ${sources[0]?.snapshot?.reason}`);
      // The readable text follows off the main thread; the file with it replaces the first one.
      while (app.context.afterwards?.size) await Promise.allSettled([...app.context.afterwards]);
      textTimes.push(performance.now() - started);
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    const warmText = textTimes.slice(1).sort((a, b) => a - b);
    const { text } = await app.handlers['sources.snapshotText']({ id: source.id });
    if (!text || text.length < 1_000_000) throw new Error(`the readable text of the 2 MB page is missing or short (${text?.length ?? 0} characters)`);

    // What a snapshot costs the database: 50 snapshots of small pages, pages used before and after.
    const pages = () => Number(app.store.sqlite.pragma('page_count', { simple: true })) * Number(app.store.sqlite.pragma('page_size', { simple: true }));
    app.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const small: string[] = [];
    for (let i = 0; i < 50; i++) small.push((await app.handlers['sources.add']({ claimId: claim.id, url: `http://127.0.0.1:${port}/small/${i}` })).source.id);
    app.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const beforeSnapshots = pages();
    for (const id of small) await app.handlers['sources.snapshot']({ id });
    app.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const growth = (pages() - beforeSnapshots) / small.length;
    const warcBytes = fs.readdirSync(snapshotsDirFor(app.store.path)).reduce((n, f) => n + fs.statSync(path.join(snapshotsDirFor(app.store.path), f)).size, 0);

    // sources check over many sources on 100 hosts (rows written directly: the check is measured, not the adding).
    const count = Number(process.env.BENCH_SOURCES ?? 10_000);
    const insert = app.store.sqlite.prepare("insert into sources (id, claim_id, url, stance, added_at) values (?, ?, ?, 'supports', ?)");
    app.store.sqlite.transaction(() => {
      for (let i = 0; i < count; i++) insert.run(`bench-${i}`, claim.id, `http://127.0.0.${1 + (i % HOSTS)}:${port}/s/${i}`, '2025-01-01T00:00:00Z');
    })();
    const ids = Array.from({ length: count }, (_, i) => `bench-${i}`);
    hits.clear();
    const started = performance.now();
    const { sources } = await checkSources(app.context, { ids }, { fetch: {} });
    const seconds = (performance.now() - started) / 1000;
    let worst = 0;
    for (const list of hits.values()) {
      list.sort((a, b) => a - b);
      // The most requests that started within any window of one second (less than 1000 ms apart).
      for (let i = 0, j = 0; i < list.length; i++) {
        while (list[i]! - list[j]! >= 1000) j++;
        worst = Math.max(worst, i - j + 1);
      }
    }
    const perHost = Math.ceil(count / HOSTS);
    // 2 per second allows (perHost - 1) / 2 s at the least; the checker waits 500 ms after each request to a host ends.
    const least = ((perHost - 1) * 0.5).toFixed(1);
    const failed = sources.filter((s) => s.result === 'error' || s.result === 'gone').length;
    return {
      'snapshot of a 2 MB page archived (fetch, SHA-256, WARC on disk, row archived), median of 3 after a warm-up (ms)': Math.round(warm[1]!),
      'snapshot of a 2 MB page archived, the 4 runs (ms)': times.map((t) => t.toFixed(0)).join(' / '),
      'snapshot of a 2 MB page with its readable text stored (Readability on linkedom, parse worker), median of 3 (ms)': Math.round(warmText[1]!),
      'database growth per snapshot, the bytes are in the WARC files (KB)': Number((growth / 1024).toFixed(2)),
      [`WARC files of ${small.length + 1} snapshots (MB)`]: Number((warcBytes / 1024 / 1024).toFixed(1)),
      [`sources check, ${count.toLocaleString('en')} sources on ${HOSTS} hosts (s)`]: Number(seconds.toFixed(1)),
      [`sources check of ${count.toLocaleString('en')} sources, least time 2 requests per host per second allow (s)`]: Number(least),
      [`sources check of ${count.toLocaleString('en')} sources, failed`]: failed,
      'sources check, most requests to one host within 1 s (limit 2)': worst,
    };
  } finally {
    await app.close();
    server.closeAllConnections();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
