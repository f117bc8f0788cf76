// Bidi controls in user text (U+200E/F, U+202A–E, U+2066–9) are invisible formatting marks. The
// PDF lays text out in logical order without a bidi pass, and its fonts have no glyph for the
// isolates: they were drawn as empty boxes ("Evil ▯isolate▯") in titles and names. They are
// left out of the PDF, like the variation selectors and joiners already are.
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, it } from 'vitest';
import { renderReport } from '../../src/main/core/report/render';
import { claimsOf, sampleModel } from '../fixtures/report/sample-model';

it('draws no bidi control characters in the PDF, and keeps the text around them', async () => {
  const model = sampleModel();
  for (const { claim } of claimsOf(model)) {
    claim.claimant = 'Anna \u2066Probe\u2069 \u202Bzwei\u202C';
    for (const source of claim.sources) source.title = 'Evil \u2066isolate\u2069 \u202Egnp.exe\u202C \u200Fmark\u200E text';
  }
  const report = await renderReport(model, 'pdf', {});
  const pdf = await getDocumentProxy(new Uint8Array(report.body as Uint8Array));
  const { text } = await extractText(pdf, { mergePages: true });
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain('Evilisolategnp.exemarktext');
  expect(flat).toContain('AnnaProbezwei');
  expect([...text].filter((c) => /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u.test(c)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
  // Nothing of them is named as a character the font lacks (the sample's emoji still is).
  expect((report.warnings ?? []).join(' ')).not.toMatch(/[\u2066-\u2069]/u);
});
