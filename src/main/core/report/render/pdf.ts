// PDF with pdfkit and embedded DejaVu fonts: works in plain Node (CI, CLI, server) as well as in
// Electron. Mirrors the HTML layout: title block, totals, methodology, then per article its
// metadata, a summary table, every reviewed claim as a block, and the unreviewed claims listed
// apart. Running header with the organisation name, "Page N of M" footer (bufferPages).
// Text is set with the Typesetter of pdf-layout.ts (pdfkit's doc.text() was too slow for
// 10,000 claims); shapes, links, outline and destinations are pdfkit's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Language, Source, Verdict } from '../../../../shared/domain';
import type { ReportArticle, ReportClaim, ReportCorrection, ReportModel } from '../../../../shared/report';
import {
  ReportError,
  SUMMARY_VERDICTS,
  opensWithChart,
  reportHeading,
  claimAnchors,
  claimantShown,
  claimantText,
  countAll,
  dateFormatter,
  earlierFactCheckLine,
  inline,
  nonEmpty,
  quoted,
  quotedClaim,
  safeHttpUrl,
  type DateFormatter,
} from './common';
import type { ReportLabels } from './labels';
import { Typesetter, type TextRun, type TextStyle } from './pdf-layout';

// ---------------------------------------------------------------------------------------------
// Fonts

const FONT_FILES = {
  serif: 'DejaVuSerif.ttf',
  'serif-bold': 'DejaVuSerif-Bold.ttf',
  'serif-italic': 'DejaVuSerif-Italic.ttf',
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
} as const;
type FontName = keyof typeof FONT_FILES;

let fontCache: Record<FontName, Buffer> | null = null;

function loadFonts(): Record<FontName, Buffer> {
  if (fontCache) return fontCache;
  let dir: string;
  try {
    // __filename, not import.meta.url: this module also runs compiled to CommonJS (Electron main, Playwright).
    dir = join(dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  } catch (cause) {
    throw new ReportError('font_unavailable', 'The PDF fonts (package dejavu-fonts-ttf) are not installed.', { cause });
  }
  const loaded = {} as Record<FontName, Buffer>;
  for (const [name, file] of Object.entries(FONT_FILES) as [FontName, string][]) {
    try {
      loaded[name] = readFileSync(join(dir, file));
    } catch (cause) {
      throw new ReportError('font_unavailable', `The PDF font ${file} could not be read from ${dir}.`, { cause });
    }
  }
  fontCache = loaded;
  return loaded;
}

// Arabic and Hebrew: DejaVu Serif has neither, DejaVu Sans (regular and bold) has both, so text in
// those scripts is set in DejaVu Sans whatever the style's font. No other font is read. Noto Sans
// Arabic (@fontsource) was tried and dropped: it draws letters as shared dotless shapes plus dot
// marks, and a PDF maps each glyph to one character, so copying or searching Arabic text in the
// PDF gave wrong letters and control characters; DejaVu Sans has a glyph per letter form and
// reads back as the letters.
/** The script font family for a code point, if it is Hebrew or Arabic. */
function scriptOf(cp: number): 'arabic' | 'hebrew' | null {
  if ((cp >= 0x0590 && cp <= 0x05ff) || (cp >= 0xfb1d && cp <= 0xfb4f)) return 'hebrew';
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff)) return 'arabic';
  if ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc)) return 'arabic';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Page and colours

const PAGE = { size: 'A4', top: 68, bottom: 62, left: 62, right: 62 } as const;

const COLOR = {
  ink: '#1f2328',
  muted: '#5b6169',
  rule: '#d6d2ca',
  accent: '#2b4a6f',
  quote: '#2b3036',
} as const;

const VERDICT_COLOR: Record<Verdict, { fg: string; bg: string; border: string }> = {
  verified: { fg: '#1e6b34', bg: '#e5f2e8', border: '#9ac8a6' },
  disputed: { fg: '#a11d1d', bg: '#fbe9e9', border: '#e2a3a3' },
  inconclusive: { fg: '#7a4d00', bg: '#fdf2dc', border: '#e3c27c' },
  unreviewed: { fg: '#4b4f55', bg: '#eeeeee', border: '#c6c6c6' },
};

// Letter-spacing of the small upper-case labels. Kept small: from about 0.6 pt, pdf.js reads
// "S U M M A R Y" out of the text layer, which hurts search, copy and screen readers.
const LABEL_TRACKING = 0.3;

type StyleFont = FontName | 'Helvetica';

const style = (font: StyleFont, size: number, color: string, tracking?: number): TextStyle =>
  Object.freeze(tracking ? { font, size, color, tracking } : { font, size, color });

/** Text styles of the report (font, size, colour, tracking). */
const ST = {
  orgName: style('sans-bold', 8.5, COLOR.muted, LABEL_TRACKING),
  reportTitle: style('serif-bold', 24, COLOR.ink),
  generatedLine: style('sans', 9, COLOR.muted),
  label: style('sans-bold', 7.5, COLOR.muted, LABEL_TRACKING),
  note: style('serif-italic', 9.5, COLOR.muted),
  count: style('sans-bold', 9.5, COLOR.ink),
  tableCount: style('sans', 9.5, COLOR.ink),
  methodology: style('serif', 9.5, '#33383e'),
  articleTitle: style('serif-bold', 16, COLOR.ink),
  metaLabel: style('sans', 8.5, COLOR.muted),
  metaValue: style('sans', 8.5, COLOR.ink),
  metaLink: style('sans', 8.5, COLOR.accent),
  claimNo: style('sans-bold', 8.5, COLOR.muted),
  rating: style('sans-bold', 9, COLOR.ink),
  corrected: style('serif-italic', 8.5, COLOR.muted),
  quote: style('serif', 12, COLOR.quote),
  claimantLabel: style('sans-bold', 8.5, COLOR.ink),
  claimant: style('sans', 8.5, COLOR.muted),
  body: style('serif', 9.5, COLOR.ink),
  sourceNo: style('sans', 8.5, COLOR.muted),
  sourceTitle: style('sans-bold', 8.5, COLOR.ink),
  sourceTitleLink: style('sans-bold', 8.5, COLOR.accent),
  sourceDetails: style('sans', 8.5, COLOR.muted),
  urlLink: style('Helvetica', 7.5, COLOR.accent),
  url: style('Helvetica', 7.5, COLOR.muted),
  urlLinkDejaVu: style('sans', 7.5, COLOR.accent),
  urlDejaVu: style('sans', 7.5, COLOR.muted),
  excerpt: style('serif-italic', 8.5, '#3d4349'),
  reviewer: style('sans', 8, COLOR.muted),
  correction: style('sans', 8.5, COLOR.ink),
  correctionWhy: style('sans', 8.5, COLOR.muted),
  bullet: style('serif', 9.5, COLOR.muted),
  unreviewed: style('serif', 9.5, COLOR.quote),
  furniture: style('sans', 7.5, COLOR.muted),
  furnitureBold: style('sans-bold', 7.5, COLOR.muted),
} as const;

const BADGE: Record<Verdict, TextStyle> = {
  verified: style('sans-bold', 7, VERDICT_COLOR.verified.fg, LABEL_TRACKING),
  disputed: style('sans-bold', 7, VERDICT_COLOR.disputed.fg, LABEL_TRACKING),
  inconclusive: style('sans-bold', 7, VERDICT_COLOR.inconclusive.fg, LABEL_TRACKING),
  unreviewed: style('sans-bold', 7, VERDICT_COLOR.unreviewed.fg, LABEL_TRACKING),
};

export interface PdfResult {
  bytes: Uint8Array;
  warnings: string[];
}

const PRINTABLE_ASCII = /^[\x20-\x7E]+$/;

// Characters the layout has no use for: C0/C1 controls except line feed, and tabs (→ space).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/**
 * Bidi marks, embeddings, overrides and isolates: invisible formatting the PDF layout does not
 * apply (it sets text in logical order), and which its fonts draw as empty boxes.
 */
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export async function renderPdf(model: ReportModel, labels: ReportLabels): Promise<PdfResult> {
  const writer = new PdfWriter(model, labels);
  return writer.render();
}

class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly ts: Typesetter;
  private readonly fmt: DateFormatter;
  private readonly anchors: Map<string, string>;
  private readonly left = PAGE.left;
  private readonly width: number;
  private readonly missingGlyphs = new Set<string>();
  private readonly coverage = new Map<string, Map<number, boolean>>();
  private readonly badgeLabels = new Map<Verdict, { label: string; width: number }>();

  constructor(
    private readonly model: ReportModel,
    private readonly labels: ReportLabels,
  ) {
    const orgName = nonEmpty(model.organisation.name);
    const generated = new Date(model.generatedAt);
    this.doc = new PDFDocument({
      size: PAGE.size,
      margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
      bufferPages: true,
      autoFirstPage: true,
      compress: true,
      lang: labels.locale,
      displayTitle: true,
      info: {
        Title: orgName ? `${labels.reportTitle} – ${orgName}` : labels.reportTitle,
        Author: orgName ?? '',
        Creator: model.generator,
        Producer: model.generator,
        ...(Number.isNaN(generated.getTime()) ? {} : { CreationDate: generated, ModDate: generated }),
      },
    });
    const fonts = loadFonts();
    for (const name of Object.keys(fonts) as FontName[]) this.doc.registerFont(name, fonts[name]);
    this.doc.font('serif');
    this.ts = new Typesetter(this.doc, { scriptFont: (font, cp) => this.scriptFontFor(font, cp) });
    this.fmt = dateFormatter(labels);
    this.anchors = claimAnchors(model);
    this.width = this.doc.page.width - PAGE.left - PAGE.right;
  }

  async render(): Promise<PdfResult> {
    const doc = this.doc;
    const chunks: Buffer[] = [];
    const done = new Promise<void>((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve());
      doc.on('error', (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))));
    });

    this.titleBlock();
    this.methodology();
    if (this.model.articles.length === 0) this.note(this.labels.noArticles);
    this.model.articles.forEach((article, i) => this.article(article, i));
    this.colophon();
    this.ts.flush();
    this.headersAndFooters();
    this.ts.flush();

    doc.end();
    await done;
    const buffer = Buffer.concat(chunks);
    const warnings: string[] = [];
    if (this.missingGlyphs.size > 0) {
      const sample = [...this.missingGlyphs].slice(0, 12).join(' ');
      warnings.push(
        `Some characters are not in the PDF font and are shown as \uFFFD (the HTML export shows them): ${sample}`,
      );
    }
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), warnings };
  }

  // -------------------------------------------------------------------------------------------
  // Primitives

  private get maxY(): number {
    return this.doc.page.height - PAGE.bottom;
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.maxY) this.doc.addPage();
  }

  /**
   * User text cleaned for the layout in `font`. Characters the font lacks (emoji, most CJK)
   * become U+FFFD, which DejaVu draws and which reads back as "replacement character" rather than
   * NUL; they are also recorded for a warning. Variation selectors, joiners and bidi controls are dropped.
   */
  private clean(text: string, font: StyleFont): string {
    let cleaned = text.replace(/\r\n?|\u2028|\u2029/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '').replace(BIDI_CONTROL, '');
    // Fast path: DejaVu covers Latin, Greek, Cyrillic and common punctuation; only check the rest.
    if (/[^\u0000-\u024F\u2000-\u206F]/.test(cleaned)) {
      cleaned = cleaned.replace(/[\uFE00-\uFE0F\u200D]/g, '');
      if (this.checkGlyphs(cleaned, font)) cleaned = this.replaceMissing(cleaned, font);
    }
    return cleaned;
  }

  private replaceMissing(text: string, font: StyleFont): string {
    const cache = this.coverage.get(font);
    let out = '';
    for (const ch of text) out += cache?.get(ch.codePointAt(0) ?? 0) === false ? '\uFFFD' : ch;
    return out;
  }

  /**
   * The font that draws an Arabic or Hebrew character in text set in `font`, or null if it is
   * neither or `font` is already the one.
   */
  private scriptFontFor(font: string, cp: number): string | null {
    if (!scriptOf(cp)) return null;
    const name = font.endsWith('-bold') ? 'sans-bold' : 'sans';
    return font === name ? null : name;
  }

  /** Records characters of `text` that `font` cannot draw; true if there were any. */
  private checkGlyphs(text: string, fontName: StyleFont): boolean {
    let cache = this.coverage.get(fontName);
    if (!cache) {
      cache = new Map();
      this.coverage.set(fontName, cache);
    }
    const font = this.ts.font(fontName).font;
    const has = font?.hasGlyphForCodePoint;
    if (typeof has !== 'function') return false;
    let missing = false;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x250) continue;
      let ok = cache.get(cp);
      if (ok === undefined) {
        ok = has.call(font, cp);
        if (!ok) {
          // Arabic and Hebrew are set in a script font (see Typesetter); ask that one.
          const script = this.scriptFontFor(fontName, cp);
          const other = script ? this.ts.font(script).font : undefined;
          ok = typeof other?.hasGlyphForCodePoint === 'function' && other.hasGlyphForCodePoint(cp);
        }
        cache.set(cp, ok);
      }
      if (!ok) {
        this.missingGlyphs.add(ch);
        missing = true;
      }
    }
    return missing;
  }

  /** User text as one run in `style`, cleaned for its font. */
  private run(style: TextStyle, text: string, link?: string | null): TextRun {
    return { style, text: this.clean(text, style.font as StyleFont), link };
  }

  /** A paragraph of user text at the left margin, full width, from doc.y. */
  private write(style: TextStyle, text: string, options: { lineGap?: number; link?: string | null } = {}): void {
    this.ts.paragraph([this.run(style, text, options.link)], this.left, this.width, options);
  }

  private writeAt(x: number, width: number, style: TextStyle, text: string, options: { lineGap?: number } = {}): void {
    this.ts.paragraph([this.run(style, text)], x, width, options);
  }

  private gap(points: number): void {
    this.doc.y += points;
  }

  private rule(color: string = COLOR.rule, weight = 0.6): void {
    const y = this.doc.y;
    this.doc
      .save()
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(weight)
      .strokeColor(color)
      .stroke()
      .restore();
  }

  /** Small upper-case section label, kept with at least `keep` points of what follows. */
  private sectionLabel(text: string, keep = 40): void {
    this.ensureSpace(keep);
    this.write(ST.label, text.toLocaleUpperCase(this.labels.locale));
    this.gap(3);
  }

  private note(text: string): void {
    this.write(ST.note, text);
    this.gap(4);
  }

  /** A coloured verdict label with its name (never colour alone). Returns its width. */
  private badge(verdict: Verdict, x: number, y: number): number {
    const colors = VERDICT_COLOR[verdict];
    let b = this.badgeLabels.get(verdict);
    if (!b) {
      const label = this.labels.verdicts[verdict].toLocaleUpperCase(this.labels.locale);
      b = { label, width: this.ts.widthOf(BADGE[verdict], label) + 11 };
      this.badgeLabels.set(verdict, b);
    }
    const h = 13;
    this.doc.save().roundedRect(x, y, b.width, h, 2).lineWidth(0.6).fillAndStroke(colors.bg, colors.border).restore();
    this.ts.line(BADGE[verdict], b.label, x + 5.5, y + 3.3);
    return b.width;
  }

  // -------------------------------------------------------------------------------------------
  // Sections

  private titleBlock(): void {
    const { model, labels } = this;
    const orgName = nonEmpty(model.organisation.name);
    this.doc.y = PAGE.top - 8;
    if (orgName) {
      const url = safeHttpUrl(model.organisation.url);
      this.write(ST.orgName, inline(orgName).toLocaleUpperCase(labels.locale), { link: url });
      this.gap(4);
    }
    this.write(ST.reportTitle, reportHeading(model, labels));
    if (model.scope.kind === 'claimant') {
      const name = model.scope.claimantName;
      const others = model.scope.aliases.filter((a) => a !== name);
      if (others.length) this.write(ST.generatedLine, `${labels.alsoSeenAs}: ${others.join(', ')}`);
    }
    this.gap(4);
    this.write(ST.generatedLine, `${labels.generated}: ${this.fmt.dateTime(model.generatedAt)} · ${labels.claimCount(countAll(model.totals))}`);
    this.gap(10);

    // Totals as a row of labelled counts.
    let x = this.left;
    const y = this.doc.y;
    for (const v of SUMMARY_VERDICTS) {
      const w = this.badge(v, x, y);
      const count = String(model.totals[v]);
      x += w + 5 + this.ts.line(ST.count, count, x + w + 5, y + 1.6) + 16;
    }
    this.doc.x = this.left;
    this.doc.y = y + 24;
    if (opensWithChart(model)) this.verdictChart();
    this.rule(COLOR.ink, 0.8);
    this.gap(2);
    this.rule(COLOR.ink, 0.8);
    this.gap(18);
  }

  /** The verdict summary as bars (desk and claimant reports): one bar per verdict, count and share. */
  private verdictChart(): void {
    const { model, labels, doc } = this;
    const total = Math.max(1, countAll(model.totals));
    this.write(ST.generatedLine, labels.verdictChart);
    this.gap(4);
    const labelW = 110;
    const barW = Math.min(300, this.width - labelW - 80);
    let y = doc.y;
    for (const v of SUMMARY_VERDICTS) {
      const n = model.totals[v];
      this.ts.line(ST.generatedLine, labels.verdicts[v], this.left, y + 2);
      doc.save().rect(this.left + labelW, y, barW, 12).fill('#f1efe9').restore();
      if (n > 0) doc.save().rect(this.left + labelW, y, Math.max(1, (barW * n) / total), 12).fill(VERDICT_COLOR[v].fg).restore();
      this.ts.line(ST.generatedLine, `${n} (${Math.round((100 * n) / total)} %)`, this.left + labelW + barW + 8, y + 2);
      y += 17;
    }
    doc.x = this.left;
    doc.y = y + 8;
  }

  private methodology(): void {
    this.sectionLabel(this.labels.methodology);
    const text = nonEmpty(this.model.organisation.methodology);
    if (!text) return this.note(this.labels.noMethodology);
    this.write(ST.methodology, text.trim(), { lineGap: 2 });
    this.gap(6);
  }

  private article(article: ReportArticle, index: number): void {
    const { labels, doc } = this;
    if (index > 0) doc.addPage();
    else this.gap(16);
    this.ensureSpace(160);
    doc.outline.addItem(article.title || labels.article);

    this.write(ST.articleTitle, article.title || labels.article, { lineGap: 1 });
    this.gap(6);

    const rows: [string, string, string | null][] = [];
    if (nonEmpty(article.publisher)) rows.push([labels.outlet, inline(article.publisher ?? ''), null]);
    if (nonEmpty(article.author)) rows.push([labels.author, inline(article.author ?? ''), null]);
    if (nonEmpty(article.publishedAt)) rows.push([labels.published, this.fmt.date(article.publishedAt ?? ''), null]);
    if (nonEmpty(article.url)) rows.push([labels.url, inline(article.url ?? ''), safeHttpUrl(article.url)]);
    const labelWidth = 78;
    for (const [label, value, link] of rows) {
      const y = doc.y;
      this.ts.line(ST.metaLabel, label, this.left, y, { width: labelWidth - 6 });
      doc.y = y;
      const style = link ? ST.metaLink : ST.metaValue;
      this.ts.paragraph([this.run(style, value, link)], this.left + labelWidth, this.width - labelWidth);
      this.gap(1.5);
    }
    this.gap(10);

    this.sectionLabel(labels.summary, 110);
    this.summaryTable(article);
    this.gap(14);

    this.sectionLabel(labels.reviewedClaims, 120);
    if (article.reviewedClaims.length === 0) this.note(labels.noReviewedClaims);
    article.reviewedClaims.forEach((claim, i) => this.claim(claim, i + 1, article.language));

    if (article.unreviewedClaims.length > 0) {
      this.gap(10);
      this.sectionLabel(labels.unreviewedClaims, 60);
      this.note(labels.unreviewedNote);
      for (const claim of article.unreviewedClaims) this.unreviewedItem(claim, article.language);
    }
  }

  private summaryTable(article: ReportArticle): void {
    const doc = this.doc;
    const tableWidth = 170;
    const rowH = 19;
    for (const v of SUMMARY_VERDICTS) {
      const y = doc.y;
      this.badge(v, this.left, y + 2.5);
      this.ts.line(ST.tableCount, String(article.counts[v]), this.left, y + 4.5, { width: tableWidth, align: 'right' });
      doc.y = y + rowH;
      this.rule(COLOR.rule, 0.5);
    }
    const y = doc.y;
    this.ts.line(ST.count, this.labels.total, this.left, y + 5);
    this.ts.line(ST.count, String(countAll(article.counts)), this.left, y + 5, { width: tableWidth, align: 'right' });
    doc.x = this.left;
    doc.y = y + rowH;
  }

  private claim(claim: ReportClaim, n: number, language: Language): void {
    const { doc, labels, ts } = this;
    // Keep the head, the quote's first lines and the claimant together.
    this.ensureSpace(110);
    this.gap(6);
    this.rule();
    this.gap(12);
    const anchor = this.anchors.get(claim.id);
    if (anchor) doc.addNamedDestination(anchor);

    // Head: "Claim 3  [DISPUTED]  False  · Corrected"
    const y = doc.y;
    const right = this.left + this.width;
    let x = this.left + ts.line(ST.claimNo, labels.claimNumber(n), this.left, y + 2.2) + 8;
    x += this.badge(claim.verdict, x, y) + 8;
    const rating = nonEmpty(claim.ratingLabel);
    if (rating) {
      const r = this.clean(inline(rating), ST.rating.font as StyleFont);
      x += ts.line(ST.rating, r, x, y + 1.8, { width: Math.max(0, right - x) }) + 8;
    }
    if (claim.corrections.length > 0 && x < right - 60) {
      ts.line(ST.corrected, labels.corrected, x, y + 2.2);
    }
    doc.x = this.left;
    doc.y = y + 21;

    // The claim as quoted, with a bar in the verdict's colour.
    this.quoteWithBar(claim.verdict, quotedClaim(claim.text, claim.kind, language));
    this.gap(7);

    // Claimant and kind.
    ts.paragraph(
      [
        { style: ST.claimantLabel, text: `${labels.claimant}: ` },
        this.run(ST.claimant, `${inline(claimantShown(claim, labels))} · ${labels.kinds[claim.kind]}`),
      ],
      this.left,
      this.width,
    );
    this.gap(9);

    this.sectionLabel(labels.rationale, 30);
    const rationale = nonEmpty(claim.rationale);
    if (rationale) {
      this.write(ST.body, rationale.trim(), { lineGap: 1.5 });
      this.gap(8);
    } else this.note(labels.noRationale);

    this.sectionLabel(labels.sources, 34);
    if (claim.sources.length === 0) this.note(labels.noSources);
    claim.sources.forEach((source, i) => this.source(source, i + 1, language));
    this.gap(4);

    if (claim.earlierFactChecks.length > 0) {
      this.sectionLabel(labels.earlierFactChecks, 30);
      for (const f of claim.earlierFactChecks) {
        this.ensureSpace(24);
        this.writeAt(this.left + 10, this.width - 10, ST.correction, `– ${earlierFactCheckLine(f, labels, this.fmt, language)}`);
        this.url(this.left + 19, this.width - 19, f.url, safeHttpUrl(f.url));
      }
      this.gap(4);
    }

    const reviewer = nonEmpty(claim.reviewer) ?? labels.reviewerUnknown;
    const when = nonEmpty(claim.reviewedAt) ? ` ${labels.reviewedOn} ${this.fmt.date(claim.reviewedAt ?? '')}` : '';
    this.ensureSpace(14);
    this.write(ST.reviewer, `${labels.reviewedBy} ${inline(reviewer)}${when}`);

    if (claim.corrections.length > 0) {
      this.gap(7);
      this.sectionLabel(labels.corrections, 30);
      for (const c of claim.corrections) this.correction(c);
    }
    this.gap(8);
  }

  /** Text indented with a coloured bar on its left, also across page breaks. */
  private quoteWithBar(verdict: Verdict, text: string): void {
    const doc = this.doc;
    const indent = 12;
    const startPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
    const startY = doc.y;
    this.writeAt(this.left + indent, this.width - indent, ST.quote, text, { lineGap: 2 });
    const endPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
    const endY = doc.y;
    const color = VERDICT_COLOR[verdict].border;
    const bar = (from: number, to: number) =>
      doc.save().rect(this.left, from, 3, Math.max(0, to - from)).fill(color).restore();
    if (startPage === endPage) {
      bar(startY, endY - 2);
      return;
    }
    // The quote ran over one or more page breaks: draw each page's part, then come back.
    for (let p = startPage; p <= endPage; p++) {
      doc.switchToPage(p);
      bar(p === startPage ? startY : PAGE.top, p === endPage ? endY - 2 : this.maxY);
    }
    doc.x = this.left;
    doc.y = endY;
  }

  private source(source: Source, n: number, language: Language): void {
    const { doc, labels } = this;
    const indent = 16;
    const x = this.left + indent;
    const w = this.width - indent;
    this.ensureSpace(30);
    const y = doc.y;
    this.ts.line(ST.sourceNo, `${n}.`, this.left, y);

    const link = safeHttpUrl(source.url);
    const title = inline(nonEmpty(source.title) ?? source.url);
    const bits: string[] = [];
    if (nonEmpty(source.publisher)) bits.push(inline(source.publisher ?? ''));
    bits.push(labels.stances[source.stance]);
    if (nonEmpty(source.accessedAt)) bits.push(`${labels.accessed} ${this.fmt.date(source.accessedAt ?? '')}`);
    const snap = source.snapshot;
    if (snap?.status === 'archived' && snap.retrievedAt && snap.sha256) bits.push(`${labels.snapshot} ${this.fmt.date(snap.retrievedAt)}, SHA-256 ${snap.sha256}`);

    // Title and details; the printed URL below carries the link (one annotation per address).
    // Without a title the URL stands in for it and is the link itself (the details are not).
    const titled = nonEmpty(source.title) !== null;
    this.ts.paragraph(
      [
        this.run(titled || !link ? ST.sourceTitle : ST.sourceTitleLink, title, titled ? null : link),
        this.run(ST.sourceDetails, ` · ${bits.join(' · ')}`),
      ],
      x,
      w,
    );

    // The address in full: on paper a link is only as good as its printed URL.
    if (titled) this.url(x, w, source.url, link);
    const archived = nonEmpty(source.archivedUrl);
    if (archived) this.url(x, w, `${labels.archived}: ${archived}`, safeHttpUrl(archived));
    const excerpt = nonEmpty(source.excerpt);
    if (excerpt) {
      this.gap(1.5);
      this.writeAt(x, w, ST.excerpt, quoted(excerpt, language));
    }
    this.gap(5);
  }

  /**
   * A URL as printed text (as stored), linked when http(s). Printable-ASCII URLs (nearly all) are
   * set in the PDF base font Helvetica: every URL is a unique "word", and shaping each one with
   * fontkit is costly. Anything else goes through DejaVu like all other text.
   */
  private url(x: number, width: number, url: string, link: string | null): void {
    const ascii = PRINTABLE_ASCII.test(url);
    const style = ascii ? (link ? ST.urlLink : ST.url) : link ? ST.urlLinkDejaVu : ST.urlDejaVu;
    this.doc.y += 1;
    this.ts.paragraph([ascii ? { style, text: url, link } : this.run(style, url, link)], x, width);
  }

  private correction(c: ReportCorrection): void {
    const { labels } = this;
    const from = labels.verdicts[c.fromVerdict] + (nonEmpty(c.fromRatingLabel) ? ` (${inline(c.fromRatingLabel ?? '')})` : '');
    const to = labels.verdicts[c.toVerdict] + (nonEmpty(c.toRatingLabel) ? ` (${inline(c.toRatingLabel ?? '')})` : '');
    let line = `${this.fmt.date(c.at)}: ${labels.correctionLine(from, to)}`;
    if (nonEmpty(c.actor)) line += ` ${labels.by} ${inline(c.actor ?? '')}`;
    line += '.';
    this.ensureSpace(24);
    this.writeAt(this.left + 10, this.width - 10, ST.correction, `– ${line}`);
    const why = nonEmpty(c.rationale);
    if (why) this.writeAt(this.left + 19, this.width - 19, ST.correctionWhy, why.trim());
    this.gap(3);
  }

  private unreviewedItem(claim: ReportClaim, language: Language): void {
    const { doc } = this;
    this.ensureSpace(24);
    const anchor = this.anchors.get(claim.id);
    if (anchor) doc.addNamedDestination(anchor);
    this.ts.line(ST.bullet, '•', this.left + 2, doc.y);
    const who = claimantText(claim);
    this.writeAt(this.left + 14, this.width - 14, ST.unreviewed, `${quotedClaim(claim.text, claim.kind, language)}${who ? ` — ${inline(who)}` : ''}`, {
      lineGap: 1,
    });
    this.gap(4);
  }

  /** Set when the colophon did not fit under the last content: it goes into the last footer instead. */
  private colophonInFooter = false;

  private colophon(): void {
    // Never a page of its own: a page that holds only the colophon and the footer says nothing.
    if (this.doc.y + 18 + 30 > this.maxY) {
      this.colophonInFooter = true;
      return;
    }
    this.gap(18);
    this.rule();
    this.gap(6);
    this.write(ST.furniture, `${this.labels.generatedBy} ${this.model.generator}`);
  }

  /** Second pass over the buffered pages: running header (from page 2) and "Page N of M" footer. */
  private headersAndFooters(): void {
    const { doc, ts } = this;
    const range = doc.bufferedPageRange();
    const orgName = nonEmpty(this.model.organisation.name);
    const headerLeft = this.clean(orgName ? inline(orgName) : this.labels.reportTitle, ST.furnitureBold.font as StyleFont);
    const headerRight = orgName ? this.labels.reportTitle : this.fmt.date(this.model.generatedAt);
    const footerLeft = `${this.labels.generated} ${this.fmt.date(this.model.generatedAt)}`;
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const page = doc.page;
      if (i > range.start) {
        ts.line(ST.furnitureBold, headerLeft, this.left, 34, { width: this.width * 0.6 });
        ts.line(ST.furniture, headerRight, this.left, 34, { width: this.width, align: 'right' });
        ts.flush();
        doc.save().moveTo(this.left, 47).lineTo(this.left + this.width, 47).lineWidth(0.5).strokeColor(COLOR.rule).stroke().restore();
      }
      const footerY = page.height - 40;
      const last = i === range.start + range.count - 1;
      const footer = last && this.colophonInFooter ? `${footerLeft} · ${this.labels.generatedBy} ${this.model.generator}` : footerLeft;
      ts.line(ST.furniture, footer, this.left, footerY, { width: this.width * 0.75 });
      ts.line(ST.furniture, this.labels.page(i - range.start + 1, range.count), this.left, footerY, {
        width: this.width,
        align: 'right',
      });
      ts.flush();
    }
  }
}
