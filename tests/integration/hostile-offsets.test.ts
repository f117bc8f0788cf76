// Hostile text through the serve host, then the database reopened: unbalanced quotes, RTL with
// combining marks, emoji and astral letters (surrogate pairs) before the offsets, CRLF, NUL, a
// 1 MB line without spaces; pasted, and imported as .txt (BOM, CRLF) and .html. Every claim's
// text stays text.slice(start, end) after the reopen and in every export (JSON, CSV, ClaimReview,
// HTML); a 50 MB file is refused in words, not in zod's count of base64 characters.
import http from 'node:http';
import { parse as parseCsv } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/main/http/server';
import type { ArticleWithClaims } from '../../src/shared/domain';
import type { ReportModel } from '../../src/shared/report';
import { openTestApp, standInRendererDir, type TestApp } from '../helpers/temp-app';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function call<T>(server: RunningServer, method: string, input: unknown): Promise<Reply<T>> {
  const body = Buffer.from(JSON.stringify(input));
  const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', 'Content-Length': String(body.length) };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: `/api/${method}`, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply<T>));
    });
    req.on('error', reject);
    req.end(body);
  });
}
async function ok<T>(server: RunningServer, method: string, input: unknown): Promise<T> {
  const reply = await call<T>(server, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

// Sentences of our own; each hostile thing sits before a claim so a wrong unit count would show.
const LINES = [
  'Mayor Ana Sousa said the \u201Cbudget would rise by 4 percent next year.',
  '"The port handled 3 million tonnes, said the harbour master Kai Ruud.',
  '\u0627\u0644\u0648\u0632\u064A\u0631 \u0642\u0627\u0644 \u0625\u0646 \u0627\u0644\u0645\u064A\u0632\u0627\u0646\u064A\u0629 \u0627\u0631\u062A\u0641\u0639\u062A 5 \u0628\u0627\u0644\u0645\u0626\u0629. The minister Jose\u0301 Ordo\u0301n\u0303ez said costs rose by 5 percent.',
  '\u05D4\u05E9\u05E8 \u05D0\u05DE\u05E8 \u05E9\u05D4\u05DE\u05D7\u05D9\u05E8 \u05E2\u05DC\u05D4. Officials said 👩‍👩‍👧 families and 𝔘𝔫𝔦𝔬𝔫 members grew by 12 percent 🎉 in 2025.',
  'The council said on Friday that the NUL\u0000byte repair cost 2 million euros.',
];
const CRLF_TEXT = LINES.join('\r\n\r\n');
const HTML = `<!doctype html><html><head><title>Hafen 🎉 report</title></head><body><article>${LINES.map((l) => `<p${/[\u0590-\u06FF]/.test(l) ? ' dir="auto"' : ''}>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\u0000/g, '')}</p>`).join('\r\n')}</article></body></html>`;
const LONG_LINE = `The harbour board said the pier cost 12 million pounds. ${'k'.repeat(1024 * 1024)} The mayor said on Monday that costs fell by 3 percent.`;

const MARK = 'grew by 12 percent';

describe('hostile text: offsets exact after a reopen and in every export', () => {
  const opened: { app: TestApp; server: RunningServer }[] = [];
  afterAll(async () => {
    for (const { app, server } of opened.reverse()) {
      await server.close();
      await app.close();
    }
  });
  async function open(dir?: string) {
    const app = await openTestApp({ host: 'serve', ...(dir ? { dir } : {}) });
    const server = await startServer({ dispatch: app.dispatch, rendererDir: standInRendererDir(), port: 0 });
    opened.push({ app, server });
    return { app, server };
  }

  it('imports or refuses each, then every claim is its text slice in the reopened database and in JSON, CSV, ClaimReview and HTML', async () => {
    const first = await open();
    const s1 = first.server;
    await ok(s1, 'settings.set', { reviewerName: 'Rita Reviewer', organisationName: 'Harbour Checks', organisationUrl: 'https://checks.example.org' });

    const ids: string[] = [];
    ids.push((await ok<{ article: { id: string } }>(s1, 'articles.create', { text: CRLF_TEXT, title: 'Pasted \u201Chostile', language: 'en' })).article.id);
    const txt = await ok<{ status: string; article?: { id: string }; reason?: string }>(s1, 'import.file', {
      fileName: 'hostile.txt',
      contentBase64: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CRLF_TEXT.replace('NUL\u0000byte', 'NUL byte'))]).toString('base64'),
    });
    expect(txt, txt.reason).toMatchObject({ status: 'imported' });
    ids.push(txt.article!.id);
    const html = await ok<{ status: string; article?: { id: string }; reason?: string }>(s1, 'import.file', { fileName: 'hostile.html', contentBase64: Buffer.from(HTML).toString('base64') });
    expect(html, html.reason).toMatchObject({ status: 'imported' });
    ids.push(html.article!.id);
    ids.push((await ok<{ article: { id: string } }>(s1, 'articles.create', { text: LONG_LINE, title: 'One long line', language: 'en' })).article.id);

    // A 50 MB file: refused with its size and the limit, nothing stored.
    const before = (await ok<unknown[]>(s1, 'articles.list', {})).length;
    const big = await call(s1, 'import.file', { fileName: 'big.txt', contentBase64: Buffer.alloc(50 * 1024 * 1024, 0x61).toString('base64') });
    expect(big).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/The file is 50\.0 MB; the limit is 20 MB\./) } });
    expect(big.ok ? '' : big.error.message).not.toMatch(/characters|Too big/);
    expect((await ok<unknown[]>(s1, 'articles.list', {})).length).toBe(before);

    // In each article: a hand-made claim after the emoji and astral letters, and verdicts to publish.
    for (const id of ids) {
      const article = await ok<ArticleWithClaims>(s1, 'articles.get', { id });
      expect(article.text).not.toMatch(/[\r\u0000]/);
      const at = article.text.indexOf(MARK);
      if (at >= 0 && !article.claims.some((c) => c.start === at && c.end === at + MARK.length)) {
        await ok(s1, 'claims.create', { articleId: id, start: at, end: at + MARK.length });
      }
      const claims = (await ok<ArticleWithClaims>(s1, 'articles.get', { id })).claims;
      expect(claims.length, id).toBeGreaterThan(0);
      for (const claim of claims.slice(0, 3)) {
        await ok(s1, 'claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'inconclusive', rationale: 'Nicht belegt 🙂 \u05DC\u05D0.' });
      }
    }
    const stored = await Promise.all(ids.map((id) => ok<ArticleWithClaims>(s1, 'articles.get', { id })));
    expect(stored.some((a) => a.claims.some((c) => c.text === MARK))).toBe(true);
    // Combining marks may be composed (NFC) on the way in; the offsets are those of the stored text.
    expect(stored.some((a) => a.text.normalize('NFC').includes('Jos\u00E9 Ord\u00F3\u00F1ez') && a.text.includes('𝔘𝔫𝔦𝔬𝔫'))).toBe(true);

    // Reopen the database in a new app and host.
    await s1.close();
    await first.app.close();
    opened.splice(opened.indexOf(first), 1);
    const { server } = await open(first.app.dir);

    for (const [i, id] of ids.entries()) {
      const article = await ok<ArticleWithClaims>(server, 'articles.get', { id });
      expect(article.text).toBe(stored[i]!.text);
      expect(article.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      const byId = new Map(article.claims.map((c) => [c.id, c]));
      expect(article.claims.map((c) => [c.id, c.start, c.end, c.text])).toEqual(stored[i]!.claims.map((c) => [c.id, c.start, c.end, c.text]));
      for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end), claim.id).toBe(claim.text);

      const exported = async (format: string) => (await ok<{ content: string }>(server, 'reports.export', { articleId: id, format })).content;
      const model = JSON.parse(await exported('json')) as ReportModel;
      const reportClaims = model.articles.flatMap((a) => [...a.reviewedClaims, ...a.unreviewedClaims]);
      expect(reportClaims).toHaveLength(article.claims.length);
      for (const c of reportClaims) {
        expect(c.text, `json ${c.id}`).toBe(article.text.slice(c.start, c.end));
        expect([c.start, c.end]).toEqual([byId.get(c.id)!.start, byId.get(c.id)!.end]);
      }

      const rows = parseCsv(await exported('csv'), { columns: true, bom: true }) as Record<string, string>[];
      expect(rows).toHaveLength(article.claims.length);
      for (const row of rows) {
        const claim = byId.get(row.claim_id!)!;
        expect([Number(row.start), Number(row.end)]).toEqual([claim.start, claim.end]);
        // The formula guard prefixes a cell that starts with = + - @; none of these do.
        expect(row.text, `csv ${claim.id}`).toBe(article.text.slice(claim.start, claim.end));
      }

      const reviewed = model.articles.flatMap((a) => a.reviewedClaims);
      expect(reviewed.length).toBeGreaterThan(0);
      const reviews = JSON.parse(await exported('claimreview')) as { claimReviewed: string }[];
      expect(reviews.map((r) => r.claimReviewed)).toEqual(reviewed.map((c) => article.text.slice(c.start, c.end).trim()));

      const page = new JSDOM(await exported('html')).window.document;
      // The report sets each claim in quotation marks of the article's language: compare inside them.
      const bare = (t: string) => t.replace(/\s+/g, ' ').trim().replace(/^["“”„«»‚‘’]+|["“”„«»‚‘’]+$/g, '');
      const quoted = [...page.querySelectorAll('blockquote.claim-text')].map((q) => bare(q.textContent ?? ''));
      expect(quoted).toHaveLength(reviewed.length);
      for (const [k, c] of reviewed.entries()) expect(quoted[k], `html ${c.id}`).toBe(bare(article.text.slice(c.start, c.end)));
    }
  }, 240_000);
});
