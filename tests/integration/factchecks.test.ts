// The fact-check library on a real database: every file shape imports, bad rows are refused
// with reasons, a second import updates instead of doubling, the desk's own reviews count,
// matching finds paraphrases and keeps changed numbers and negations apart, and citing a
// match adds a source.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFactChecks, matchText } from '../../src/main/core/services/factcheck.service';
import { startServer } from '../../src/main/http/server';
import { countRows, describeDatabases } from '../helpers/databases';
import { GERMAN_SAMPLE, openTestApp, tempDir, type TestApp, standInRendererDir } from '../helpers/temp-app';

const FIXTURES = path.resolve(__dirname, '../fixtures/factchecks');
const fixture = (name: string) => path.join(FIXTURES, name);
const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const count = (app: TestApp) => countRows(app.store.db, 'factchecks');

// The library on SQLite and on PostgreSQL.
describeDatabases('fact-check library', (database) => {
  describe('fact-check library', () => {
    let app: TestApp;
    beforeEach(async () => {
      app = await openTestApp({ database });
    });
    afterEach(async () => {
      await app.close();
    });

    it('imports a DataCommons DataFeed, keeps every field, and refuses bad items with reasons', async () => {
      const s = await importFactChecks(app.context, { path: fixture('datacommons-feed.json') }, 'feed');
      expect(s).toMatchObject({ imported: 2, updated: 0, refused: 3, error: null });
      expect(s.refusedRows.map((r) => r.reason).join('\n')).toMatch(/not an http\(s\) link: javascript:/);
      expect(s.refusedRows.map((r) => r.reason).join('\n')).toMatch(/no rating/);
      expect(s.refusedRows.map((r) => r.reason).join('\n')).toMatch(/no claim text/);
      const { items } = await app.ok('factchecks.list', {});
      const ff = items.find((f) => f.organisation === 'Full Fact')!;
      expect(ff).toMatchObject({
        origin: 'import',
        claimReviewed: 'Unemployment in the UK rose to 4.2 per cent in March',
        claimant: 'Jane Roe',
        claimDate: '2024-03-30',
        ratingName: 'Correct',
        ratingValue: 5, // given as the string "5"
        bestRating: 5,
        worstRating: 1,
        url: 'https://fullfact.example.org/economy/unemployment-march',
        reviewDate: '2024-04-02',
        language: 'en',
      });
      expect(items.find((f) => f.organisation === 'Correctiv')).toMatchObject({ language: 'de', ratingName: 'Falsch', ratingValue: 1 });
    });

    it('imports Google Fact Check Tools claims, @graph, single objects, arrays and HTML pages (scripts never run)', async () => {
      expect(await importFactChecks(app.context, { path: fixture('google-claims.json') }, 'g')).toMatchObject({ imported: 2, refused: 0 });
      expect(await importFactChecks(app.context, { path: fixture('graph.json') }, 'graph')).toMatchObject({ imported: 1, refused: 0 });
      expect(await importFactChecks(app.context, { path: fixture('single.json') }, 'single')).toMatchObject({ imported: 1, refused: 0 });
      const array = await importFactChecks(app.context, { path: fixture('array.json') }, 'array');
      expect(array).toMatchObject({ imported: 1, refused: 1 });
      expect(array.refusedRows[0]!.reason).toMatch(/not a ClaimReview \(its @type is Person\)/);
      const page = await importFactChecks(app.context, { path: fixture('page.html') }, 'page');
      expect(page).toMatchObject({ imported: 1, refused: 1 });
      expect(page.refusedRows[0]).toMatchObject({ where: 'script 2' });
      expect(page.refusedRows[0]!.reason).toMatch(/malformed JSON-LD/);
      expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
      const { items } = await app.ok('factchecks.list', {});
      expect(items.find((f) => f.url === 'https://awesomefactchecks.example.com/crime-doubled')).toMatchObject({
        claimant: 'John Doe',
        claimDate: '2023-06-01',
        ratingName: 'Mostly false',
        organisation: 'Awesome Fact Checks',
        reviewDate: '2023-06-05',
      });
      expect(items.find((f) => f.url === 'https://dpa.example.org/faktencheck/rente')).toMatchObject({ claimant: 'Hubertus Heil', organisation: 'dpa-Faktencheck', language: 'de' });
      expect(items.find((f) => f.url === 'https://afp.example.org/check/vaccine')).toMatchObject({ reviewDate: '2021-05-03', ratingValue: 1 });
    });

    it('imports CSV with the documented header, UTF-8 and Windows-1252, refusing rows with reasons', async () => {
      const s = await importFactChecks(app.context, { path: fixture('factchecks.csv') }, 'csv');
      expect(s).toMatchObject({ imported: 2, refused: 2 });
      expect(s.refusedRows).toEqual([
        { where: 'row 4', reason: expect.stringMatching(/not an http\(s\) link/) },
        { where: 'row 5', reason: expect.stringMatching(/no review URL/) },
      ]);
      const latin = await importFactChecks(app.context, { path: fixture('factchecks-1252.csv') }, 'latin');
      expect(latin).toMatchObject({ imported: 1, refused: 0 });
      const { items } = await app.ok('factchecks.list', {});
      expect(items.find((f) => f.url === 'https://sz.example.org/preise-münchen')).toMatchObject({
        claimReviewed: 'Die Lebensmittelpreise in München sind um 12 Prozent gestiegen.',
        claimant: 'Bäckerinnung',
        ratingName: 'Größtenteils falsch',
        organisation: 'Süddeutsche Prüfstelle',
      });
    });

    it('is idempotent: the same review URL again is unchanged, a changed one updated, never doubled', async () => {
      await importFactChecks(app.context, { path: fixture('datacommons-feed.json') }, 'feed');
      const again = await importFactChecks(app.context, { path: fixture('datacommons-feed.json') }, 'feed');
      expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
      const changed = fs.readFileSync(fixture('datacommons-feed.json'), 'utf8').replace('"alternateName":"Correct"', '"alternateName":"Mostly correct"');
      const third = await importFactChecks(app.context, { bytes: Buffer.from(changed) }, 'feed');
      expect(third).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
      expect(await count(app)).toBe(2);
      const [m] = await matchText(app.context, 'UK unemployment increased to 4.2% in March', 'en');
      expect(m!.ratingName).toBe('Mostly correct');
    });

    it('refuses what is not a fact-check file and imports nothing half', async () => {
      const page = await importFactChecks(app.context, { path: fixture('error-page.json') }, 'err');
      expect(page.error).toMatch(/HTML page with no ClaimReview markup \("502 Bad Gateway"\)/);
      const broken = await importFactChecks(app.context, { path: fixture('malformed.json') }, 'bad');
      expect(broken.error).toMatch(/not valid JSON/);
      const huge = { '@type': 'ClaimReview', url: 'https://example.org/huge', claimReviewed: 'x'.repeat(10 * 1024 * 1024), reviewRating: { alternateName: 'False' } };
      const big = await importFactChecks(app.context, { bytes: Buffer.from(JSON.stringify([huge, { ...huge, url: 'https://example.org/ok', claimReviewed: 'A normal claim.' }])) }, 'big');
      expect(big).toMatchObject({ imported: 1, refused: 1 });
      expect(big.refusedRows[0]!.reason).toMatch(/10,485,760 characters long; at most 5,000/);
      expect(await count(app)).toBe(1);
    });

    it('streams a large feed, and a feed that breaks off keeps each whole row before the break and nothing after', async () => {
      const items = Array.from({ length: 2500 }, (_, i) => ({
        '@type': 'ClaimReview',
        url: `https://example.org/fc/${i}`,
        claimReviewed: `Claim number ${i} about the budget of town ${i % 97}`,
        reviewRating: { ratingValue: String(1 + (i % 5)), alternateName: 'Rated' },
        author: { name: 'Org' },
      }));
      const json = JSON.stringify({ '@type': 'DataFeed', dataFeedElement: items.map((item) => ({ '@type': 'DataFeedItem', item: [item] })) });
      const progress: number[] = [];
      const whole = await importFactChecks(app.context, { bytes: Buffer.from(json) }, 'feed', (s) => progress.push(s.imported), { streamFrom: 1000 });
      expect(whole).toMatchObject({ imported: 2500, refused: 0, error: null });
      expect(progress.length).toBeGreaterThan(2);
      const cut = json.slice(0, Math.floor(json.length * 0.7));
      const other = await openTestApp({ database });
      try {
        const partial = await importFactChecks(other.context, { bytes: Buffer.from(cut) }, 'cut', () => {}, { streamFrom: 1000 });
        expect(partial.error).toMatch(/breaks off after item/);
        const n = await count(other);
        expect(n).toBeGreaterThan(1000);
        expect(n).toBe(partial.imported);
        // Every row there is whole: its index terms are there too.
        const indexed =
          database === 'sqlite'
            ? Number(other.store.sqlite.prepare("select count(*) from factchecks_fts where factchecks_fts match 'claim'").pluck().get())
            : await countRows(other.store.db, 'factchecks_fts');
        expect(indexed).toBe(n);
      } finally {
        await other.close();
      }
    });

    it("counts the desk's own reviewed claims, keeps them in step, and never matches a claim with itself", async () => {
      const { article } = await app.ok('articles.create', { text: GERMAN_SAMPLE });
      const full = await app.ok('articles.get', { id: article.id });
      const steuer = full.claims.find((c) => c.text.includes('Steuer'))!;
      let claim = (await app.ok('sources.add', { claimId: steuer.id, url: 'https://example.org/steuer' })).claim;
      claim = await app.ok('claims.setVerdict', { id: steuer.id, expectedVersion: claim.version, verdict: 'disputed', ratingLabel: 'Falsch' });
      const [desk] = await matchText(app.context, 'Die Steuer ist um drei Prozent gestiegen', 'de');
      expect(desk).toMatchObject({ origin: 'desk', claimId: steuer.id, articleId: article.id, ratingName: 'Falsch', ratingValue: 1, url: null });
      expect(desk!.similarity).toBeGreaterThanOrEqual(0.5);
      expect((await app.ok('factchecks.match', { claimId: steuer.id })).matches.some((m) => m.claimId === steuer.id)).toBe(false);
      // Back to unreviewed: out of the library.
      await app.ok('claims.setVerdict', { id: steuer.id, expectedVersion: claim.version, verdict: 'unreviewed' });
      expect(await matchText(app.context, 'Die Steuer ist um drei Prozent gestiegen', 'de')).toEqual([]);
    });

    it('flags claims checked before and cites a match as a source with the chosen stance', async () => {
      await importFactChecks(app.context, { path: fixture('graph.json') }, 'graph');
      const { article } = await app.ok('articles.create', { text: 'Die Renten steigen im Juli um 4,57 Prozent, sagte Hubertus Heil. Der Himmel ist blau und das Wetter schön.' });
      const full = await app.ok('articles.get', { id: article.id });
      const rente = full.claims.find((c) => c.text.includes('Renten'))!;
      const { checked } = await app.ok('factchecks.flagClaims', { articleId: article.id });
      expect(checked.map((c) => c.claimId)).toEqual([rente.id]);
      const { matches } = await app.ok('factchecks.match', { claimId: rente.id });
      expect(matches[0]).toMatchObject({ organisation: 'dpa-Faktencheck', ratingName: 'Richtig', url: 'https://dpa.example.org/faktencheck/rente' });
      const { source, claim } = await app.ok('factchecks.cite', { claimId: rente.id, factCheckId: matches[0]!.id, stance: 'supports', expectedVersion: rente.version });
      expect(source).toMatchObject({ url: 'https://dpa.example.org/faktencheck/rente', publisher: 'dpa-Faktencheck', stance: 'supports' });
      expect(source.title).toMatch(/^Fact-check \(Richtig\): Die Rente steigt/);
      expect(claim.sources).toHaveLength(1);
    });

    it('imports from the app as a job with progress and the same refusals', async () => {
      const contentBase64 = fs.readFileSync(fixture('factchecks.csv')).toString('base64');
      const { jobId } = await app.ok('factchecks.import', { fileName: 'factchecks.csv', contentBase64 });
      let status = await app.ok('factchecks.importStatus', { jobId });
      for (let i = 0; i < 100 && status.state === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        status = await app.ok('factchecks.importStatus', { jobId });
      }
      expect(status).toMatchObject({ state: 'done', imported: 2, refused: 2, bytesRead: status.bytesTotal });
    });
  });
});

describe('claimdesk factchecks / match', () => {
  it('imports with progress on stderr and a summary with refused rows, lists, and matches as JSON', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'c.db');
    const imported = await cli(['factchecks', 'import', fixture('datacommons-feed.json'), fixture('factchecks.csv'), '--db', db]);
    expect(imported.code).toBe(1); // some rows were refused
    expect(imported.stderr).toMatch(/datacommons-feed\.json: 100%/);
    expect(imported.stdout).toMatch(/datacommons-feed\.json: 2 imported, 0 updated, 0 unchanged, 3 refused/);
    expect(imported.stdout).toMatch(/refused row 5: no review URL/);
    const list = await cli(['factchecks', 'list', '--json', '--db', db]);
    expect(JSON.parse(list.stdout).total).toBe(4);
    const match = await cli(['match', 'Die Inflation betrug im Oktober 8,8 %', '--json', '--db', db]);
    expect(match.code).toBe(0);
    const out = JSON.parse(match.stdout) as { matches: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(['matches']);
    expect(Object.keys(out.matches[0]!)).toEqual(['claimReviewed', 'claimant', 'ratingName', 'organisation', 'url', 'reviewDate', 'language', 'similarity']);
    expect(out.matches[0]).toMatchObject({ claimReviewed: 'Die Inflation lag im Oktober bei 8,8 Prozent.', organisation: 'dpa-Faktencheck', url: 'https://dpa.example.org/inflation-oktober' });
    const none = await cli(['match', 'Die Inflation betrug im Oktober 10 %', '--json', '--db', db]);
    const sims = (JSON.parse(none.stdout) as { matches: Array<{ similarity: number }> }).matches.map((m) => m.similarity);
    expect(sims.every((s) => s < 0.5)).toBe(true);
  }, 60_000);
});

describe('reports', () => {
  it('name the earlier fact-checks a verdict relied on (JSON, Markdown, HTML, PDF, CSV), inert and in the report language', async () => {
    const app = await openTestApp();
    try {
      await importFactChecks(app.context, { path: fixture('graph.json') }, 'graph');
      const { article } = await app.ok('articles.create', { text: 'Die Renten steigen im Juli um 4,57 Prozent, sagte Hubertus Heil.' });
      const [claim] = (await app.ok('articles.get', { id: article.id })).claims;
      const { matches } = await app.ok('factchecks.match', { claimId: claim!.id });
      const cited = await app.ok('factchecks.cite', { claimId: claim!.id, factCheckId: matches[0]!.id, stance: 'supports' });
      await app.ok('claims.setVerdict', { id: claim!.id, expectedVersion: cited.claim.version, verdict: 'verified', ratingLabel: 'Richtig' });
      const json = JSON.parse((await app.ok('reports.export', { articleId: article.id, format: 'json' })).content) as { articles: Array<{ reviewedClaims: Array<{ earlierFactChecks: unknown[] }> }> };
      expect(json.articles[0]!.reviewedClaims[0]!.earlierFactChecks).toEqual([
        { url: 'https://dpa.example.org/faktencheck/rente', organisation: 'dpa-Faktencheck', claimReviewed: 'Die Rente steigt im Juli um 4,57 Prozent.', ratingName: 'Richtig', ratingValue: 5, bestRating: 5, reviewDate: '2024-03-14', stance: 'supports' },
      ]);
      const md = (await app.ok('reports.export', { articleId: article.id, format: 'md' })).content;
      // Markdown escapes ':' so no text becomes a link of its own; the one link is the review's.
      expect(md).toContain('**Earlier fact-checks relied on:**\n\n- dpa-Faktencheck\\: „Die Rente steigt im Juli um 4,57 Prozent.“, rated Richtig (14 March 2024), Supports · ');
      expect(md).toContain('(<https://dpa.example.org/faktencheck/rente>)');
      await app.ok('settings.set', { uiLanguage: 'de' });
      const html = (await app.ok('reports.export', { articleId: article.id, format: 'html' })).content;
      expect(html).toContain('<h4>Frühere Faktenchecks, auf die sich das Urteil stützt</h4>');
      expect(html).toContain('bewertet als Richtig');
      const pdf = await app.ok('reports.export', { articleId: article.id, format: 'pdf' });
      const { text: pdfText } = await extractText(new Uint8Array(Buffer.from(pdf.content, 'base64')), { mergePages: true });
      expect(pdfText.replace(/\s+/g, ' ')).toContain('FRÜHERE FAKTENCHECKS, AUF DIE SICH DAS URTEIL STÜTZT');
      expect(pdfText.replace(/\s+/g, ' ')).toContain('bewertet als Richtig');
      expect(pdfText).toContain('https://dpa.example.org/faktencheck/rente');
      const csv = (await app.ok('reports.export', { articleId: article.id, format: 'csv' })).content;
      const [row] = parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
      expect(JSON.parse(row!.earlier_factchecks_json!)).toEqual([expect.objectContaining({ url: 'https://dpa.example.org/faktencheck/rente', organisation: 'dpa-Faktencheck' })]);
    } finally {
      await app.close();
    }
  });
});

describe('flagging a long article over serve', () => {
  // better-sqlite3 answers synchronously, so an async loop of queries never yields to the event
  // loop by itself: flagging a 1,000-claim article once kept every other request waiting.
  it('answers other calls while the claims of a long article are matched', async () => {
    const app = await openTestApp({ host: 'serve' });
    const rendererDir = standInRendererDir();
    const server = await startServer({ dispatch: app.dispatch, rendererDir, port: 0 });
    try {
      await importFactChecks(app.context, { path: fixture('graph.json') }, 'graph');
      const sentences = Array.from({ length: 1200 }, (_, i) => `Die Renten steigen im Jahr ${1900 + (i % 120)} um ${i % 9},${i % 7}7 Prozent, sagte der Minister in Rede ${i}.`);
      const { article } = await app.ok('articles.create', { text: sentences.join(' ') });
      const finished: string[] = [];
      const post = (method: string, input: unknown) =>
        fetch(`${server.url.replace(/\/\?.*$/, '')}/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        }).then(async (res) => {
          const body = (await res.json()) as { ok: boolean };
          finished.push(method);
          return body;
        });
      const flagging = post('factchecks.flagClaims', { articleId: article.id });
      // Once the flagging has begun (it takes far longer than this on any machine), ask for something small.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const small = post('settings.get', {});
      expect((await small).ok).toBe(true);
      expect((await flagging).ok).toBe(true);
      expect(finished).toEqual(['settings.get', 'factchecks.flagClaims']);
    } finally {
      await server.close();
      await app.close();
    }
  }, 120_000);
});
