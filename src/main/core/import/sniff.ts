// Format detection. Content beats names: magic bytes first (a PDF renamed to .txt is still a
// PDF; a .docx that is not a zip is not a Word file), then HTML sniffing, then the file
// extension, then the declared content type. Detection only looks at a prefix, so it is cheap.
import { ImportError } from './errors';
import type { ImportFormat } from './types';
import { isZip, listZipEntries } from './zip';

export interface SniffInput {
  bytes: Uint8Array;
  fileName?: string | undefined;
  contentType?: string | undefined;
}

/** Parses "text/html; charset=ISO-8859-1" into its parts (lower-cased mime). */
export function parseContentType(contentType: string | undefined | null): { mime: string | null; charset: string | null } {
  if (!contentType) return { mime: null, charset: null };
  const [type, ...params] = contentType.split(';');
  const mime = type?.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m?.[1]) charset = m[1];
  }
  return { mime, charset };
}

function startsWith(b: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

/** Well-known binary signatures that are certainly not documents we can read. */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; sig: readonly number[]; at?: number }> = [
  { name: 'a PNG image', sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', sig: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', sig: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] },
  { name: 'a GIF image', sig: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] },
  { name: 'a TIFF image', sig: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', sig: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a gzip archive', sig: [0x1f, 0x8b] },
  { name: 'a 7-Zip archive', sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', sig: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'a program (ELF)', sig: [0x7f, 0x45, 0x4c, 0x46] },
  // Short signatures that are plain ASCII ("MZ", "ID3", "RIFF") are left to the control-character
  // check: a text that happens to start with those letters must not be rejected.
];

/** "%PDF-" may legally be preceded by junk; readers accept it within the first 1 KB. */
function isPdf(b: Uint8Array): boolean {
  const limit = Math.min(b.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (b[i] === 0x25 && b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46 && b[i + 4] === 0x2d) return true;
  }
  return false;
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;
const HTML_ANYWHERE = /<html[\s>]/i;

/** First ~1 KB as text, good enough to spot ASCII markup in any ASCII-compatible or UTF-16 encoding. */
function prefixText(b: Uint8Array): string {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    return new TextDecoder(b[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(b.subarray(0, 2048));
  }
  return new TextDecoder('latin1').decode(b.subarray(0, 1024));
}

/**
 * strong: the text *starts* like an HTML document (doctype/html/head/body, after comments).
 * weak: an <html> tag somewhere in the first KB (e.g. after a preamble); a Markdown or text
 * file that merely mentions "<html>" must not be hijacked by that, so callers rank it lower.
 */
export function sniffHtml(b: Uint8Array): 'strong' | 'weak' | null {
  const head = prefixText(b).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
  if (HTML_START.test(head)) return 'strong';
  return HTML_ANYWHERE.test(head) ? 'weak' : null;
}

export function looksLikeHtml(b: Uint8Array): boolean {
  return sniffHtml(b) !== null;
}

export function extensionOf(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

const EXT_FORMATS: Record<string, ImportFormat> = {
  txt: 'text', text: 'text',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};
const MIME_FORMATS: Record<string, ImportFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

export function detectFormat({ bytes, fileName, contentType }: SniffInput): ImportFormat {
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) {
    const names = listZipEntries(bytes);
    if (names?.some((e) => e.name === 'word/document.xml')) return 'docx';
    throw new ImportError(
      'unsupported',
      'This file is a ZIP archive but not a Word document (.docx); only .docx files can be imported from archives.',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new ImportError('unsupported', 'Old Word (.doc) and other legacy Office files are not supported; please save the file as .docx or PDF.');
  }
  for (const { name, sig, at } of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig, at)) {
      throw new ImportError('binary', `This file is ${name}, not a text document; only text, Markdown, HTML, Word (.docx) and PDF files can be imported.`);
    }
  }
  const html = sniffHtml(bytes);
  if (html === 'strong') return 'html';

  const ext = extensionOf(fileName);
  const mime = parseContentType(contentType).mime;
  const claimed = (ext ? EXT_FORMATS[ext] : undefined) ?? (mime ? MIME_FORMATS[mime] : undefined);
  if (html === 'weak' && claimed !== 'markdown' && claimed !== 'text') return 'html';
  // Named .pdf/.docx but the magic bytes said otherwise: the file is damaged or misnamed.
  if (claimed === 'pdf') throw new ImportError('damaged', 'This file is named or labelled as a PDF, but its content is not a PDF document; it may be damaged.');
  if (claimed === 'docx') throw new ImportError('damaged', 'This file is named or labelled as a Word document (.docx), but its content is not one; it may be damaged.');
  if (claimed) return claimed;
  if (mime && (mime.startsWith('image/') || mime.startsWith('audio/') || mime.startsWith('video/'))) {
    throw new ImportError('binary', `This file is labelled as ${mime}, not a text document.`);
  }
  // Unknown names default to plain text; decoding then rejects actual binary data.
  return 'text';
}

// C0 controls other than tab, LF, VT, FF, CR and ESC (which occurs in ANSI-coloured logs).
const CONTROL = /[\x00-\x08\x0E-\x1A\x1C-\x1F]/g;

/** True if decoded text is really binary data: any NUL, or more than 1% control characters. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls > sample.length * 0.01;
}
