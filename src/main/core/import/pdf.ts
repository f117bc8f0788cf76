// PDF → text from the text layer via unpdf (pdf.js). We reflow the positioned text items
// ourselves instead of using extractText(): pdf.js gives one line per *visual* line, and a
// sentence broken over two lines would reach claim extraction as two fragments. Lines are
// joined into paragraphs unless the vertical gap is clearly larger than the usual line
// spacing, the font size changes (headings), or text jumps upwards (new column).
// PDFs without any text (scans) are refused: OCR is out of scope.
import { ImportError } from './errors';
import { parseInWorker } from './in-worker';
import { checkPdfInflation, passwordProtected } from './inflation';
import { cleanString, toLanguage } from './metadata';
import { normaliseText } from './normalise';
import type { DocumentMeta } from './types';

export interface PdfArticle extends DocumentMeta {
  text: string;
  warnings: string[];
}

interface Item {
  str: string;
  y: number;
  fontSize: number;
  hasEOL: boolean;
}
interface Line {
  text: string;
  y: number;
  fontSize: number;
}

function pageLines(items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  const flush = () => {
    if (cur && cur.text.trim()) lines.push({ ...cur, text: cur.text.replace(/\s+/g, ' ').trim() });
    cur = null;
  };
  for (const it of items) {
    const size = it.fontSize > 0 ? it.fontSize : 10;
    if (cur !== null && it.str && Math.abs((cur as Line).y - it.y) > size * 0.5) flush();
    if (it.str) {
      if (cur === null) cur = { text: '', y: it.y, fontSize: size };
      (cur as Line).text += it.str;
    }
    if (it.hasEOL) flush();
  }
  flush();
  return lines;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Joins two lines of one paragraph, undoing end-of-line hyphenation ("Bundes-" + "länder"). */
function joinLine(para: string, next: string): string {
  if (/\p{Ll}-$/u.test(para) && /^\p{Ll}/u.test(next)) return para.slice(0, -1) + next;
  return `${para} ${next}`;
}

function reflowPage(lines: Line[]): string[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0 && Math.abs(lines[i - 1]!.fontSize - lines[i]!.fontSize) < 0.5) gaps.push(gap);
  }
  const lineGap = median(gaps);
  const paragraphs: string[] = [];
  let para = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    const newPara =
      !prev ||
      prev.y - line.y <= 0 ||
      (lineGap > 0 && prev.y - line.y > lineGap * 1.4) ||
      Math.abs(prev.fontSize - line.fontSize) > Math.max(prev.fontSize, line.fontSize) * 0.15;
    if (newPara) {
      if (para) paragraphs.push(para);
      para = line.text;
    } else {
      para = joinLine(para, line.text);
    }
  }
  if (para) paragraphs.push(para);
  return paragraphs;
}

/** Word-processor export names are not titles. */
function usableTitle(title: unknown): string | null {
  const t = cleanString(title);
  if (!t || /^(microsoft (word|powerpoint) - |untitled\b)|\.(docx?|pdf|indd|odt|txt)$/i.test(t)) return null;
  return t;
}

/** Checks what the file's streams inflate to here (cheap), then reads it in the parse worker. */
export async function parsePdfArticle(bytes: Uint8Array): Promise<PdfArticle> {
  await checkPdfInflation(bytes);
  return parseInWorker('parse.pdf', bytes);
}

export async function parsePdfArticleHere(bytes: Uint8Array): Promise<PdfArticle> {
  const { getDocumentProxy, extractTextItems, getMeta } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js transfers (detaches) the ArrayBuffer it is given, and refuses Node Buffers:
    // pass a fresh plain Uint8Array copy (Buffer#slice would only be a view) so the caller's
    // bytes stay usable (e.g. for hashing or storing the original file).
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'PasswordException') throw passwordProtected();
    throw new ImportError('damaged', 'This PDF could not be read; it may be damaged.', { cause });
  }
  try {
    const [{ totalPages, items }, meta] = await Promise.all([extractTextItems(pdf), getMeta(pdf).catch(() => null)]);
    const warnings: string[] = [];
    const paragraphs: string[] = [];
    let emptyPages = 0;
    let previousPageLast: string | null = null;
    for (const pageItems of items) {
      const paras = reflowPage(pageLines(pageItems));
      if (!paras.length) {
        emptyPages++;
        continue;
      }
      // A paragraph running over a page break: previous page ends mid-sentence, next starts lower-case.
      if (previousPageLast !== null && !/[.!?:"“”»«)]$/.test(previousPageLast) && /^\p{Ll}/u.test(paras[0]!)) {
        paragraphs[paragraphs.length - 1] = joinLine(paragraphs[paragraphs.length - 1]!, paras.shift()!);
      }
      paragraphs.push(...paras);
      previousPageLast = paragraphs[paragraphs.length - 1] ?? null;
    }
    const text = normaliseText(paragraphs.join('\n'));
    if (!text) {
      throw new ImportError('no_text_layer', 'This PDF has no text layer (it is probably a scan or contains only images); run OCR on it first, then import it again.');
    }
    if (emptyPages > 0) {
      warnings.push(`${emptyPages} of ${totalPages} PDF pages have no text layer (scanned images?); their content is missing.`);
    }
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    return {
      text,
      warnings,
      title: usableTitle(info.Title),
      author: cleanString(info.Author),
      publisher: null,
      // CreationDate is when the PDF was produced, not when the article was published.
      publishedAt: null,
      url: null,
      language: toLanguage(info.Language),
    };
  } finally {
    await pdf.destroy();
  }
}
