// Reports built from the real store and checked back against it, for every format.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { extractText } from 'unpdf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGY, reportModelSchema } from '../../src/shared/report';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const NASTY = 'Der Minister sagte: „Die Steuer <script>alert(1)</script> steigt, sagen wir; um 5 %, 100 € — ganz „sicher“ 🙂".';
const NASTY_RATIONALE = 'Laut <img src=x onerror=alert(1)> Statistik, Zeile 1;\nZeile 2, "zitiert" & mehr 🙂';

let app: TestApp;
let articleId: string;
let claimIds: string[];

beforeEach(async () => {
  app = await openTestApp();
  await app.ok('settings.set', { reviewerName: 'Ada Prüferin', organisationName: 'Faktencheck <Nord>', organisationUrl: 'https://faktencheck.example.org/checks', methodologyNotes: { de: 'Wir prüfen „alles“.' } });
  const { article } = await app.ok('articles.create', {
    text: `Haushalt 2025\nDer Bundestag beschloss am Freitag den Haushalt mit 480 Milliarden Euro.\n${NASTY}\nDie Opposition nannte das Ergebnis enttäuschend.`,
    title: 'Haushalt <b>2025</b>',
    url: 'https://news.example.org/haushalt',
    publisher: 'Nordkurier',
    publishedAt: '2025-03-14',
    language: 'de',
  });
  articleId = article.id;
  const full = await app.ok('articles.get', { id: articleId });
  claimIds = full.claims.map((c) => c.id);
  const target = full.claims.find((c) => c.text.includes('<script>'))!;
  const first = full.claims.find((c) => c.text.includes('480 Milliarden'))!;
  const s1 = await app.ok('sources.add', { claimId: target.id, url: 'https://destatis.example.org/steuer?a=1&b=2', title: 'Tabelle „Steuern“, 2025', publisher: 'Destatis', stance: 'refutes', excerpt: 'Zeile <3>', archivedUrl: 'https://web.archive.org/web/2025/https://destatis.example.org/steuer' });
  const v1 = await app.ok('claims.setVerdict', { id: target.id, expectedVersion: s1.claim.version, verdict: 'verified', rationale: 'zunächst bestätigt' });
  await app.ok('claims.setVerdict', { id: target.id, expectedVersion: v1.version, verdict: 'disputed', rationale: NASTY_RATIONALE, ratingLabel: 'Falsch' });
  const s2 = await app.ok('sources.add', { claimId: first.id, url: 'https://bundestag.example.org/haushalt', stance: 'supports' });
  await app.ok('claims.setVerdict', { id: first.id, expectedVersion: s2.claim.version, verdict: 'verified', rationale: 'Protokoll' });
});
afterEach(async () => {
  await app.close();
});

const exportAs = (format: 'md' | 'html' | 'pdf' | 'csv' | 'json' | 'claimreview', extra: Record<string, unknown> = {}) =>
  app.ok('reports.export', { articleId, format, ...extra });

/** The report as text a reader sees: md and html as written, the PDF's text layer, JSON's methodology field. */
async function readerText(format: 'md' | 'html' | 'pdf' | 'json', language: 'en' | 'de'): Promise<string> {
  const out = await exportAs(format, { language });
  if (format === 'json') {
    const model = reportModelSchema.parse(JSON.parse(out.content));
    expect(model.language).toBe(language);
    return model.organisation.methodology ?? '';
  }
  if (format === 'pdf') return (await extractText(new Uint8Array(Buffer.from(out.content, 'base64')), { mergePages: true })).text.replace(/\s+/g, ' ');
  // Markdown as read: its escapes (\: against autolinks) are not what a reader sees.
  return format === 'html' ? out.content.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ') : out.content.replace(/\\(.)/g, '$1');
}
const squashed = (s: string) => s.replace(/\s+/g, '').replace(/\\(.)/g, '$1');

describe("the methodology note and dates are in the report's language", () => {
  for (const format of ['md', 'html', 'pdf', 'json'] as const) {
    it(`${format}: a German report carries the German note, an English one the English default; dates in one format per language`, async () => {
      const german = await readerText(format, 'de');
      const english = await readerText(format, 'en');
      expect(german).toContain('Wir prüfen „alles“.');
      expect(german).not.toContain(DEFAULT_METHODOLOGY.en.slice(0, 40));
      // No English note was written: the English report carries the English default, never the German note.
      expect(squashed(english)).toContain(squashed(DEFAULT_METHODOLOGY.en));
      expect(english).not.toContain('Wir prüfen');
      if (format === 'json') return;
      // Published 2025-03-14: "14. März 2025" in German, "14 March 2025" in English, never ISO or the other language's.
      expect(german).toContain('14. März 2025');
      expect(english).toContain('14 March 2025');
      for (const text of [german, english]) expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/);
      expect(german).not.toMatch(/March|December|January/);
      expect(english).not.toMatch(/März|Dezember|Januar/);
    });
  }

  it('with notes in both languages each report carries its own; the UI language chooses when no language is asked for', async () => {
    await app.ok('settings.set', { methodologyNotes: { en: 'We check everything.' } });
    expect(await app.ok('settings.get', {})).toMatchObject({ methodologyNotes: { en: 'We check everything.', de: 'Wir prüfen „alles“.' }, methodology: 'We check everything.' });
    expect(await readerText('md', 'en')).toContain('We check everything.');
    expect(await readerText('md', 'de')).toContain('Wir prüfen „alles“.');
    await app.ok('settings.set', { uiLanguage: 'de' });
    const defaultLanguage = await exportAs('md');
    expect(defaultLanguage.content).toContain('Wir prüfen „alles“.');
    expect(defaultLanguage.content).not.toContain('We check everything.');
    // The one-note field writes the note of the UI language, and leaves the other as it is.
    await app.ok('settings.set', { methodology: 'Wir prüfen gründlich.' });
    expect((await app.ok('settings.get', {})).methodologyNotes).toEqual({ en: 'We check everything.', de: 'Wir prüfen gründlich.' });
    // Cleared, a German report carries the German default.
    await app.ok('settings.set', { methodologyNotes: { de: null } });
    expect(squashed((await exportAs('md', { language: 'de' })).content)).toContain(squashed(DEFAULT_METHODOLOGY.de));
  });

  it('a note stored before notes were per language counts for the language it is written in, and survives saving the other', async () => {
    await app.ok('settings.set', { methodologyNotes: { en: null, de: null } });
    app.context.store.sqlite.prepare("insert into settings (key, value) values ('methodology', 'Wir prüfen jede Zahl an der Quelle.')").run();
    expect((await app.ok('settings.get', {})).methodologyNotes).toEqual({ en: null, de: 'Wir prüfen jede Zahl an der Quelle.' });
    await app.ok('settings.set', { methodologyNotes: { en: 'We check every figure.' } });
    expect((await app.ok('settings.get', {})).methodologyNotes).toEqual({ en: 'We check every figure.', de: 'Wir prüfen jede Zahl an der Quelle.' });
    expect(app.context.store.sqlite.prepare("select count(*) as n from settings where key = 'methodology'").get()).toEqual({ n: 0 });
  });
});

describe('reports in a long-lived host are read and rendered in the report worker', () => {
  it('gives the same report as the CLI, reads a consistent snapshot, and answers a missing article as not_found', async () => {
    const served = await openTestApp({ host: 'serve', dir: app.dir });
    try {
      const modelOf = (content: string) => ({ ...reportModelSchema.parse(JSON.parse(content)), generatedAt: 'x' });
      for (const scope of [{ articleId }, { claimIds: claimIds.slice(0, 2) }, { all: true as const }]) {
        const here = await app.ok('reports.export', { ...scope, format: 'json', language: 'de' });
        const there = await served.ok('reports.export', { ...scope, format: 'json', language: 'de' });
        expect(modelOf(there.content)).toEqual(modelOf(here.content));
        expect(there.fileName).toBe(here.fileName);
      }
      const pdf = await served.ok('reports.export', { articleId, format: 'pdf' });
      expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      // A write through the serving host is in its next report (the worker reads the file, not a copy).
      const first = (await served.ok('articles.get', { id: articleId })).claims.find((c) => c.verdict === 'unreviewed')!;
      await served.ok('claims.setVerdict', { id: first.id, expectedVersion: first.version, verdict: 'inconclusive', rationale: 'Nicht belegbar' });
      const after = reportModelSchema.parse(JSON.parse((await served.ok('reports.export', { articleId, format: 'json' })).content));
      expect(after.totals.inconclusive).toBe(1);
      const missing = await served.dispatch('reports.export', { articleId: '01a00000-0000-7000-8000-000000000000', format: 'md' });
      expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      await served.close();
    }
  });
});

describe('reports from the store', () => {
  it('JSON is the whole model with a schema version and matches the store', async () => {
    const out = await exportAs('json');
    const model = reportModelSchema.parse(JSON.parse(out.content));
    expect(model.schemaVersion).toBe(1);
    const stored = await app.ok('articles.get', { id: articleId });
    const all = [...model.articles[0]!.reviewedClaims, ...model.articles[0]!.unreviewedClaims];
    expect(all.map((c) => c.id).sort()).toEqual(stored.claims.map((c) => c.id).sort());
    const disputed = model.articles[0]!.reviewedClaims.find((c) => c.verdict === 'disputed')!;
    expect(disputed.text).toBe(NASTY);
    expect(disputed.rationale).toBe(NASTY_RATIONALE);
    expect(disputed.corrections).toEqual([expect.objectContaining({ fromVerdict: 'verified', toVerdict: 'disputed', actor: 'Ada Prüferin' })]);
    expect(model.totals).toMatchObject({ verified: 1, disputed: 1 });
  });

  it('CSV parsed back equals the claims in the store, with ; and a BOM for German Excel', async () => {
    const stored = await app.ok('articles.get', { id: articleId });
    for (const [delimiter, bom] of [[',', false], [';', true]] as const) {
      const out = await exportAs('csv', { csvDelimiter: delimiter, csvBom: bom });
      expect(out.content.startsWith('\uFEFF')).toBe(bom);
      const rows = parse(out.content, { columns: true, delimiter, bom: true }) as Record<string, string>[];
      expect(rows).toHaveLength(stored.claims.length);
      for (const claim of stored.claims) {
        const row = rows.find((r) => r.claim_id === claim.id)!;
        expect(row.text).toBe(claim.text);
        expect(row.verdict).toBe(claim.verdict);
        expect(row.rationale).toBe(claim.rationale ?? '');
        expect(row.claimant).toBe(claim.claimant ?? '');
        expect(Number(row.start)).toBe(claim.start);
        expect((row.source_urls ?? '').split(' | ').filter(Boolean)).toEqual(claim.sources.map((s) => s.url));
      }
    }
  });

  it('CSV from the store neutralises a claim, claimant and rationale that would run as formulas; JSON keeps them exact', async () => {
    const { article } = await app.ok('articles.create', {
      text: 'Formel\n=HYPERLINK("http://evil.example","Quelle") sagt die Behörde.\nEin zweiter Satz mit Zahlen: 12 % mehr.',
      title: '+Formel im Titel',
      language: 'de',
    });
    const { text } = await app.ok('articles.get', { id: article.id });
    const start = text.indexOf('=HYPERLINK');
    const created = await app.ok('claims.create', { articleId: article.id, start, end: text.indexOf(' sagt'), claimant: '@Behörde' });
    await app.ok('claims.setVerdict', { id: created.id, expectedVersion: created.version, verdict: 'inconclusive', rationale: '-1 Punkt\tund mehr' });
    const csv = (await app.ok('reports.export', { articleId: article.id, format: 'csv' })).content;
    const row = (parse(csv, { columns: true, bom: true }) as Record<string, string>[]).find((r) => r.claim_id === created.id)!;
    expect(row.text).toBe(`'${created.text}`);
    expect(row.claimant).toBe("'@Behörde");
    expect(row.rationale).toBe("'-1 Punkt\tund mehr");
    expect(row.article_title).toBe("'+Formel im Titel");
    const json = JSON.parse((await app.ok('reports.export', { articleId: article.id, format: 'json' })).content) as { articles: Array<{ reviewedClaims: Array<{ id: string; text: string; claimant: string }> }> };
    const exact = json.articles[0]!.reviewedClaims.find((c) => c.id === created.id)!;
    expect(exact.text).toBe(created.text);
    expect(exact.claimant).toBe('@Behörde');
  });

  it('ClaimReview has every required field for each reviewed claim, and refuses without organisation settings', async () => {
    const out = await exportAs('claimreview');
    const reviews = JSON.parse(out.content) as Array<Record<string, any>>;
    expect(reviews).toHaveLength(2);
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(r.claimReviewed).toEqual(expect.any(String));
      expect(r.url).toMatch(/^https:\/\/faktencheck\.example\.org\/checks#claim-/);
      expect(r.author).toMatchObject({ '@type': 'Organization', name: 'Faktencheck <Nord>' });
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(r.reviewRating.worstRating);
      expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(r.reviewRating.bestRating);
      expect(r.reviewRating.alternateName).toEqual(expect.any(String));
      expect(r.itemReviewed.appearance[0].url ?? r.itemReviewed.appearance.url).toBe('https://news.example.org/haushalt');
    }
    expect(reviews.find((r) => r.reviewRating.alternateName === 'Falsch')).toBeDefined();
    expect(out.warnings.some((w) => /75/.test(w))).toBe(true);

    await app.ok('settings.set', { organisationUrl: null });
    expect(await app.dispatch('reports.export', { articleId, format: 'claimreview' })).toMatchObject({ ok: false, error: { code: 'report', message: expect.stringMatching(/Settings/) } });
  });

  it('HTML and Markdown keep every payload inert and intact', async () => {
    const html = (await exportAs('html')).content;
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('🙂');
    const md = (await exportAs('md')).content;
    // Markdown keeps the characters, escaped so that no renderer reads them as HTML.
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('Faktencheck');
  });

  it('the PDF text layer contains each reviewed claim and source', async () => {
    const out = await exportAs('pdf');
    expect(out.encoding).toBe('base64');
    const bytes = new Uint8Array(Buffer.from(out.content, 'base64'));
    const { text } = await extractText(bytes, { mergePages: true });
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(text)).toContain(squash('Der Bundestag beschloss am Freitag den Haushalt mit 480 Milliarden Euro.'));
    expect(squash(text)).toContain(squash('https://destatis.example.org/steuer?a=1&b=2'));
    expect(squash(text)).toContain('alert(1)');
  });

  it('a selection of claims and --all work; exactly one scope is required', async () => {
    const some = JSON.parse((await app.ok('reports.export', { claimIds: claimIds.slice(0, 1), format: 'json' })).content);
    expect([...some.articles[0].reviewedClaims, ...some.articles[0].unreviewedClaims]).toHaveLength(1);
    expect((await app.dispatch('reports.export', { format: 'json' })).ok).toBe(false);
    expect((await app.dispatch('reports.export', { all: true, articleId, format: 'json' })).ok).toBe(false);
    expect((await app.dispatch('reports.export', { articleId: 'missing', format: 'json' }))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // A selection larger than SQLite binds in one statement is read in chunks, not refused.
    const many = [...claimIds, ...Array.from({ length: 40_000 }, (_, i) => `missing-${i}`)];
    expect(await app.dispatch('reports.export', { claimIds: many, format: 'json' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const twice = JSON.parse((await app.ok('reports.export', { claimIds: [...claimIds, ...claimIds], format: 'json' })).content);
    expect(twice.totals.verified + twice.totals.disputed + twice.totals.unreviewed + twice.totals.inconclusive).toBe(claimIds.length);
  });

  it('claimdesk report writes every format to a file', async () => {
    await app.close();
    const run = promisify(execFile);
    for (const format of ['md', 'html', 'pdf', 'csv', 'json', 'claimreview']) {
      const out = path.join(app.dir, `report.${format}`);
      await run(process.execPath, [path.resolve(__dirname, '../../bin/claimdesk.js'), 'report', articleId, '--format', format, '-o', out, '--db', app.dbPath]);
      expect(fs.statSync(out).size).toBeGreaterThan(100);
    }
    const all = await run(process.execPath, [path.resolve(__dirname, '../../bin/claimdesk.js'), 'report', '--all', '--format', 'json', '--db', app.dbPath]);
    expect(JSON.parse(all.stdout).scope).toEqual({ kind: 'all' });
    app = await openTestApp({ dir: app.dir });
  });
});
