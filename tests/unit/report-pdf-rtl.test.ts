// Arabic and Hebrew in a PDF report: the serif fonts have no glyphs for them (they printed "�"),
// and pdfkit sets text in logical order (an Arabic sentence read word by word backwards). Script
// characters are now set in DejaVu Sans, and lines with right-to-left text are reordered by the
// Unicode bidi algorithm. pdf.js reads a PDF's text in visual order and turns RTL runs back into
// logical order: a sentence drawn in the wrong word order comes back scrambled.
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, it } from 'vitest';
import { renderReport } from '../../src/main/core/report/render';
import { claimsOf, sampleModel } from '../fixtures/report/sample-model';

const ARABIC_CLAIM = 'قالت الهيئة إن عدد الزوار ارتفع إلى 12 ألفا في شهر واحد (وفق الدفاتر).';
const ARABIC_NAME = 'مديرة المتحف';
const HEBREW_RATIONALE = 'Die Zahl stammt aus dem Jahresbericht: הדוח השנתי של המוזיאון מאשר את המספר הזה.';
const HEBREW_CLAIM = 'ראש העירייה אמר כי נבנו 40 גנים חדשים בשנה שעברה.';

async function pdfText(model = sampleModel()) {
  const report = await renderReport(model, 'pdf', {});
  const pdf = await getDocumentProxy(new Uint8Array(report.body as Uint8Array));
  const { text } = await extractText(pdf, { mergePages: true });
  return { text, warnings: report.warnings ?? [] };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

it('draws Arabic and Hebrew claims, names and rationales in reading order, without replacement characters', async () => {
  const model = sampleModel();
  const [first, second] = claimsOf(model);
  first!.claim.text = ARABIC_CLAIM;
  first!.claim.claimant = ARABIC_NAME;
  first!.claim.rationale = HEBREW_RATIONALE;
  second!.claim.text = HEBREW_CLAIM;
  const { text, warnings } = await pdfText(model);
  const flat = squash(text);

  // No warning names a letter of either script (the sample's emoji still is named).
  expect(warnings.join(' ')).not.toMatch(/[\u0590-\u06FF]/u);
  expect(warnings.join(' ')).toContain('🙂');
  // Each comes back in logical order. (pdf.js splits a line at a number and puts the parts in
  // its own order, so the Arabic is checked part by part.)
  expect(flat).toContain('قالت الهيئة إن عدد الزوار ارتفع إلى');
  expect(flat).toContain('ألفا في شهر واحد');
  expect(flat).toContain('وفق الدفاتر');
  expect(flat).toContain(ARABIC_NAME);
  expect(flat).toContain('Die Zahl stammt aus dem Jahresbericht:');
  expect(flat).toContain('הדוח השנתי של המוזיאון מאשר את המספר הזה');
  expect(flat).toContain('ראש העירייה אמר כי נבנו');
  expect(flat).toContain('גנים חדשים בשנה שעברה');
  expect(flat).not.toContain('\uFFFD\uFFFD');
});

it('wraps a long right-to-left rationale over lines, each line in reading order', async () => {
  const model = sampleModel();
  // (No lam-alef ligature: pdf.js reads its two letters back swapped, a text-layer quirk of the
  // ligature's one glyph, not of the order drawn.)
  const long = 'هذا نص تجريبي طويل يشرح سبب الحكم على القول ويذكر المصادر التي رجعنا إليها واحدا بعد واحد حتى يمتد على عدة أسطر في التقرير المطبوع';
  claimsOf(model)[0]!.claim.rationale = long;
  const { text } = await pdfText(model);
  // Line breaks may fall anywhere between words; the words keep their order.
  expect(squash(text)).toContain(long);
});

it('sets a report without right-to-left text as before: no Arabic or Hebrew font work', async () => {
  const { text, warnings } = await pdfText();
  expect(text).toContain('Die Arbeitslosenquote lag im Dezember bei 5,9 Prozent.');
  expect(warnings).toHaveLength(1);
});
