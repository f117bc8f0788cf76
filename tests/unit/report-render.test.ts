import { parse as parseCsv } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  CLAIMREVIEW_RATINGS,
  CSV_COLUMNS,
  CSV_URL_SEPARATOR,
  ReportError,
  renderReport,
  type RenderedReport,
} from '../../src/main/core/report/render';
import { reportModelSchema, type ReportModel } from '../../src/shared/report';
import { NASTY, SNAPSHOT_SHA256, claimsOf, sampleModel } from '../fixtures/report/sample-model';

function text(report: RenderedReport): string {
  expect(typeof report.body).toBe('string');
  return report.body as string;
}

/** Escaping as the test understands it, written independently of the renderer. */
function htmlEscaped(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('renderReport: CSV', () => {
  for (const delimiter of [',', ';'] as const) {
    for (const bom of [false, true]) {
      it(`round-trips every claim field by field (delimiter ${delimiter}, bom ${bom})`, async () => {
        const model = sampleModel();
        const report = await renderReport(model, 'csv', { csvDelimiter: delimiter, csvBom: bom });
        const body = text(report);
        expect(report.mimeType).toBe('text/csv; charset=utf-8');
        expect(report.extension).toBe('csv');
        expect(body.startsWith('\uFEFF')).toBe(bom);

        const rows = parseCsv(body, { columns: true, delimiter, bom: true }) as Record<string, string>[];
        expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
        const expected = claimsOf(model);
        expect(rows).toHaveLength(expected.length);
        // Text cells as a spreadsheet must get them: formula starts neutralised (OWASP's rule).
        const str = (v: string | number | null) => (v === null ? '' : /^[=+\-@\t\r]/.test(String(v)) ? `'${String(v)}` : String(v));
        expected.forEach(({ article, claim }, i) => {
          const row = rows[i]!;
          expect(row).toEqual({
            article_id: str(article.id),
            article_title: str(article.title),
            article_url: str(article.url),
            article_publisher: str(article.publisher),
            article_published_at: str(article.publishedAt),
            claim_id: str(claim.id),
            anchor: str(claim.anchor),
            start: String(claim.start),
            end: String(claim.end),
            text: str(claim.text),
            claimant: str(claim.claimant),
            claimant_role: str(claim.claimantRole),
            kind: str(claim.kind),
            checkworthiness: String(claim.checkworthiness),
            claim_type: str(claim.claimType),
            verdict: str(claim.verdict),
            rating_label: str(claim.ratingLabel),
            rationale: str(claim.rationale),
            reviewer: str(claim.reviewer),
            reviewed_at: str(claim.reviewedAt),
            first_reviewed_at: str(claim.firstReviewedAt),
            source_count: String(claim.sources.length),
            source_urls: str(claim.sources.map((s) => s.url).join(CSV_URL_SEPARATOR)),
            sources_json: expect.any(String),
            corrections_count: String(claim.corrections.length),
            corrections_json: expect.any(String),
            earlier_factchecks_json: JSON.stringify(claim.earlierFactChecks),
          });
          expect(JSON.parse(row.sources_json!)).toEqual(
            claim.sources.map((s) => ({
              url: s.url,
              title: s.title,
              publisher: s.publisher,
              stance: s.stance,
              archivedUrl: s.archivedUrl,
              accessedAt: s.accessedAt,
              excerpt: s.excerpt,
            })),
          );
          expect(JSON.parse(row.corrections_json!)).toEqual(claim.corrections);
        });
        // The hostile claim survived with its line break, quotes, delimiters, umlauts and emoji.
        expect(rows.some((r) => r.text === NASTY)).toBe(true);
      });
    }
  }

  it('neutralises formula starts (= + - @ TAB CR) in every text column, numbers and JSON cells stay as they are', async () => {
    const model = sampleModel();
    const starts = ['=', '+', '-', '@', '\t', '\r'];
    const article = model.articles[1]!;
    const c8 = article.unreviewedClaims.find((c) => c.id === 'c8')!;
    // Every text column of one claim gets a formula-looking value, cycling through the six starts.
    const payload = (i: number) => `${starts[i % starts.length]}HYPERLINK("http://evil.example","x")`;
    let i = 0;
    article.title = payload(i++);
    article.publisher = payload(i++);
    article.publishedAt = payload(i++);
    c8.text = payload(i++);
    c8.claimant = payload(i++);
    c8.claimantRole = payload(i++);
    c8.ratingLabel = payload(i++);
    c8.rationale = payload(i++);
    c8.reviewer = payload(i++);
    c8.reviewedAt = payload(i++);
    c8.firstReviewedAt = payload(i++);
    c8.anchor = payload(i++);
    c8.start = -3; // a number column: written as a number, never prefixed
    c8.sources = [{ ...article.reviewedClaims[0]!.sources[0]!, claimId: 'c8', title: '=cmd|"/c calc"!A1' }];

    const body = text(await renderReport(model, 'csv', { csvDelimiter: ';', csvBom: true }));
    const rows = parseCsv(body, { columns: true, delimiter: ';', bom: true, relax_quotes: false }) as Record<string, string>[];
    const row = rows.find((r) => r.claim_id === 'c8')!;
    const expectGuarded = (column: string, value: string) => expect(row[column], column).toBe(`'${value}`);
    i = 0;
    for (const column of ['article_title', 'article_publisher', 'article_published_at', 'text', 'claimant', 'claimant_role', 'rating_label', 'rationale', 'reviewer', 'reviewed_at', 'first_reviewed_at', 'anchor']) {
      expectGuarded(column, payload(i++));
    }
    expect(row.start).toBe('-3');
    // A JSON cell begins with [ and stays exact JSON, payload included.
    expect(JSON.parse(row.sources_json!)[0].title).toBe('=cmd|"/c calc"!A1');
    // No cell of any row starts with a formula character any more.
    for (const r of rows) for (const [column, value] of Object.entries(r)) if (column !== 'start' && column !== 'end') expect(value, column).not.toMatch(/^[=+\-@\t\r]/);
    // The raw text is still available to callers that ask for it; JSON stays exact regardless.
    const raw = parseCsv(text(await renderReport(model, 'csv', { csvFormulaGuard: false })), { columns: true }) as Record<string, string>[];
    expect(raw.find((r) => r.claim_id === 'c8')?.text).toBe(c8.text);
    const json = JSON.parse(text(await renderReport(model, 'json'))) as ReportModel;
    expect(json.articles[1]!.unreviewedClaims.find((c) => c.id === 'c8')?.text).toBe(c8.text);
  });
});

describe('renderReport: snapshots', () => {
  it('Markdown and HTML name each archived snapshot with its date and SHA-256; JSON carries the whole snapshot', async () => {
    const model = sampleModel();
    const md = text(await renderReport(model, 'md'));
    expect(md).toContain(`snapshot 20 January 2025, SHA-256 \`${SNAPSHOT_SHA256}\``);
    const html = text(await renderReport(model, 'html'));
    expect(html).toContain(`<code class="hash">${SNAPSHOT_SHA256}</code>`);
    expect(md.match(/SHA-256/g)).toHaveLength(1);
    const json = JSON.parse(text(await renderReport(model, 'json'))) as ReportModel;
    const source = json.articles.flatMap((a) => a.reviewedClaims).flatMap((c) => c.sources).find((s) => s.id === 'c5-s2');
    expect(source?.snapshot).toMatchObject({ status: 'archived', sha256: SNAPSHOT_SHA256 });
  });
});

describe('renderReport: JSON', () => {
  it('is the model as is, valid against the schema', async () => {
    const model = sampleModel();
    const report = await renderReport(model, 'json');
    expect(report.mimeType).toBe('application/json');
    const body = text(report);
    expect(body).toContain('\n  "schemaVersion": 1');
    const parsed: unknown = JSON.parse(body);
    expect(reportModelSchema.parse(parsed)).toEqual(model);
    expect(parsed).toEqual(model);
  });

  it('refuses an invalid model with a ReportError', async () => {
    const broken = { ...sampleModel(), schemaVersion: 2 } as unknown as ReportModel;
    await expect(renderReport(broken, 'json')).rejects.toMatchObject({ name: 'ReportError', code: 'invalid_model' });
  });
});

describe('renderReport: ClaimReview JSON-LD', () => {
  it('publishes one valid ClaimReview per reviewed claim', async () => {
    const model = sampleModel();
    const report = await renderReport(model, 'claimreview');
    expect(report.mimeType).toBe('application/ld+json');
    const body = text(report);
    // Safe to embed in <script type="application/ld+json">: no raw angle brackets.
    expect(body).not.toMatch(/[<>]/);
    const reviews = JSON.parse(body) as Record<string, any>[];
    const reviewed = model.articles.flatMap((a) => a.reviewedClaims.map((claim) => ({ article: a, claim })));
    expect(reviews).toHaveLength(reviewed.length);
    expect(reviews.length).toBeGreaterThan(0);

    const urls = new Set<string>();
    reviews.forEach((review, i) => {
      const { article, claim } = reviewed[i]!;
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(claim.text.trim());
      expect(review.url).toBe(`https://faktencheck.example.org/berichte#${claim.anchor}`);
      urls.add(review.url);
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.datePublished).toBe(claim.firstReviewedAt?.slice(0, 10));
      expect(review.author).toEqual({ '@type': 'Organization', name: model.organisation.name, url: model.organisation.url });

      const rating = review.reviewRating;
      expect(rating['@type']).toBe('Rating');
      expect(rating.bestRating).toBe(CLAIMREVIEW_RATINGS.bestRating);
      expect(rating.worstRating).toBe(CLAIMREVIEW_RATINGS.worstRating);
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
      expect(rating.ratingValue).toBe(CLAIMREVIEW_RATINGS.ratingValue[claim.verdict as 'verified' | 'disputed' | 'inconclusive']);
      expect(rating.alternateName).toBe(claim.ratingLabel ?? { verified: 'Verified', disputed: 'Disputed', inconclusive: 'Inconclusive' }[claim.verdict as 'verified']);

      const item = review.itemReviewed;
      expect(item['@type']).toBe('Claim');
      expect(item.appearance[0]).toMatchObject({ url: article.url, headline: article.title });
      if (claim.claimant) expect(item.author).toMatchObject({ '@type': 'Person', name: claim.claimant });
      else expect(item.author).toEqual({ '@type': 'Organization', name: article.publisher });
    });
    expect(urls.size).toBe(reviews.length);
    // The corrected claim carries its first publication and its modification date.
    expect(reviews.find((r) => r.url.endsWith('#claim-c2'))).toMatchObject({ datePublished: '2025-01-21', dateModified: '2025-01-23' });
    // Mapping is ordered: verified best, disputed worst, inconclusive between.
    const r = CLAIMREVIEW_RATINGS.ratingValue;
    expect(r.disputed).toBe(CLAIMREVIEW_RATINGS.worstRating);
    expect(r.verified).toBe(CLAIMREVIEW_RATINGS.bestRating);
    expect(r.inconclusive).toBeGreaterThan(r.disputed);
    expect(r.inconclusive).toBeLessThan(r.verified);
    // Claims over 75 characters are kept in full, with a warning naming them.
    expect(report.warnings?.join('\n')).toMatch(/75 characters.*claim-c2/);
  });

  it('names the rating in the report language: a German report says "Widerlegt", not "Disputed"', async () => {
    const model = sampleModel();
    model.language = 'de';
    // Claims without a rating label of their own fall back to the verdict's name.
    for (const a of model.articles) for (const c of a.reviewedClaims) c.ratingLabel = null;
    const reviews = JSON.parse(text(await renderReport(model, 'claimreview'))) as Record<string, any>[];
    expect(reviews.length).toBeGreaterThan(0);
    const german = { verified: 'Bestätigt', disputed: 'Widerlegt', inconclusive: 'Unklar' } as Record<string, string>;
    const verdicts = model.articles.flatMap((a) => a.reviewedClaims.map((c) => c.verdict));
    expect(new Set(verdicts).size).toBeGreaterThan(1);
    reviews.forEach((review, i) => {
      expect(review.inLanguage).toBe('de');
      expect(review.reviewRating.alternateName).toBe(german[verdicts[i]!]);
    });
    expect(JSON.stringify(reviews)).not.toMatch(/"(Verified|Disputed|Inconclusive)"/);
    // An English report of the same claims names them in English.
    model.language = 'en';
    const english = JSON.parse(text(await renderReport(model, 'claimreview'))) as Record<string, any>[];
    expect(english.map((r) => r.reviewRating.alternateName)).toEqual(verdicts.map((v) => ({ verified: 'Verified', disputed: 'Disputed', inconclusive: 'Inconclusive' })[v as 'verified']));
    expect(english.every((r) => r.inLanguage === 'en')).toBe(true);
  });

  it('makes anchors unique even if the model repeats one', async () => {
    const model = sampleModel();
    for (const c of model.articles[1]!.reviewedClaims) c.anchor = 'claim-c1';
    const reviews = JSON.parse(text(await renderReport(model, 'claimreview'))) as { url: string }[];
    expect(new Set(reviews.map((r) => r.url)).size).toBe(reviews.length);
  });

  it.each([
    ['name', { name: null }],
    ['name (blank)', { name: '  ' }],
    ['url', { url: null }],
  ])('throws missing_organisation without an organisation %s', async (_label, patch) => {
    const model = sampleModel();
    model.organisation = { ...model.organisation, ...patch };
    const promise = renderReport(model, 'claimreview');
    await expect(promise).rejects.toBeInstanceOf(ReportError);
    await expect(promise).rejects.toMatchObject({ code: 'missing_organisation', message: expect.stringMatching(/Settings/) });
  });

  it('throws invalid_organisation_url for a non-http organisation URL', async () => {
    const model = sampleModel();
    model.organisation.url = 'javascript:alert(1)';
    await expect(renderReport(model, 'claimreview')).rejects.toMatchObject({ code: 'invalid_organisation_url' });
  });

  it('returns an empty array with a warning when nothing is reviewed', async () => {
    const model = sampleModel();
    for (const a of model.articles) {
      a.unreviewedClaims.push(...a.reviewedClaims.map((c) => ({ ...c, verdict: 'unreviewed' as const })));
      a.reviewedClaims = [];
    }
    const report = await renderReport(model, 'claimreview');
    expect(JSON.parse(text(report))).toEqual([]);
    expect(report.warnings?.[0]).toMatch(/No claim/);
  });
});

describe('renderReport: HTML', () => {
  it('is self-contained, script-free and escapes every user string', async () => {
    const model = sampleModel();
    const report = await renderReport(model, 'html');
    expect(report.mimeType).toBe('text/html; charset=utf-8');
    const html = text(report);

    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\ssrc\s*=/i);
    expect(html).not.toMatch(/@import|@font-face|url\(/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).toMatch(/@media print\{[^]*break-inside:avoid/);

    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, iframe, object, embed, img, link, form, [src]').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
    }

    // Links: in-page anchors, or http(s) URLs of the model (sources, archives, articles, organisation).
    const allowed = new Set<string>([model.organisation.url ?? '']);
    for (const a of model.articles) {
      allowed.add(a.url ?? '');
      for (const c of [...a.reviewedClaims, ...a.unreviewedClaims]) {
        for (const s of c.sources) {
          allowed.add(new URL(s.url, 'http://invalid').href);
          if (s.archivedUrl) allowed.add(s.archivedUrl);
        }
      }
    }
    const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        expect(ids.has(href.slice(1)), href).toBe(true);
        continue;
      }
      expect(href, href).toMatch(/^https?:\/\//);
      expect(allowed.has(href), href).toBe(true);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('href="data:');

    // Every claim: an element with its anchor as id, and its text, escaped, in the markup.
    const claims = claimsOf(model);
    expect(doc.querySelectorAll('[id]').length).toBe(ids.size); // ids unique
    for (const { claim } of claims) {
      expect(html).toContain(htmlEscaped(claim.text.trim()));
      const el = doc.getElementById(claim.anchor);
      expect(el, claim.anchor).not.toBeNull();
      expect(squash(el!.textContent ?? '')).toContain(squash(claim.text));
    }
    expect(doc.querySelectorAll('article.claim')).toHaveLength(model.articles.reduce((n, a) => n + a.reviewedClaims.length, 0));
    // Verdicts are labelled with text, not colour alone.
    expect(doc.querySelector('#claim-c2 .verdict')?.textContent).toBe('Disputed');
    expect(doc.querySelector('#claim-c2 .verdict')?.className).toContain('verdict-disputed');
    // Every source appears with its URL as text.
    for (const { claim } of claims) for (const s of claim.sources) expect(doc.body.textContent).toContain(s.url);
    // The organisation name, even hostile, is only text.
    expect(doc.title).toContain('Faktencheck Süd <script>alert(1)</script> & "Co"');
  });

  it('uses German labels with uiLanguage de', async () => {
    const html = text(await renderReport(sampleModel(), 'html', { uiLanguage: 'de' }));
    for (const label of ['Bestätigt', 'Widerlegt', 'Unklar', 'Ungeprüft', 'Begründung', 'Quellen', 'Korrekturen']) {
      expect(html).toContain(label);
    }
    // The app's words, never the report's old ones (the app says Bestätigt / Widerlegt).
    expect(html).not.toMatch(/Verifiziert|Bestritten/);
    expect(html).toContain('<html lang="de-DE">');
    expect(html).not.toContain('>Disputed<');
  });

  it('names the article as the claimant of its own statements, and says "not attributed" for speech without a speaker', async () => {
    const model = sampleModel();
    const reviewed = model.articles[0]!.reviewedClaims;
    Object.assign(reviewed[0]!, { claimant: null, claimantRole: null, kind: 'statement' });
    Object.assign(reviewed[1]!, { claimant: null, claimantRole: null, kind: 'quote' });
    for (const [lang, label, own, unknown] of [['en', 'Claimant', 'the article', 'not attributed'], ['de', 'Urheber', 'der Artikel', 'nicht zugeordnet']] as const) {
      const html = text(await renderReport(model, 'html', { uiLanguage: lang }));
      const md = text(await renderReport(model, 'md', { uiLanguage: lang }));
      expect(html).toContain(`<b>${label}:</b> ${own} ·`);
      expect(html).toContain(`<b>${label}:</b> ${unknown} ·`);
      expect(md).toContain(`**${label}:** ${own}`);
      expect(md).toContain(`**${label}:** ${unknown}`);
    }
  });

  it('warns when the organisation name is missing but still renders', async () => {
    const model = sampleModel();
    model.organisation.name = null;
    const report = await renderReport(model, 'html');
    expect(report.warnings?.[0]).toMatch(/organisation name/);
    expect(text(report)).toContain('<h1>Fact-check report</h1>');
  });
});

describe('renderReport: Markdown', () => {
  it('escapes user text so it renders literally, with links only for http(s)', async () => {
    const model = sampleModel();
    const report = await renderReport(model, 'md');
    expect(report.mimeType).toBe('text/markdown; charset=utf-8');
    const md = text(report);
    expect(md).not.toMatch(/(?<!\\)<script/); // only ever as \<script
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/^#+ not a heading/m);

    // Render it as a Markdown viewer would (GFM) and inspect the result.
    const rendered = await marked.parse(md, { gfm: true });
    // A hard line break counts as white space when comparing text.
    const doc = new JSDOM(rendered.replace(/<br\s*\/?>/g, ' ')).window.document;
    expect(doc.querySelectorAll('script, img, iframe, strong strong').length).toBe(0);
    expect(rendered).not.toMatch(/<(script|img|b|i)\b/);
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(rendered).not.toContain('javascript:alert(1)"');
    const bodyText = squash(doc.body.textContent ?? '');
    for (const { claim } of claimsOf(model)) expect(bodyText).toContain(squash(claim.text));
    // The hostile rationale stays one paragraph of text: no heading, quote or list was injected.
    expect([...doc.querySelectorAll('h1,h2,h3,h4')].some((h) => h.textContent?.includes('not a heading'))).toBe(false);
    expect(bodyText).toContain('# not a heading > not a quote 1. not a list <img src=x onerror=alert(1)>');
    expect(bodyText).toContain('Role with | pipe & [link](javascript:alert(1)) and *stars* _under_ `code`');
    // Sources link to their URLs; the javascript: source does not.
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://example.org/evidence/c2/1');
    expect(hrefs.some((h) => h?.startsWith('javascript:') || h?.startsWith('data:'))).toBe(false);
  });

  it('uses German labels with uiLanguage de', async () => {
    const md = text(await renderReport(sampleModel(), 'md', { uiLanguage: 'de' }));
    expect(md).toContain('# Faktencheck-Bericht');
    expect(md).toContain('Behauptung 2: Widerlegt');
    expect(md).not.toMatch(/Verifiziert|Bestritten|Direktes Zitat|stützt die Behauptung/);
    expect(md).toContain('| Unklar | 1 |');
  });
});

describe('renderReport: errors', () => {
  it('rejects an unknown format', async () => {
    await expect(renderReport(sampleModel(), 'docx' as never)).rejects.toMatchObject({ code: 'unsupported_format' });
  });
});
