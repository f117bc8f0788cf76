// Reads a fact-check file, of any size, into records or refusals, one at a time.
// JSON up to STREAM_FROM_BYTES is parsed whole (any shape: one object, an array, @graph, a
// feed, nested items); larger JSON is streamed with stream-json, picking the elements of the
// arrays feeds keep their items in. HTML pages give their <script type="application/ld+json">
// blocks (never run: they are parsed as JSON). Anything else is read as CSV, UTF-8 or
// Windows-1252, streamed.
import fs from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import { JSONParser } from '@streamparser/json';
import { FACTCHECK_CSV_COLUMNS, fromCsvRow, recordsIn, type RecordResult } from './records';

export type FileSource = { path: string } | { bytes: Uint8Array };

export interface ReadItem {
  result: RecordResult;
  /** Where in the file: "row 12", "item 3", "script 2". */
  where: string;
}

export class UnreadableFileError extends Error {}

/** JSON larger than this is streamed; smaller is parsed whole (every shape). */
export const STREAM_FROM_BYTES = 32 * 1024 * 1024;
const MAX_HTML_BYTES = 64 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;
/** Where streamed feeds keep their items: a top-level array, or an object's @graph, Google's claims, DataFeed's dataFeedElement. */
const ARRAY_ITEMS = ['$.*'];
const OBJECT_ITEMS = ['$.@graph.*', '$.claims.*', '$.dataFeedElement.*', '$.itemListElement.*'];

export function sourceSize(source: FileSource): number {
  return 'bytes' in source ? source.bytes.byteLength : fs.statSync(source.path).size;
}

function head(source: FileSource): Uint8Array {
  if ('bytes' in source) return source.bytes.subarray(0, SNIFF_BYTES);
  const fd = fs.openSync(source.path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const n = fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function open(source: FileSource, onBytes: (n: number) => void): Readable {
  const stream = 'bytes' in source ? Readable.from([Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength)]) : fs.createReadStream(source.path, { highWaterMark: 1 << 20 });
  let read = 0;
  return stream.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        read += chunk.length;
        onBytes(read);
        done(null, chunk);
      },
    }),
  );
}

function readAll(source: FileSource, limit: number): Buffer {
  if ('bytes' in source) return Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
  if (fs.statSync(source.path).size > limit) throw new UnreadableFileError(`larger than ${Math.round(limit / 1024 / 1024)} MB`);
  return fs.readFileSync(source.path);
}

type Kind = 'json' | 'html' | 'csv';

/** What a file is, from its first bytes (and its name only to tell CSV from a text that is neither). */
export function sniff(bytes: Uint8Array): { kind: Kind; encoding: string; rootIsArray: boolean } {
  let start = 0;
  let encoding = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'csv', encoding: 'utf-16le', rootIsArray: false };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'csv', encoding: 'utf-16be', rootIsArray: false };
  else if (!isUtf8Prefix(bytes)) encoding = 'windows-1252';
  while (start < bytes.length && /\s/.test(String.fromCharCode(bytes[start]!))) start++;
  const c = String.fromCharCode(bytes[start] ?? 0);
  if (c === '{' || c === '[') return { kind: 'json', encoding, rootIsArray: c === '[' };
  if (c === '<') return { kind: 'html', encoding, rootIsArray: false };
  return { kind: 'csv', encoding, rootIsArray: false };
}

/** Valid UTF-8, allowing a sequence cut off at the end of the sample. */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  let end = bytes.length;
  for (let i = Math.max(0, end - 3); i < end; i++) if (bytes[i]! >= 0xc0) end = i;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

export async function* readFactCheckFile(source: FileSource, onBytes: (n: number) => void = () => {}, streamFrom = STREAM_FROM_BYTES): AsyncGenerator<ReadItem> {
  const { kind, encoding, rootIsArray } = sniff(head(source));
  if (kind === 'html') {
    yield* readHtml(readAll(source, MAX_HTML_BYTES), encoding);
    onBytes(sourceSize(source));
  } else if (kind === 'json') {
    if (sourceSize(source) <= streamFrom) {
      yield* readJsonWhole(readAll(source, streamFrom), encoding);
      onBytes(sourceSize(source));
    } else {
      yield* readJsonStream(open(source, onBytes), rootIsArray);
    }
  } else {
    yield* readCsv(open(source, onBytes), encoding, delimiterOf(decode(Buffer.from(head(source)), encoding)));
  }
}

function decode(bytes: Buffer, encoding: string): string {
  return iconv.decode(bytes, encoding).replace(/^\uFEFF/, '');
}

function* readJsonWhole(bytes: Buffer, encoding: string): Generator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(decode(bytes, encoding));
  } catch (error) {
    throw new UnreadableFileError(`not valid JSON (${(error as Error).message.slice(0, 120)}); nothing was imported from it`);
  }
  let n = 0;
  // A feed's items are numbered as the feed numbers them, so a refusal says which one.
  const feed = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const feedItems = feed ? ['dataFeedElement', 'claims', 'itemListElement'].map((k) => feed[k]).find(Array.isArray) : undefined;
  const items = Array.isArray(value) ? value : (feedItems ?? [value]);
  for (const item of items) {
    n++;
    for (const result of recordsIn(item)) yield { result, where: `item ${n}` };
  }
}

async function* readJsonStream(input: Readable, rootIsArray: boolean): AsyncGenerator<ReadItem> {
  const parser = new JSONParser({ paths: rootIsArray ? ARRAY_ITEMS : OBJECT_ITEMS, keepStack: false });
  const ready: unknown[] = [];
  parser.onValue = ({ value }) => {
    ready.push(value);
  };
  let n = 0;
  const drain = function* (): Generator<ReadItem> {
    for (const value of ready.splice(0)) {
      n++;
      for (const result of recordsIn(value)) yield { result, where: `item ${n}` };
    }
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      parser.write(chunk);
      yield* drain();
    }
    if (!parser.isEnded) parser.end();
  } catch (error) {
    yield* drain();
    throw new UnreadableFileError(`the JSON breaks off after item ${n} (${(error as Error).message.slice(0, 120)}); the items before it were imported`);
  } finally {
    input.destroy();
  }
  yield* drain();
  if (n === 0) throw new UnreadableFileError('no ClaimReview items found (a large file must be a JSON array, or an object with @graph, claims or dataFeedElement)');
}

const LD_JSON = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

function* readHtml(bytes: Buffer, encoding: string): Generator<ReadItem> {
  const html = decode(bytes, encoding);
  let n = 0;
  for (const match of html.matchAll(LD_JSON)) {
    n++;
    let value: unknown;
    try {
      value = JSON.parse(match[1]!.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch (error) {
      yield { result: { ok: false, reason: `malformed JSON-LD (${(error as Error).message.slice(0, 100)})` }, where: `script ${n}` };
      continue;
    }
    for (const result of recordsIn(value)) yield { result, where: `script ${n}` };
  }
  if (n === 0) {
    const title = /<title[^>]*>([^<]{0,120})/i.exec(html)?.[1]?.trim();
    throw new UnreadableFileError(`an HTML page with no ClaimReview markup${title ? ` ("${title}")` : ''}; an error page instead of a feed?`);
  }
}

/** The header line's most frequent separator: ',' (the documented one), ';' (German Excel) or a tab. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

async function* readCsv(input: Readable, encoding: string, delimiter: string): AsyncGenerator<ReadItem> {
  const parser = pipeline(
    input,
    iconv.decodeStream(encoding),
    parseCsv({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: 1 << 24,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim().toLowerCase());
        const missing = ['claim_reviewed', 'url'].filter((c) => !names.includes(c));
        if (missing.length) {
          throw new UnreadableFileError(
            // Read as CSV because it is not JSON or HTML (its first character said so): say that too,
            // for a .json file that holds plain text.
            `it is not ClaimReview JSON or HTML, and as CSV its header lacks ${missing.join(' and ')}; the header is: ${FACTCHECK_CSV_COLUMNS.join(',')}`,
          );
        }
        return names;
      },
    }),
    () => {},
  );
  let row = 1;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      row++;
      yield { result: fromCsvRow(record), where: `row ${row}` };
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof UnreadableFileError) throw cause;
    throw new UnreadableFileError(`the CSV breaks off after row ${row} (${(error as Error).message.slice(0, 120)}); the rows before it were imported`);
  }
}
