// DOCX → text via mammoth (convertToHtml, then the shared HTML→text step, so headings and list
// items keep their own lines). Title/author/language come from docProps/core.xml, which
// mammoth does not expose; we read it with our small zip reader.
import { ImportError } from './errors';
import { parseInWorker } from './in-worker';
import { checkDocxInflation } from './inflation';
import { htmlToPlainText } from './html-to-plain';
import { cleanString, firstNonNull, toLanguage } from './metadata';
import { normaliseText } from './normalise';
import type { DocumentMeta } from './types';
import { readZipEntry } from './zip';

export interface DocxArticle extends DocumentMeta {
  text: string;
  warnings: string[];
}

// mammoth only maps "Heading N" by default; a document's "Title" paragraph is its headline.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * A character reference as a character; one that names no character XML allows (beyond
 * U+10FFFF, a surrogate, NUL) becomes U+FFFD rather than an error or a broken string.
 */
function codePoint(cp: number): string {
  const valid = Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
  return valid ? String.fromCodePoint(cp) : '\uFFFD';
}

function decodeXmlEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]{1,8});/gi, (_, h: string) => codePoint(parseInt(h, 16)))
    .replace(/&#(\d{1,10});/g, (_, d: string) => codePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Reads one element's text from core.xml; a regex is enough for this flat, fixed schema. */
function coreProperty(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m?.[1] ? cleanString(decodeXmlEntities(m[1])) : null;
}

/** Checks the archive's sizes here (cheap), then reads it in the parse worker. */
export async function parseDocxArticle(bytes: Uint8Array): Promise<DocxArticle> {
  await checkDocxInflation(bytes);
  return parseInWorker('parse.docx', bytes);
}

export async function parseDocxArticleHere(bytes: Uint8Array): Promise<DocxArticle> {
  const mammoth = (await import('mammoth')).default;
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are dropped from the text anyway; skip base64-encoding them into the HTML.
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (cause) {
    throw new ImportError('damaged', 'This Word document could not be read; it may be damaged or password-protected.', { cause });
  }
  const warnings = result.messages.filter((m) => m.type === 'error').map((m) => `Word document: ${m.message}`);
  const text = normaliseText(await htmlToPlainText(result.value));

  const coreBytes = readZipEntry(bytes, 'docProps/core.xml');
  const core = coreBytes ? new TextDecoder('utf-8').decode(coreBytes) : '';
  const firstH1 = /<h1>([\s\S]*?)<\/h1>/.exec(result.value)?.[1];
  return {
    text,
    warnings,
    title: firstNonNull(coreProperty(core, 'dc:title'), firstH1 ? cleanString(decodeXmlEntities(firstH1.replace(/<[^>]+>/g, ''))) : null),
    author: coreProperty(core, 'dc:creator'),
    publisher: null,
    // dcterms:created is when the file was made, not when the article was published.
    publishedAt: null,
    url: null,
    language: toLanguage(coreProperty(core, 'dc:language')),
  };
}
