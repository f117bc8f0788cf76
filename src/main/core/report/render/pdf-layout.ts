// A small, fast typesetter on top of pdfkit, for the PDF report.
//
// pdfkit's doc.text() is correct but slow for long documents: every call builds an options
// object and a LineWrapper, runs the Unicode line-break state machine over every character,
// measures each word, shapes each line again to encode it, measures it a third time, and writes
// each line as its own `q … cm BT … ET Q` with hex glyph codes and a full-precision colour. For a
// 10,000-claim report that was about two thirds of the PDF time.
//
// This module keeps pdfkit for everything it does once (fonts, subsetting, pages, annotations,
// shapes, the file structure) and sets the text itself:
//   - each space-delimited token is shaped once per font through pdfkit's own font.encode() (so
//     glyph choice, kerning and the font subset are exactly pdfkit's) and cached as a ready-made
//     TJ fragment with its width; printable ASCII in a base-14 font (the URLs in Helvetica) is
//     measured from tables instead;
//   - lines are filled greedily like pdfkit's wrapper: a token's trailing space counts, and a
//     token that does not fit breaks after - / ? or a dash (not before a digit); a word longer
//     than a whole line starts a new line and is cut between characters, measured chunk by
//     chunk so that a 100,000-character word costs linear time (measuring ever-shorter rests of
//     it was quadratic in time and, through the cache, in memory);
//   - the cache of shaped tokens holds short tokens only and is emptied when it grows large, so
//     memory stays bounded whatever the report holds;
//   - a paragraph is one text object per page, with font, colour and character spacing set only
//     when they change, glyph codes as literal strings (half the bytes of hex), handed to the
//     page as bytes.
// A run a plain TJ cannot express (glyphs with x/y offsets: combining marks placed by GPOS) is
// drawn with pdfkit's doc.text() instead.
//
// Right-to-left text (Arabic, Hebrew): pdfkit does no bidi. Only a paragraph that holds such
// characters takes this path, so others cost one regular-expression test:
//   - characters of those scripts go to a script font (the `scriptFont` option, loaded by the
//     caller on first need) when the style's font lacks them, in runs of their own;
//   - fontkit shapes each word and, for an RTL script, returns its glyphs in visual order;
//   - words and the spaces between them are reordered per line by the Unicode bidi algorithm
//     (levels from bidi-js, rule L2 applied to whole words), mirrored brackets are swapped, and
//     a paragraph whose first strong character is RTL is set flush right, as the HTML's dir=auto.
import bidiFactory from 'bidi-js';

/** Glyph position as pdfkit's fonts return it (units of 1/1000 em). */
interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** What is used here of pdfkit's font objects (EmbeddedFont for TTF, StandardFont for the base 14). */
export interface PdfkitFont {
  id: string;
  ascender: number;
  encode(text: string): [string[], GlyphPosition[]];
  lineHeight(size: number, includeGap?: boolean): number;
  ref(): unknown;
  /** fontkit font of an embedded TTF, or the AFM metrics of a base-14 font. */
  font?: {
    hasGlyphForCodePoint?: (cp: number) => boolean;
    characterToGlyph?: (code: number) => string;
    widthOfGlyph?: (glyph: string) => number;
    getKernPair?: (left: string, right: string) => number;
  };
}

/** Advance widths and kerning of printable ASCII in a base-14 font (1/1000 em). */
interface AsciiMetrics {
  widths: Float64Array;
  /** kern[left * 128 + right] */
  kern: Float64Array;
}

interface PdfkitInternals {
  _font: PdfkitFont;
  page: PDFKit.PDFPage & { fonts: Record<string, unknown>; maxY(): number };
}

export interface TextStyle {
  /** A font registered with the document (or a base-14 name such as 'Helvetica'). */
  readonly font: string;
  readonly size: number;
  /** '#rrggbb' */
  readonly color: string;
  /** Character spacing (Tc) in points. */
  readonly tracking?: number;
}

export interface TextRun {
  style: TextStyle;
  text: string;
  /** URI for a link annotation over this run's text, line by line. */
  link?: string | null;
}

interface Piece {
  /**
   * TJ array content without the brackets and the outermost parentheses, e.g. `AB) -12 (C`:
   * pieces joined directly make one line's TJ. Strings are literal (two bytes a glyph for the
   * embedded fonts, one for the base 14) rather than pdfkit's hex: half the bytes to compress.
   */
  tj: string;
  /** Advance in 1/1000 em (kerning included). */
  width: number;
  /** False if a glyph needs an x/y offset, which a TJ run cannot express. */
  simple: boolean;
}

interface FontEntry {
  name: string;
  pdf: PdfkitFont;
  pieces: Map<string, Piece>;
  ascii: AsciiMetrics | null;
}

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/**
 * The metrics pdfkit's StandardFont.encode() uses, as tables: every URL is a new "word", and
 * pdfkit looks each glyph's width and kerning up by glyph name, building a string key per pair.
 */
function asciiMetrics(pdf: PdfkitFont): AsciiMetrics | null {
  const afm = pdf.font;
  const { characterToGlyph, widthOfGlyph, getKernPair } = afm ?? {};
  if (!afm || typeof characterToGlyph !== 'function' || typeof widthOfGlyph !== 'function' || typeof getKernPair !== 'function') {
    return null;
  }
  const widths = new Float64Array(128);
  const kern = new Float64Array(128 * 128);
  const names: string[] = [];
  for (let c = 0x20; c < 0x7f; c++) {
    names[c] = characterToGlyph.call(afm, c);
    widths[c] = widthOfGlyph.call(afm, names[c]!);
  }
  for (let l = 0x20; l < 0x7f; l++) {
    for (let r = 0x20; r < 0x7f; r++) kern[l * 128 + r] = getKernPair.call(afm, names[l]!, names[r]!);
  }
  return { widths, kern };
}

interface LineItem {
  run: number;
  text: string;
  /** Width in points. */
  width: number;
  /** Offset of the text in the paragraph's text (runs joined). */
  at: number;
}

/** Hebrew, Arabic (with Syriac, Thaana, N'Ko … in between) and their presentation forms. */
const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
const isRtlScript = (cp: number): boolean =>
  (cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc);

type Bidi = ReturnType<typeof bidiFactory>;
let bidiInstance: Bidi | null = null;
const bidi = (): Bidi => (bidiInstance ??= bidiFactory());

/** Font for a character of an RTL script in text set in `font`, or null to keep `font`. */
export type ScriptFontResolver = (font: string, codePoint: number) => string | null;

export interface TypesetterOptions {
  scriptFont?: ScriptFontResolver;
}

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/** Bytes of a literal PDF string: the delimiters, the escape and line ends escaped. */
const LITERAL: string[] = Array.from({ length: 256 }, (_, b) => {
  const c = String.fromCharCode(b);
  if (c === '(' || c === ')' || c === '\\') return `\\${c}`;
  if (c === '\r') return '\\r';
  if (c === '\n') return '\\n';
  return c;
});

/** pdfkit's hex glyph code ("002a" for an embedded font, "e4" for a base-14 font) as literal bytes. */
function literal(hex: string): string {
  const code = parseInt(hex, 16);
  return hex.length > 2 ? LITERAL[code >> 8]! + LITERAL[code & 0xff]! : LITERAL[code & 0xff]!;
}

/** As piece() through StandardFont.encode(), for printable ASCII: WinAnsi codes are the ASCII codes. */
function asciiPiece(m: AsciiMetrics, text: string): Piece {
  let tj = '';
  let seg = '';
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const adjust = i + 1 < text.length ? m.kern[code * 128 + text.charCodeAt(i + 1)]! : 0;
    width += m.widths[code]! + adjust;
    seg += LITERAL[code]!;
    if (adjust !== 0) {
      tj += `${seg}) ${num(-adjust)} (`;
      seg = '';
    }
  }
  return { tj: tj + seg, width, simple: true };
}

/** Characters after which a line may break inside a token (no break before a digit, nor between two of them). */
/** Tokens longer than this are shaped each time rather than cached (they rarely repeat). */
const CACHE_MAX_TOKEN = 64;
/** The cache of shaped tokens is emptied when it holds this many (a few MB). */
const CACHE_MAX_ENTRIES = 50_000;
/** A word longer than a line is measured in chunks of this many UTF-16 units. */
const CHUNK = 32;
/** More characters than any single line of a page can hold. */
const TRUNCATE_MAX = 2_000;

const BREAK_AFTER = new Set(['-', '/', '?', '\u2010', '\u2013', '\u2014', '\u200B']);
const DIGIT = /[0-9]/;
const TOKENS = /[^ ]+ *| +/g;

export class Typesetter {
  private readonly fonts = new Map<string, FontEntry>();
  private readonly colors = new Map<string, string>();
  // The open text object: content not yet handed to pdfkit, and its text state.
  private buf = '';
  private bufPage: PdfkitInternals['page'] | null = null;
  private bufFont: FontEntry | null = null;
  private bufSize = 0;
  private bufColor = '';
  private bufTracking = 0;

  private readonly scriptFont: ScriptFontResolver | null;
  private readonly scriptStyles = new WeakMap<TextStyle, Map<string, TextStyle>>();
  /** Font name of the style a script style was derived from. */
  private readonly derivedFrom = new WeakMap<TextStyle, string>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    options: TypesetterOptions = {},
  ) {
    this.scriptFont = options.scriptFont ?? null;
  }

  /** `style` with another font (one object per pair, so runs of it compare equal). */
  private withFont(style: TextStyle, font: string): TextStyle {
    if (font === style.font) return style;
    let byFont = this.scriptStyles.get(style);
    if (!byFont) this.scriptStyles.set(style, (byFont = new Map()));
    let derived = byFont.get(font);
    if (!derived) {
      byFont.set(font, (derived = Object.freeze({ ...style, font })));
      this.derivedFrom.set(derived, style.font);
    }
    return derived;
  }

  /**
   * How far to move text in a script font down so that it sits on the baseline of the font its
   * style was derived from (fonts differ in ascender, and text is placed by its top).
   */
  private baselineShift(style: TextStyle): number {
    const base = this.derivedFrom.get(style);
    if (!base) return 0;
    return ((this.entry(base).pdf.ascender - this.entry(style.font).pdf.ascender) * style.size) / 1000;
  }

  /** A run cut where characters of an RTL script go to their script font. */
  private byScript(run: TextRun): TextRun[] {
    const resolve = this.scriptFont;
    if (!resolve || !RTL_SCRIPT.test(run.text)) return [run];
    const out: TextRun[] = [];
    let text = '';
    let font = run.style.font;
    for (const ch of run.text) {
      const cp = ch.codePointAt(0)!;
      // Spaces and marks of no script stay in the run's font; combining marks follow their letter.
      const f = isRtlScript(cp) ? (resolve(run.style.font, cp) ?? run.style.font) : run.style.font;
      if (f !== font && text) {
        out.push({ style: this.withFont(run.style, font), text, link: run.link });
        text = '';
      }
      font = f;
      text += ch;
    }
    if (text) out.push({ style: this.withFont(run.style, font), text, link: run.link });
    return out;
  }

  private get internals(): PdfkitInternals {
    return this.doc as unknown as PdfkitInternals;
  }

  /** pdfkit's font object for a registered font name (loaded on first use). */
  font(name: string): PdfkitFont {
    return this.entry(name).pdf;
  }

  private entry(name: string): FontEntry {
    let entry = this.fonts.get(name);
    if (!entry) {
      this.doc.font(name);
      const pdf = this.internals._font;
      entry = { name, pdf, pieces: new Map(), ascii: typeof pdf.font?.getKernPair === 'function' ? asciiMetrics(pdf) : null };
      this.fonts.set(name, entry);
    }
    return entry;
  }

  private piece(entry: FontEntry, text: string): Piece {
    let piece = entry.pieces.get(text);
    if (piece) return piece;
    piece = this.shape(entry, text);
    if (text.length <= CACHE_MAX_TOKEN) {
      if (entry.pieces.size >= CACHE_MAX_ENTRIES) entry.pieces.clear();
      entry.pieces.set(text, piece);
    }
    return piece;
  }

  private shape(entry: FontEntry, text: string): Piece {
    if (entry.ascii && PRINTABLE_ASCII.test(text)) return asciiPiece(entry.ascii, text);
    const [encoded, positions] = entry.pdf.encode(text);
    // As pdfkit's _fragment: a segment ends where a glyph's advance differs from its width.
    let tj = '';
    let seg = '';
    let width = 0;
    let simple = true;
    for (let i = 0; i < positions.length; i++) {
      const pos = positions[i]!;
      if (pos.xOffset || pos.yOffset) simple = false;
      width += pos.xAdvance;
      seg += literal(encoded[i]!);
      const adjust = pos.xAdvance - pos.advanceWidth;
      if (adjust !== 0) {
        tj += `${seg}) ${num(-adjust)} (`;
        seg = '';
      }
    }
    tj += seg;
    return { tj, width, simple };
  }

  private widthIn(entry: FontEntry, style: TextStyle, text: string): number {
    const w = (this.piece(entry, text).width * style.size) / 1000;
    return style.tracking ? w + style.tracking * text.length : w;
  }

  /** Width of a single line of text, as pdfkit's widthOfString (tracking between characters). */
  widthOf(style: TextStyle, text: string): number {
    if (!text) return 0;
    const entry = this.entry(style.font);
    const w = (this.piece(entry, text).width * style.size) / 1000;
    return style.tracking ? w + style.tracking * (text.length - 1) : w;
  }

  lineHeight(style: TextStyle, includeGap = true): number {
    // A script font keeps the line height of the font it stands in for: Noto Sans Arabic's own
    // (tall, for stacked marks) would open a gap under every line that holds an Arabic word.
    return this.entry(this.derivedFrom.get(style) ?? style.font).pdf.lineHeight(style.size, includeGap);
  }

  // -------------------------------------------------------------------------------------------
  // Content

  private rgb(color: string): string {
    let op = this.colors.get(color);
    if (op === undefined) {
      const hex = color.replace('#', '');
      const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
      const c = [0, 2, 4].map((i) => Math.round((parseInt(full.slice(i, i + 2), 16) / 255) * 1000) / 1000);
      op = `${c[0]} ${c[1]} ${c[2]} rg\n`;
      this.colors.set(color, op);
    }
    return op;
  }

  /**
   * Hands the open text object to its page's content stream. Text set with line() stays open
   * until the next paragraph, a page change or this call: call it before drawing something that
   * must lie on top of that text, and before the document ends.
   */
  flush(): void {
    const page = this.bufPage;
    this.bufPage = null;
    if (!this.buf || !page) return;
    // As bytes: pdfkit would convert a string character by character in JavaScript.
    page.write(Buffer.from(`q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n${this.buf}ET\nQ\n`, 'latin1'));
    this.buf = '';
  }

  private emit(entry: FontEntry, style: TextStyle, x: number, top: number, tj: string): void {
    const page = this.internals.page;
    if (this.bufPage !== page) {
      this.flush();
      this.bufPage = page;
      this.bufFont = null;
      this.bufColor = '';
      this.bufTracking = 0;
    }
    const fonts = page.fonts;
    if (fonts[entry.pdf.id] == null) fonts[entry.pdf.id] = entry.pdf.ref();
    let out = '';
    if (this.bufFont !== entry || this.bufSize !== style.size) {
      out += `/${entry.pdf.id} ${num(style.size)} Tf\n`;
      this.bufFont = entry;
      this.bufSize = style.size;
    }
    if (this.bufColor !== style.color) {
      out += this.rgb(style.color);
      this.bufColor = style.color;
    }
    const tracking = style.tracking ?? 0;
    if (this.bufTracking !== tracking) {
      out += `${num(tracking)} Tc\n`;
      this.bufTracking = tracking;
    }
    const baseline = page.height - top - (entry.pdf.ascender / 1000) * style.size;
    this.buf += `${out}1 0 0 1 ${num(x)} ${num(baseline)} Tm\n[(${tj})] TJ\n`;
  }

  /** Draws text through pdfkit (for glyphs a plain TJ run cannot place). */
  private fallback(style: TextStyle, text: string, x: number, top: number): void {
    this.flush();
    const doc = this.doc;
    const { x: keepX, y: keepY } = doc;
    doc.font(style.font).fontSize(style.size).fillColor(style.color);
    doc.text(text, x, top, { lineBreak: false, characterSpacing: style.tracking ?? 0 });
    doc.x = keepX;
    doc.y = keepY;
  }

  private draw(entry: FontEntry, style: TextStyle, text: string, x: number, top: number): void {
    if (!text) return;
    const piece = this.piece(entry, text);
    if (piece.simple) this.emit(entry, style, x, top, piece.tj);
    else this.fallback(style, text, x, top);
  }

  private link(x: number, top: number, width: number, height: number, url: string): void {
    // The action inline in the annotation: one object per link instead of two.
    const options = { Subtype: 'Link', A: { S: 'URI', URI: new String(url) } };
    this.doc.annotate(x, top, width, height, options as unknown as PDFKit.Mixins.AnnotationOption);
  }

  // -------------------------------------------------------------------------------------------
  // Layout

  /**
   * One line at (x, top), never wrapped. With `width`, text longer than that is cut with an
   * ellipsis, and `align: 'right'` sets it flush right within it. Returns the drawn width.
   */
  line(
    style: TextStyle,
    text: string,
    x: number,
    top: number,
    options: { width?: number; align?: 'left' | 'right'; link?: string | null } = {},
  ): number {
    if (RTL_SCRIPT.test(text)) return this.lineBidi(style, text, x, top, options);
    const entry = this.entry(style.font);
    let w = this.widthOf(style, text);
    if (options.width !== undefined && w > options.width) {
      text = this.truncate(style, text, options.width);
      w = this.widthOf(style, text);
    }
    if (options.align === 'right' && options.width !== undefined) {
      const trimmed = text.replace(/\s+$/, '');
      x += options.width - this.widthOf(style, trimmed);
    }
    this.draw(entry, style, text, x, top);
    if (options.link) this.link(x, top, w, this.lineHeight(style, false), options.link);
    return w;
  }

  /** line() for text with RTL characters: script fonts and bidi order, through paragraph(). */
  private lineBidi(
    style: TextStyle,
    text: string,
    x: number,
    top: number,
    options: { width?: number; align?: 'left' | 'right'; link?: string | null },
  ): number {
    const runsOf = (t: string) => this.byScript({ style, text: t.replace(/\n/g, ' '), link: options.link });
    const widthOfRuns = (t: string) => runsOf(t).reduce((w, r) => w + this.widthOf(r.style, r.text), 0);
    let w = widthOfRuns(text);
    if (options.width !== undefined && w > options.width) {
      const chars = Array.from(text.slice(0, TRUNCATE_MAX));
      let lo = 0;
      let hi = chars.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (widthOfRuns(`${chars.slice(0, mid).join('').trimEnd()}…`) <= options.width) lo = mid;
        else hi = mid - 1;
      }
      text = `${chars.slice(0, lo).join('').trimEnd()}…`;
      w = widthOfRuns(text);
    }
    const doc = this.doc;
    const { x: keepX, y: keepY } = doc;
    doc.y = top;
    this.paragraph(runsOf(text), x, options.width ?? w + 1, { align: options.align ?? 'left', noBreak: true });
    doc.x = keepX;
    doc.y = keepY;
    return w;
  }

  private truncate(style: TextStyle, text: string, width: number): string {
    // No line of a page holds more than a few hundred characters: search only those.
    const chars = Array.from(text.slice(0, TRUNCATE_MAX));
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.widthOf(style, `${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${chars.slice(0, lo).join('').trimEnd()}…`;
  }

  /**
   * Runs of text set as one paragraph from doc.y, at x, `width` wide: wrapped, continued on new
   * pages as needed (as pdfkit: a line that would cross the bottom margin opens a page). Leaves
   * doc.y below the last line, as doc.text() does.
   */
  paragraph(
    runs: readonly TextRun[],
    x: number,
    width: number,
    options: {
      lineGap?: number;
      /** Default: left, or right for a paragraph whose first strong character is RTL. */
      align?: 'left' | 'right';
      /** Never open a page (running headers and footers). */
      noBreak?: boolean;
    } = {},
  ): void {
    const doc = this.doc;
    const lineGap = options.lineGap ?? 0;
    // Bidi only for text with RTL characters: everything else is set exactly as before.
    let levels: ReturnType<Bidi['getEmbeddingLevels']> | null = null;
    if (runs.some((r) => RTL_SCRIPT.test(r.text))) {
      runs = runs.flatMap((r) => this.byScript(r));
      levels = bidi().getEmbeddingLevels(runs.map((r) => r.text).join(''), 'auto');
    }
    const entries = runs.map((r) => this.entry(r.style.font));
    let y = doc.y;
    let items: LineItem[] = [];
    let used = 0;
    let cursor = 0;

    const emitLine = (lastRun: number) => {
      let lh = 0;
      if (items.length === 0) lh = this.lineHeight(runs[lastRun]!.style);
      for (const item of items) lh = Math.max(lh, this.lineHeight(runs[item.run]!.style));
      if (!options.noBreak && y + lh > this.internals.page.maxY()) {
        this.flush();
        doc.addPage();
        y = doc.y;
      }
      if (levels) {
        this.emitBidiLine(runs, entries, items, levels, x, width, y, options.align);
        y += lh + lineGap;
        items = [];
        used = 0;
        return;
      }
      let cx = x;
      let i = 0;
      while (i < items.length) {
        // A stretch of the same run: one TJ of its tokens' cached pieces.
        const from = i;
        const run = items[i]!.run;
        let w = 0;
        for (; i < items.length && items[i]!.run === run; i++) w += items[i]!.width;
        const { style, link } = runs[run]!;
        this.drawItems(entries[run]!, style, items, from, i, cx, y);
        if (link) this.link(cx, y, w, this.lineHeight(style, false), link);
        cx += w;
      }
      y += lh + lineGap;
      items = [];
      used = 0;
    };

    const place = (run: number, text: string, w: number) => {
      items.push({ run, text, width: w, at: cursor });
      cursor += text.length;
      used += w;
    };

    let lastRun = 0;
    let runStart = 0;
    for (let r = 0; r < runs.length; r++) {
      const { style, text } = runs[r]!;
      cursor = runStart;
      runStart += text.length;
      if (!text) continue;
      const entry = entries[r]!;
      lastRun = r;
      const parts = text.split('\n');
      if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
      for (let p = 0; p < parts.length; p++) {
        if (p > 0) {
          cursor += 1; // the line feed
          emitLine(r); // line feed: end the line, even an empty one
        }
        const tokens = parts[p]!.match(TOKENS);
        if (!tokens) continue;
        for (const token of tokens) {
          const w = this.widthIn(entry, style, token);
          if (used + w <= width) {
            place(r, token, w);
            continue;
          }
          // Does not fit on this line: break inside the token if it has break opportunities,
          // else move it to the next line; split between characters only if longer than a line.
          for (const word of this.splitToken(token)) {
            const ww = word === token ? w : this.widthIn(entry, style, word);
            if (used + ww <= width) {
              place(r, word, ww);
              continue;
            }
            if (items.length > 0) emitLine(r);
            if (ww <= width) place(r, word, ww);
            else this.placeLongWord(entry, style, r, word, width, () => used, place, () => emitLine(r));
          }
        }
      }
    }
    if (items.length > 0) emitLine(lastRun);
    this.flush();
    doc.x = x;
    doc.y = y;
  }

  /**
   * One line of a paragraph with RTL text: its words and spaces in visual order (rule L2 of the
   * bidi algorithm on whole words; fontkit has already put each RTL word's glyphs in visual order).
   */
  private emitBidiLine(
    runs: readonly TextRun[],
    entries: readonly FontEntry[],
    items: readonly LineItem[],
    levels: ReturnType<Bidi['getEmbeddingLevels']>,
    x: number,
    width: number,
    top: number,
    align: 'left' | 'right' | undefined,
  ): void {
    if (items.length === 0) return;
    const at0 = items[0]!.at;
    const para = levels.paragraphs.find((p) => at0 >= p.start && at0 <= p.end);
    const base = para?.level ?? 0;
    // Pieces of one level each, spaces apart from words: a space between two RTL words belongs
    // between them, and "2023." in RTL text is a number (LTR) followed by a full stop (RTL).
    const pieces: { run: number; text: string; width: number; level: number }[] = [];
    for (const item of items) {
      const run = runs[item.run]!;
      const from = pieces.length;
      let start = 0;
      for (let i = 1; i <= item.text.length; i++) {
        if (
          i < item.text.length &&
          levels.levels[item.at + i] === levels.levels[item.at + i - 1] &&
          (item.text[i] === ' ') === (item.text[i - 1] === ' ')
        ) {
          continue;
        }
        // Never between the two halves of a surrogate pair.
        if (i < item.text.length && isHighSurrogate(item.text.charCodeAt(i - 1))) continue;
        const text = item.text.slice(start, i);
        pieces.push({ run: item.run, text, width: 0, level: levels.levels[item.at + start] ?? base });
        start = i;
      }
      if (pieces.length - from === 1) pieces[from]!.width = item.width;
      else for (let k = from; k < pieces.length; k++) pieces[k]!.width = this.widthIn(entries[item.run]!, run.style, pieces[k]!.text);
    }
    // Rule L1: spaces at the end of a line take the paragraph's level; they are not drawn.
    while (pieces.length > 0 && pieces[pieces.length - 1]!.text.trim() === '') pieces.pop();
    let maxLevel = 0;
    let minOdd = Infinity;
    for (const p of pieces) {
      maxLevel = Math.max(maxLevel, p.level);
      if (p.level % 2 === 1) minOdd = Math.min(minOdd, p.level);
    }
    for (let level = maxLevel; level >= minOdd; level--) {
      for (let i = 0; i < pieces.length; ) {
        if (pieces[i]!.level < level) {
          i++;
          continue;
        }
        let j = i;
        while (j < pieces.length && pieces[j]!.level >= level) j++;
        const reversed = pieces.slice(i, j).reverse();
        pieces.splice(i, j - i, ...reversed);
        i = j;
      }
    }
    const total = pieces.reduce((w, p) => w + p.width, 0);
    let cx = (align ?? (base % 2 === 1 ? 'right' : 'left')) === 'right' ? x + Math.max(0, width - total) : x;
    const b = bidi();
    for (const p of pieces) {
      const { style, link } = runs[p.run]!;
      let text = p.text;
      // At an RTL level: fontkit reverses a word of an RTL script itself; neutrals (brackets,
      // punctuation) are reversed and mirrored here.
      if (p.level % 2 === 1 && !RTL_SCRIPT.test(text)) {
        text = Array.from(text, (c) => b.getMirroredCharacter(c) ?? c)
          .reverse()
          .join('');
      }
      if (text.trim()) this.draw(entries[p.run]!, style, text, cx, top + this.baselineShift(style));
      if (link) this.link(cx, top, p.width, this.lineHeight(style, false), link);
      cx += p.width;
    }
  }

  /** Draws items [from, to) of a line, all of one run: one TJ if all are plain, else through pdfkit. */
  private drawItems(entry: FontEntry, style: TextStyle, items: LineItem[], from: number, to: number, x: number, top: number): void {
    let tj = '';
    for (let i = from; i < to; i++) {
      const piece = this.piece(entry, items[i]!.text);
      if (!piece.simple) {
        let text = '';
        for (let j = from; j < to; j++) text += items[j]!.text;
        this.fallback(style, text, x, top);
        return;
      }
      tj += piece.tj;
    }
    if (tj) this.emit(entry, style, x, top, tj);
  }

  /** A token split after its inner break opportunities (or itself if it has none). */
  private splitToken(token: string): string[] {
    const words: string[] = [];
    let start = 0;
    for (let i = 0; i < token.length - 1; i++) {
      const c = token[i]!;
      if (!BREAK_AFTER.has(c)) continue;
      const next = token[i + 1]!;
      if (next === ' ' || BREAK_AFTER.has(next) || DIGIT.test(next)) continue;
      if ((c === '-' || c === '/') && i === start) continue;
      words.push(token.slice(start, i + 1));
      start = i + 1;
    }
    if (start === 0) return [token];
    words.push(token.slice(start));
    return words;
  }

  /**
   * A word wider than a line, on lines of its own: cut into chunks of CHUNK units (never inside
   * a surrogate pair), each chunk measured once; a chunk that does not fit is cut by a binary
   * search within it. Linear in the word's length, and no piece longer than a chunk is made.
   * Kerning across a chunk boundary is left out, in measuring and in drawing alike.
   */
  private placeLongWord(
    entry: FontEntry,
    style: TextStyle,
    run: number,
    word: string,
    width: number,
    used: () => number,
    place: (run: number, text: string, w: number) => void,
    newLine: () => void,
  ): void {
    let at = 0;
    while (at < word.length) {
      let end = Math.min(word.length, at + CHUNK);
      if (end < word.length && isHighSurrogate(word.charCodeAt(end - 1))) end++;
      const chunk = word.slice(at, end);
      const w = this.widthIn(entry, style, chunk);
      if (used() + w <= width) {
        place(run, chunk, w);
        at = end;
        continue;
      }
      const n = this.fitChars(entry, style, chunk, width - used(), used() === 0);
      if (n > 0) {
        const part = chunk.slice(0, n);
        place(run, part, this.widthIn(entry, style, part));
        at += n;
      }
      newLine();
    }
  }

  /** How many characters of `word` fit in `space` (at least one on an empty line). */
  private fitChars(entry: FontEntry, style: TextStyle, word: string, space: number, emptyLine: boolean): number {
    let lo = 0;
    let hi = word.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.widthIn(entry, style, word.slice(0, mid)) <= space) lo = mid;
      else hi = mid - 1;
    }
    // Do not cut a surrogate pair.
    if (lo > 0 && lo < word.length && isHighSurrogate(word.charCodeAt(lo - 1))) lo--;
    return lo === 0 && emptyLine ? Math.min(word.length, isHighSurrogate(word.charCodeAt(0)) ? 2 : 1) : lo;
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
