// Import core: files, bytes and URLs → normalised article documents. Pure (no DB, no Electron).
// Each module has one job:
//   sniff.ts       format detection (magic bytes → HTML sniff → extension → content type)
//   decode.ts      bytes → string (BOM, declared charset, UTF-8 vs windows-1252 heuristics)
//   normalise.ts   canonical text form (NFC, line endings, invisible characters, blank lines)
//   html.ts        Readability article extraction on linkedom (a DOM without a script engine)
//   html-metadata  JSON-LD / OpenGraph / meta / canonical / lang
//   markdown.ts    marked → HTML → text, front matter
//   docx.ts        mammoth + docProps/core.xml
//   pdf.ts         pdf.js text layer with line reflow
//   html-to-plain  shared HTML → one-paragraph-per-line text
//   parse.ts       parseDocument router;  fetch.ts  URL download policy
export { MAX_IMPORT_BYTES, type ImportedDocument, type ImportFormat } from './types';
export { ImportError, type ImportErrorCode } from './errors';
export { decodeText, type DecodedText } from './decode';
export { normaliseText } from './normalise';
export { contentHash } from './hash';
export { parseDocument, type ParseInput } from './parse';
export { fetchArticle, type FetchArticleOptions } from './fetch';
