// Fetching a source for its snapshot or its link check, through the one fetcher of the import
// (same timeout, size cap, redirect limit, http(s) only), with two differences that suit an
// archive: a body over the cap is kept up to the cap and marked truncated instead of refused,
// and a redirect into a private network the user did not name is refused.
import { createHash } from 'node:crypto';
import { ImportError } from '../import/errors';
import { fetchResource, type FetchResourceOptions } from '../import/fetch';
import { parseDocumentOffThread } from '../import/in-worker';
import type { WarcContents } from './warc';

export type CaptureOptions = Omit<FetchResourceOptions, 'truncateAtCap' | 'guardRedirectAddresses' | 'checkContentType'>;

export interface Captured {
  ok: true;
  retrievedAt: string;
  requestedUrl: string;
  finalUrl: string;
  redirects: string[];
  httpStatus: number;
  statusText: string;
  headers: [string, string][];
  contentType: string | null;
  payload: Uint8Array;
  sha256: string;
  truncated: boolean;
}

export interface NotCaptured {
  ok: false;
  retrievedAt: string;
  finalUrl: string | null;
  httpStatus: number | null;
  contentType: string | null;
  /** A plain sentence. */
  reason: string;
  /** How it failed: 'http' (an error status), 'dns' (no such host), or the fetcher's error code. */
  kind: 'http' | 'dns' | string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function captureUrl(url: string, options: CaptureOptions = {}, now: () => string = () => new Date().toISOString()): Promise<Captured | NotCaptured> {
  try {
    const fetched = await fetchResource(url, { ...options, truncateAtCap: true, guardRedirectAddresses: true, userAgent: options.userAgent ?? 'Claimdesk/0.1 (source snapshot)' });
    const retrievedAt = now();
    if (fetched.status < 200 || fetched.status > 299) {
      const status = `${fetched.status}${fetched.statusText ? ` ${fetched.statusText}` : ''}`;
      return { ok: false, retrievedAt, finalUrl: fetched.finalUrl, httpStatus: fetched.status, contentType: fetched.contentType, reason: `The server answered "${status}" for ${fetched.finalUrl}.`, kind: 'http' };
    }
    return {
      ok: true,
      retrievedAt,
      requestedUrl: fetched.requestedUrl,
      finalUrl: fetched.finalUrl,
      redirects: fetched.redirects,
      httpStatus: fetched.status,
      statusText: fetched.statusText,
      headers: fetched.headers,
      contentType: fetched.contentType,
      payload: fetched.bytes,
      sha256: sha256Hex(fetched.bytes),
      truncated: fetched.truncated,
    };
  } catch (error) {
    const retrievedAt = now();
    if (error instanceof ImportError) {
      const dns = /Could not find the server/.test(error.message);
      return { ok: false, retrievedAt, finalUrl: null, httpStatus: null, contentType: null, reason: error.message, kind: dns ? 'dns' : error.code };
    }
    return { ok: false, retrievedAt, finalUrl: null, httpStatus: null, contentType: null, reason: (error as Error).message, kind: 'error' };
  }
}

/**
 * The readable text of stored bytes: Readability for HTML, the text layer of a PDF, the text of
 * a text file (the import's own parser, off the main thread for large files). Null when there
 * is none (an image, a PDF without a text layer, a page Readability finds no article in).
 */
export async function readableTextOf(bytes: Uint8Array, contentType: string | null, url: string | null, fileName?: string): Promise<string | null> {
  if (bytes.length === 0) return null;
  try {
    const doc = await parseDocumentOffThread({ bytes, contentType: contentType ?? undefined, sourceUrl: url ?? undefined, fileName });
    return doc.text || null;
  } catch {
    return null;
  }
}

/**
 * The readable text of a snapshot whose file has none stored (yet): its text is still being
 * extracted, or the process stopped before it was. Extracted from the archived bytes on demand.
 */
export async function readableTextOfWarc(contents: Pick<WarcContents, 'payload' | 'contentType' | 'targetUri'>): Promise<string | null> {
  if (!contents.payload || contents.contentType?.startsWith('image/')) return null;
  return readableTextOf(contents.payload, contents.contentType, contents.targetUri);
}
