// PDF: the text layer is read back with unpdf (pdf.js). pdfkit wraps lines, and pdf.js may join
// wrapped lines with or without a space, so text is compared with ALL white space removed: this
// asserts every character of the claim in order, not how it was spaced or wrapped. Characters the
// embedded DejaVu fonts lack (the emoji) are drawn as U+FFFD; the expected text is mapped the
// same way before comparing, and the warning about them is checked separately.
import { extractLinks, extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/main/core/report/render';
import type { ReportModel } from '../../src/shared/report';
import { claimsOf, sampleModel } from '../fixtures/report/sample-model';

const compact = (s: string) => s.replace(/\s+/g, '');
/** What the PDF draws for characters DejaVu lacks. */
const asDrawn = (s: string) => s.replace(/\p{Extended_Pictographic}/gu, '\uFFFD');

async function renderPdf(model: ReportModel, uiLanguage: 'en' | 'de' = 'en') {
  const report = await renderReport(model, 'pdf', { uiLanguage });
  expect(report.body).toBeInstanceOf(Uint8Array);
  const bytes = report.body as Uint8Array;
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const links = await extractLinks(pdf);
  return { report, bytes, totalPages, text, links: links.links };
}

describe('renderReport: PDF', () => {
  it('renders a PDF whose text layer holds every claim and every source URL', async () => {
    const model = sampleModel();
    const { report, bytes, totalPages, text, links } = await renderPdf(model);
    expect(report.mimeType).toBe('application/pdf');
    expect(report.extension).toBe('pdf');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(totalPages).toBeGreaterThanOrEqual(2);

    const flat = compact(text);
    for (const { claim } of claimsOf(model)) {
      expect(flat, claim.id).toContain(compact(asDrawn(claim.text)));
      for (const source of claim.sources) expect(flat, source.url).toContain(compact(source.url));
    }
    // Umlauts and German quotes come through as text, not as boxes.
    expect(text).toContain('äöüß');
    expect(text).toContain('„Wir holen auf“');
    // Header, summary and footer.
    expect(flat).toContain(compact('Faktencheck Süd <script>alert(1)</script> & "Co"'));
    expect(text).toContain('Summary of verdicts'.toUpperCase());
    expect(text).toContain(`Page 1 of ${totalPages}`);
    expect(text).toContain(`Page ${totalPages} of ${totalPages}`);
    expect(flat).toContain(compact(model.organisation.methodology!.split('\n')[0]!));

    // Clickable links for http(s) sources only.
    expect(links).toContain('https://example.org/evidence/c2/1');
    expect(links).toContain('https://news.example.de/bayern/windkraft-2025');
    expect(links.some((l) => /^(javascript|data):/i.test(l))).toBe(false);

    // The emoji is not in DejaVu: no crash, and the user is told.
    expect(report.warnings?.join('\n')).toMatch(/not in the PDF font.*🙂/);
    expect(text).not.toContain('\u0000');
  });

  it('uses German labels with uiLanguage de', async () => {
    const { text, totalPages } = await renderPdf(sampleModel(), 'de');
    // The app's verdict words (Bestätigt / Widerlegt), upper-cased in the badges.
    for (const label of ['BESTÄTIGT', 'WIDERLEGT', 'UNKLAR', 'UNGEPRÜFT', 'BEGRÜNDUNG', 'QUELLEN', 'KORREKTUREN']) {
      expect(text).toContain(label);
    }
    expect(text).not.toMatch(/VERIFIZIERT|BESTRITTEN|Verifiziert|Bestritten/);
    expect(text).toContain(`Seite 1 von ${totalPages}`);
  });

  it('renders an empty report and a report without organisation', async () => {
    const model = sampleModel();
    model.articles = [];
    model.organisation = { name: null, url: null, methodology: null };
    const { report, text } = await renderPdf(model);
    expect(text).toContain('This report contains no articles.');
    expect(report.warnings?.[0]).toMatch(/organisation name/);
  });

  it('keeps long claims whole across page breaks', async () => {
    const model = sampleModel();
    const claim = model.articles[1]!.reviewedClaims[0]!;
    claim.text = Array.from({ length: 400 }, (_, i) => `Satz ${i} mit Umlauten äöü.`).join(' ');
    const { bytes, totalPages } = await renderPdf(model);
    expect(totalPages).toBeGreaterThan(4);
    // Page by page, without the running header and footer (drawn last on each page, so they sit
    // between the parts of a claim that runs over a page break in the merged text).
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text: pages } = await extractText(pdf, { mergePages: false });
    const furniture = [/^Faktencheck Süd .*Fact-check report$/m, /^Generated 4 February 2025 Page \d+ of \d+$/m];
    const body = pages.map((page) => furniture.reduce((t, re) => t.replace(re, ''), page)).join('\n');
    expect(compact(body)).toContain(compact(claim.text));
  });
});
