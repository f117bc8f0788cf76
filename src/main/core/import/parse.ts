// parseDocument: the single entry point from "some bytes" to an ImportedDocument. It only
// routes: size checks first (cheap, before any parsing), then format detection, then the
// per-format parser. Heavy parsers (linkedom, mammoth, pdf.js, marked) are imported lazily by
// their modules, so the plain-text path — the bulk-import hot path — stays at a few µs per KB.
import { bylineAuthor } from '../extraction';
import { parseDocxArticle } from './docx';
import { parseHtmlArticle } from './html';
import { parseMarkdownArticle } from './markdown';
import { parsePdfArticle } from './pdf';
import { decodeText } from './decode';
import { ImportError, tooLarge } from './errors';
import { toHttpUrl } from './metadata';
import { normaliseText } from './normalise';
import { detectFormat, looksBinary, parseContentType } from './sniff';
import { EMPTY_META, MAX_IMPORT_BYTES, type DocumentMeta, type ImportedDocument, type ImportFormat } from './types';

export interface ParseInput {
  bytes: Uint8Array;
  fileName?: string;
  contentType?: string;
  /** Where the bytes came from; used to resolve relative links and as the fallback `url`. */
  sourceUrl?: string;
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first 1 KB (WHATWG prescan). */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

const EMPTY_MESSAGE = 'The file is empty or contains only whitespace.';

/** The document with its metadata; a byline in the text ("Von Katrin Albers") names the author the metadata lacks. */
function build(format: ImportFormat, text: string, meta: DocumentMeta, warnings: string[]): ImportedDocument {
  return { text, ...meta, author: meta.author ?? bylineAuthor(text), format, warnings };
}

export async function parseDocument(input: ParseInput): Promise<ImportedDocument> {
  const { bytes, fileName, contentType } = input;
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(bytes.length, MAX_IMPORT_BYTES);
  if (bytes.length === 0) throw new ImportError('empty', EMPTY_MESSAGE);
  const sourceUrl = toHttpUrl(input.sourceUrl);
  const format = detectFormat({ bytes, fileName, contentType });

  if (format === 'pdf') {
    const { text, warnings, ...meta } = await parsePdfArticle(bytes);
    return build('pdf', text, { ...meta, url: meta.url ?? sourceUrl }, warnings);
  }
  if (format === 'docx') {
    const { text, warnings, ...meta } = await parseDocxArticle(bytes);
    if (!text) throw new ImportError('empty', 'The Word document contains no text.');
    return build('docx', text, { ...meta, url: meta.url ?? sourceUrl }, warnings);
  }

  // Text-based formats: decode with the transport charset, else (HTML) the <meta> charset.
  // A BOM overrides both (decodeText checks it first).
  const declared = parseContentType(contentType).charset ?? (format === 'html' ? metaCharset(bytes) : undefined) ?? undefined;
  const decoded = decodeText(bytes, declared);
  const warnings = [...decoded.warnings];

  if (format === 'html') {
    const { text, ...meta } = await parseHtmlArticle(decoded.text, sourceUrl);
    return build('html', text, { ...meta, url: meta.url ?? sourceUrl }, warnings);
  }

  if (looksBinary(decoded.text)) {
    throw new ImportError('binary', 'This file contains binary data, not text; only text, Markdown, HTML, Word (.docx) and PDF files can be imported.');
  }
  if (format === 'markdown') {
    const { text, ...meta } = await parseMarkdownArticle(decoded.text, sourceUrl);
    if (!text) throw new ImportError('empty', EMPTY_MESSAGE);
    return build('markdown', text, meta, warnings);
  }
  const text = normaliseText(decoded.text);
  if (!text) throw new ImportError('empty', EMPTY_MESSAGE);
  return build('text', text, { ...EMPTY_META, url: sourceUrl }, warnings);
}
