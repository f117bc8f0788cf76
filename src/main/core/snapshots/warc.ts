// One snapshot as a standard WARC 1.1 file (ISO 28500), written and read with warcio (the
// Webrecorder library; any web-archive tool can open the result). Three records, each its own
// gzip member, as .warc.gz files are laid out:
//   warcinfo    who wrote it and why
//   response    the HTTP answer: status line, headers and the body as received
//     or resource  a file the reviewer attached instead (PDF, screenshot, saved page)
//   conversion  the readable text taken from it (text/plain), referring to the record above
// Digests are SHA-256 in hex ("sha256:…"), so WARC-Payload-Digest is the hash the app shows.
// undici has already undone the body's Content-Encoding, so that header is kept only as
// X-Archive-Orig-Content-Encoding (a reader would otherwise try to gunzip plain bytes again).
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';

const WARC_VERSION = 'WARC/1.1';
const DIGEST = { algo: 'sha-256', prefix: 'sha256:', base32: false } as const;
/** Headers that describe the transfer rather than the bytes stored; kept under an X-Archive-Orig- name. */
const TRANSFER_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length', 'connection', 'keep-alive']);

export interface WarcCapture {
  /** What the snapshot is of: the final URL of a fetch, the source's URL for an attached file. */
  targetUri: string;
  /** ISO timestamp of retrieval. */
  date: string;
  /** A fetched response; absent for an attached file (a resource record). */
  http?: { status: number; statusText: string; headers: [string, string][] };
  contentType: string | null;
  payload: Uint8Array;
  /** The body was cut at the size cap (WARC-Truncated: length). */
  truncated: boolean;
  /** The attached file's name, for the warcinfo record. */
  fileName?: string | null;
  /** Null: none, or not yet (snapshot.service.ts appends it with conversionRecord once extracted). */
  readableText: string | null;
  software: string;
  /** The WARC-Record-ID of the response/resource record (a conversion record added later refers to it). */
  recordId?: string;
}

function iso(date: string): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function buildWarc(capture: WarcCapture): Promise<Uint8Array> {
  const date = iso(capture.date);
  const info = await WARCRecord.createWARCInfo(
    { filename: 'snapshot.warc.gz', warcVersion: WARC_VERSION },
    { software: capture.software, format: 'WARC File Format 1.1', description: capture.fileName ? `A file attached as the snapshot of ${capture.targetUri}: ${capture.fileName}` : `Snapshot of ${capture.targetUri}` },
  );
  const parts = [await WARCSerializer.serialize(info, { gzip: true, digest: DIGEST })];

  const truncation: Record<string, string> = capture.truncated ? { 'WARC-Truncated': 'length' } : {};
  const identity: Record<string, string> = capture.recordId ? { 'WARC-Record-ID': capture.recordId } : {};
  let main: WARCRecord;
  if (capture.http) {
    const httpHeaders: [string, string][] = [];
    for (const [name, value] of capture.http.headers) {
      httpHeaders.push(TRANSFER_HEADERS.has(name.toLowerCase()) ? [`X-Archive-Orig-${name}`, value] : [name, value]);
    }
    httpHeaders.push(['Content-Length', String(capture.payload.byteLength)]);
    main = WARCRecord.create(
      { url: capture.targetUri, date, type: 'response', warcVersion: WARC_VERSION, statusline: `HTTP/1.1 ${capture.http.status} ${capture.http.statusText || 'OK'}`, httpHeaders, warcHeaders: { ...identity, ...truncation } },
      [capture.payload],
    );
  } else {
    main = WARCRecord.create(
      { url: capture.targetUri, date, type: 'resource', warcVersion: WARC_VERSION, warcHeaders: { 'Content-Type': capture.contentType ?? 'application/octet-stream', ...identity, ...truncation } },
      [capture.payload],
    );
  }
  parts.push(await WARCSerializer.serialize(main, { gzip: true, digest: DIGEST }));

  if (capture.readableText !== null) {
    parts.push(await conversionRecord({ targetUri: capture.targetUri, date: capture.date, refersTo: main.warcHeader('WARC-Record-ID') ?? '', text: capture.readableText }));
  }
  return concatBytes(parts);
}

/**
 * The readable text as a conversion record (its own gzip member) referring to the record it was
 * taken from: appended to a snapshot's file once the text has been extracted.
 */
export async function conversionRecord(r: { targetUri: string; date: string; refersTo: string; text: string }): Promise<Uint8Array> {
  const conversion = WARCRecord.create(
    { url: r.targetUri, date: iso(r.date), type: 'conversion', warcVersion: WARC_VERSION, warcHeaders: { 'Content-Type': 'text/plain; charset=utf-8', 'WARC-Refers-To': r.refersTo } },
    [new TextEncoder().encode(r.text)],
  );
  return WARCSerializer.serialize(conversion, { gzip: true, digest: DIGEST });
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

export interface WarcContents {
  targetUri: string | null;
  contentType: string | null;
  /** The stored body or attached file, exactly as archived. */
  payload: Uint8Array | null;
  payloadDigest: string | null;
  readableText: string | null;
}

/** Reads a snapshot back: the payload and the readable text. */
export async function readWarc(bytes: Uint8Array): Promise<WarcContents> {
  const out: WarcContents = { targetUri: null, contentType: null, payload: null, payloadDigest: null, readableText: null };
  for await (const record of new WARCParser([bytes])) {
    if (record.warcType === 'response' || record.warcType === 'resource') {
      out.targetUri = record.warcTargetURI ?? null;
      out.payloadDigest = record.warcPayloadDigest ?? null;
      out.contentType = (record.warcType === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? null;
      // readFully(false): the bytes as stored, not re-decoded by a Content-Encoding (removed on write).
      out.payload = await record.readFully(false);
    } else if (record.warcType === 'conversion') {
      out.readableText = new TextDecoder().decode(await record.readFully(false));
    } else {
      await record.readFully(false);
    }
  }
  return out;
}
