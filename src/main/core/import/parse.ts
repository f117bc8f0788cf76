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
import { articleTooLongMessage, EMPTY_META, MAX_IMPORT_BYTES, type DocumentMeta, type ImportedDocument, type ImportFormat } from './types';
import { MAX_STORED_ARTICLE_CHARS } from '../../../shared/contract';

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

/** A file as the API receives it: its name and its bytes in base64. */
export interface UploadInput {
  fileName: string;
  contentBase64: string;
}

/** The bytes of an upload, refused when over the import limit. */
export function decodeUpload(fileName: string, contentBase64: string): Uint8Array {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError('too_large', `${fileName} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB.`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * parseDocument for a document that is to be stored: text longer than an article may be is
 * refused where it was read (in the parse worker for a large file), so 20 million characters
 * never travel back to the host only to be refused there.
 */
export async function parseStorableDocument(input: ParseInput): Promise<ImportedDocument> {
  const doc = await parseDocument(input);
  if (doc.text.length > MAX_STORED_ARTICLE_CHARS) throw new ImportError('too_large', articleTooLongMessage(doc.text.length));
  return doc;
}

/** An upload decoded and parsed for storing (decoding 27 MB of base64 takes a tenth of a second: in the worker for a large one). */
export async function parseUpload(input: UploadInput): Promise<ImportedDocument> {
  return parseStorableDocument({ bytes: decodeUpload(input.fileName, input.contentBase64), fileName: input.fileName });
}
