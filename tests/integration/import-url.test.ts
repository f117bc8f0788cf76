// fetchArticle against a real local HTTP server (127.0.0.1, port 0): redirects, limits,
// timeouts and refusals go through Node's actual fetch, not a mock.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle } from '../../src/main/core/import';
import { GERMAN_TEXT, GERMAN_TITLE, expectImportError, fixture } from '../fixtures/import/helpers';

const ARTICLE_HTML = fixture('article.html');
const requests: string[] = [];
let server: Server;
let base: string;

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  requests.push(path);
  const html = (body: Uint8Array | string, type = 'text/html; charset=utf-8') => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };
  let m: RegExpExecArray | null;
  if (path === '/article') return html(ARTICLE_HTML);
  if ((m = /^\/chain\/(\d+)$/.exec(path))) {
    // /chain/N redirects N more times, alternating status codes and relative/absolute targets.
    const n = Number(m[1]);
    const statuses = [301, 302, 303, 307, 308];
    if (n === 0) return void res.writeHead(302, { location: '/article' }).end();
    const target = n % 2 ? `${base}/chain/${n - 1}` : `/chain/${n - 1}`;
    return void res.writeHead(statuses[n % statuses.length]!, { location: target }).end();
  }
  if ((m = /^\/loop\/(\d+)$/.exec(path))) return void res.writeHead(302, { location: `/loop/${Number(m[1]) + 1}` }).end();
  if (path === '/to-file') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
  if (path === '/to-js') return void res.writeHead(301, { location: 'javascript:alert(1)' }).end();
  if (path === '/no-location') return void res.writeHead(302).end();
  if (path === '/png') return html(fixture('pixel.png'), 'image/png');
  if (path === '/pdf') return html(fixture('article.pdf'), 'application/pdf');
  if (path === '/json') return html('{"a":1}', 'application/json');
  if (path === '/text') return html(iconv.encode(GERMAN_TEXT, 'windows-1252'), 'text/plain; charset=windows-1252');
  if (path === '/xhtml') return html(ARTICLE_HTML, 'application/xhtml+xml');
  if (path === '/untyped-html') {
    res.writeHead(200, {}); // no content-type header at all
    return void res.end(ARTICLE_HTML);
  }
  if (path === '/untyped-binary') {
    res.writeHead(200, {});
    return void res.end(fixture('pixel.png'));
  }
  if (path === '/empty') return html('');
  if (path === '/missing') return void res.writeHead(404, 'Not Found', { 'content-type': 'text/html' }).end('<h1>404</h1>');
  if (path === '/scripts-only') return html('<html><body><script>document.write("hi")</script></body></html>');
  if (path === '/huge-streamed') {
    // No Content-Length: the client must count while streaming. Endless unless aborted.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    res.write('<html><body><p>');
    return pump();
  }
  if (path === '/huge-declared') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    return void res.write('<html>'); // never finishes; must be refused from the header alone
  }
  if (path === '/hang') return; // never answer
  if (path === '/slow-body') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return void res.write('<html><body><p>Anfang'); // headers, then silence
  }
  res.writeHead(404).end();
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections(); // /hang and /slow-body keep sockets open
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchArticle: success', () => {
  it('imports an HTML article with its metadata, loading nothing else from the page', async () => {
    requests.length = 0;
    const doc = await fetchArticle(`${base}/article`);
    expect(doc).toMatchObject({
      format: 'html',
      title: GERMAN_TITLE,
      author: 'Erika Mustermann, Max Müller',
      publisher: 'Rheinische Rundschau',
      publishedAt: '2024-03-04T09:30:00+01:00',
      // the relative canonical link, resolved against the page URL
      url: `${base}/koeln/bruecken-pruefung-123`,
      language: 'de',
    });
    expect(doc.text).toContain('„Wir müssen jetzt handeln“, sagte sie.');
    expect(doc.text).not.toMatch(/PWNED|INJECTED|Startseite|Impressum/);
    // No script, stylesheet, image, or onerror/inline-script side effect was fetched.
    expect(requests).toEqual(['/article']);
  });

  it('follows a chain of 5 redirects (301/302/303/307/308, relative and absolute)', async () => {
    requests.length = 0;
    const doc = await fetchArticle(`${base}/chain/4`);
    expect(requests).toEqual(['/chain/4', '/chain/3', '/chain/2', '/chain/1', '/chain/0', '/article']);
    expect(doc.title).toBe(GERMAN_TITLE);
  });

  it('uses the final URL as fallback url when the page has no canonical link', async () => {
    const doc = await fetchArticle(`${base}/text`);
    expect(doc).toMatchObject({ format: 'text', text: GERMAN_TEXT, url: `${base}/text` });
  });

  it('accepts application/xhtml+xml and sniffs HTML when there is no content type', async () => {
    expect((await fetchArticle(`${base}/xhtml`)).format).toBe('html');
    expect((await fetchArticle(`${base}/untyped-html`)).title).toBe(GERMAN_TITLE);
  });

  it('uses a custom fetchImpl', async () => {
    const seen: string[] = [];
    const fetchImpl: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    await fetchArticle(`${base}/chain/1`, { fetchImpl });
    expect(seen).toEqual([`${base}/chain/1`, `${base}/chain/0`, `${base}/article`]);
  });
});

describe('fetchArticle: refusals and failures', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<p>hi</p>', 'ftp://example.org/a.html', 'not a url', ''])(
    'refuses %j → invalid_url without any request',
    async (url) => {
      requests.length = 0;
      await expectImportError(fetchArticle(url), 'invalid_url');
      expect(requests).toEqual([]);
    },
  );

  it('refuses URLs with credentials', async () => {
    await expectImportError(fetchArticle(`http://user:secret@127.0.0.1:1/`), 'invalid_url');
  });

  it('refuses redirects to file: and javascript: URLs', async () => {
    await expectImportError(fetchArticle(`${base}/to-file`), 'invalid_url');
    await expectImportError(fetchArticle(`${base}/to-js`), 'invalid_url');
  });

  it('too many redirects → too_many_redirects (default limit 5, configurable)', async () => {
    requests.length = 0;
    const e = await expectImportError(fetchArticle(`${base}/loop/0`), 'too_many_redirects');
    expect(e.message).toMatch(/more than 5 times/);
    expect(requests).toHaveLength(6); // the original request + 5 followed redirects
    await expectImportError(fetchArticle(`${base}/chain/4`, { maxRedirects: 2 }), 'too_many_redirects');
  });

  it('redirect without Location → fetch_failed', async () => {
    await expectImportError(fetchArticle(`${base}/no-location`), 'fetch_failed');
  });

  it.each(['/png', '/pdf', '/json'])('non-HTML content type (%s) → not_html', async (path) => {
    await expectImportError(fetchArticle(base + path), 'not_html');
  });

  it('untyped response that is not HTML → not_html', async () => {
    await expectImportError(fetchArticle(`${base}/untyped-binary`), 'not_html');
  });

  it('HTTP error status → fetch_failed naming the status', async () => {
    const e = await expectImportError(fetchArticle(`${base}/missing`), 'fetch_failed');
    expect(e.message).toContain('404 Not Found');
  });

  it('empty page → empty; scripts-only page → no_article', async () => {
    await expectImportError(fetchArticle(`${base}/empty`), 'empty');
    await expectImportError(fetchArticle(`${base}/scripts-only`), 'no_article');
  });

  it('oversize body without Content-Length → too_large, download aborted', async () => {
    const t0 = performance.now();
    const e = await expectImportError(fetchArticle(`${base}/huge-streamed`, { maxBytes: 256 * 1024 }), 'too_large');
    expect(e.message).toMatch(/256 KB/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('oversize Content-Length → too_large before downloading', async () => {
    const e = await expectImportError(fetchArticle(`${base}/huge-declared`), 'too_large');
    expect(e.message).toBe('The page (50 MB) is larger than the import limit of 20 MB.');
  });

  it('server that never answers → timeout', async () => {
    const t0 = performance.now();
    const e = await expectImportError(fetchArticle(`${base}/hang`, { timeoutMs: 300 }), 'timeout');
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(5000);
    expect(e.message).toMatch(/did not respond within 0.3 seconds/);
  });

  it('body that stalls after the headers → timeout', async () => {
    await expectImportError(fetchArticle(`${base}/slow-body`, { timeoutMs: 300 }), 'timeout');
  });

  it('unreachable port (connection refused) → fetch_failed', async () => {
    // Grab a free port, then close it again so nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const e = await expectImportError(fetchArticle(`http://127.0.0.1:${port}/article`), 'fetch_failed');
    expect(e.message).toMatch(/connection was refused/);
  });
});
