// fetchArticle: URL → ImportedDocument. Network policy lives here, parsing is parseDocument's.
// - Only http(s). Redirects are followed by hand (redirect: 'manual') so every hop is
//   re-validated: a page must not bounce us to file:, javascript: or data: URLs.
// - One AbortController enforces a total deadline over connect, redirects and body download.
// - The body is streamed and the download aborted as soon as it exceeds maxBytes, so a huge
//   or endless response cannot exhaust memory (Content-Length is checked first but not trusted).
// Private/loopback addresses are deliberately allowed: this is a desktop app, the user is the
// one asking, and local test servers must work. What the user did not ask for is a redirect
// from the address they gave into a more private network (a public page bouncing to
// 192.168.x or 169.254.169.254): with `guardRedirectAddresses` such a hop is refused.
//
// On a team server (`claimdesk server`) the fetcher runs for other people, so it must not become
// a proxy into the newsroom's network: the server turns on `publicOnly` (setDefaultNetworkGuard),
// and then every address, the first and each redirect's, must be public: loopback, private,
// link-local and reserved addresses are refused after DNS resolution. The check sits in the
// connection's own `lookup`, so the address checked is the address connected to (no second
// resolution a rebinding DNS server could answer differently). Hosts an admin allows are exempt.
//
// fetchResource is the one fetcher: the article import (fetchArticle) and the source
// snapshots and link checks (core/snapshots) both go through it, with the same policy.
import dnsCallback, { type LookupAddress } from 'node:dns';
import dns from 'node:dns/promises';
import net from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { ImportError, tooLarge } from './errors';
import { parseDocument } from './parse';
import { looksLikeHtml, parseContentType } from './sniff';
import { MAX_IMPORT_BYTES, type ImportedDocument } from './types';

export interface FetchArticleOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  fetchImpl?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Validates a user-supplied or redirect URL; throws invalid_url. */
function checkUrl(raw: string, context: 'input' | 'redirect'): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ImportError('invalid_url', `"${raw}" is not a valid web address.`);
  }
  const where = context === 'redirect' ? 'The page redirected to' : 'Only http and https addresses can be imported, not';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportError('invalid_url', `${where} a ${url.protocol.replace(/:$/, '')}: address${context === 'redirect' ? ', which cannot be imported' : ''}.`);
  }
  if (url.username || url.password) {
    throw new ImportError('invalid_url', 'Web addresses containing a user name or password cannot be imported.');
  }
  return url;
}

/** Human description of a network error from undici (the cause carries the errno code). */
function describeNetworkError(error: unknown, url: URL): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return `Could not connect to ${url.host}: the connection was refused.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Could not find the server ${url.hostname}; check the address and your internet connection.`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `The connection to ${url.host} was closed unexpectedly.`;
    default: {
      const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
      return `Could not download ${url.href}: ${detail}.`;
    }
  }
}

/**
 * Reads the body up to maxBytes. Past the cap the download is stopped at once: an error by
 * default, or (truncate) the first maxBytes with `truncated` set. The cap counts decoded bytes,
 * so a gzip bomb stops at the cap like any other large body.
 */
async function readBody(response: Response, maxBytes: number, controller: AbortController, truncate: boolean): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!response.body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > maxBytes) {
      controller.abort(); // stop the download; do not wait for the rest
      await reader.cancel().catch(() => undefined);
      if (!truncate) throw tooLarge(null, maxBytes, 'page');
      chunks.push(value.subarray(0, maxBytes - total));
      total = maxBytes;
      truncated = true;
      break;
    }
    total += value.byteLength;
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return { bytes: out, truncated };
}

/**
 * Where an address lives. A guarded redirect may go to a public address or stay in the class of
 * the address the user gave: a public page may not send us into the LAN (or to 169.254.169.254),
 * and a page on this machine may not send us into the LAN either.
 */
type AddressClass = 'public' | 'private' | 'loopback';

export function classifyIp(ip: string): AddressClass {
  const v4 = net.isIPv4(ip) ? ip : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (v4) {
    const [a, b] = v4.split('.').map(Number) as [number, number];
    if (a === 127 || a === 0) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return 'private';
    return 'public';
  }
  const lower = ip.toLowerCase();
  if (lower === '::1' || lower === '::') return 'loopback';
  if (/^f[cd]/.test(lower) || /^fe[89ab]/.test(lower)) return 'private';
  return 'public';
}

/** The class of a host name's addresses, the most private one if they differ (a name that resolves nowhere is left to the fetch to report). */
async function classifyHost(hostname: string): Promise<AddressClass> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(bare)) return classifyIp(bare);
  if (bare === 'localhost' || bare.endsWith('.localhost')) return 'loopback';
  try {
    const classes = (await dns.lookup(bare, { all: true })).map((a) => classifyIp(a.address));
    return classes.find((c) => c !== 'public') ?? 'public';
  } catch {
    return 'public';
  }
}

/** Only public addresses, except the hosts an admin allows (see the top of this file). */
export interface NetworkGuard {
  /** Host names (or IP literals) that may be private, compared case-insensitively. */
  allowHosts: () => readonly string[];
  /** The resolver (default dns.lookup); tests give a name an address here. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

let defaultGuard: NetworkGuard | null = null;

/** Turns the public-only guard on for every fetch of this process (the team server does), or off (null). */
export function setDefaultNetworkGuard(guard: NetworkGuard | null): void {
  defaultGuard = guard;
}

/** Public unicast only: no loopback, private, link-local, carrier-grade NAT, multicast or reserved address. */
export function isPublicAddress(ip: string): boolean {
  // An IPv4-mapped address as URL writes it (::ffff:7f00:1 for 127.0.0.1).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (mapped) {
    const hi = parseInt(mapped[1]!, 16);
    const lo = parseInt(mapped[2]!, 16);
    return isPublicAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  if (classifyIp(ip) !== 'public') return false;
  const v4 = net.isIPv4(ip) ? ip : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (v4) {
    const [a, b] = v4.split('.').map(Number) as [number, number];
    return !(a >= 224 || (a === 198 && (b === 18 || b === 19)) || (a === 192 && b === 0));
  }
  const lower = ip.toLowerCase();
  return !(/^ff/.test(lower) || /^(64:ff9b|2001:db8|100::)/.test(lower));
}

const BLOCKED = 'ECLAIMDESK_BLOCKED_ADDRESS';

function hostAllowed(guard: NetworkGuard, hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return guard.allowHosts().some((h) => h.trim().toLowerCase() === bare);
}

function blockedError(hostname: string, address: string): Error {
  const shown = hostname === address ? address : `${hostname} (${address})`;
  return Object.assign(new ImportError('blocked_address', `${shown} is an address in a private network (loopback, private or link-local); this server does not fetch from there. An admin can allow the host in the team settings.`), { errno: BLOCKED });
}

/** The connection's lookup: resolves, refuses a non-public answer, and hands the checked addresses to the socket. */
function guardedLookup(guard: NetworkGuard) {
  const resolve = guard.resolve ?? ((hostname: string) => dns.lookup(hostname, { all: true, verbatim: true }));
  return (hostname: string, options: dnsCallback.LookupOptions, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void): void => {
    resolve(hostname)
      .then((found) => {
        const addresses = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (addresses.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
        if (!hostAllowed(guard, hostname)) {
          const bad = addresses.find((a) => !isPublicAddress(a.address));
          if (bad) throw blockedError(hostname, bad.address);
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((error: Error) => callback(error, options.all ? [] : ''));
  };
}

/** The guard's check of an address literal (a socket does not look those up). */
function checkLiteral(guard: NetworkGuard, url: URL): void {
  const bare = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(bare) && !hostAllowed(guard, bare) && !isPublicAddress(bare)) throw blockedError(bare, bare);
}

function findBlocked(error: unknown): ImportError | null {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof ImportError && e.code === 'blocked_address') return e;
  }
  return null;
}

export interface FetchResourceOptions extends FetchArticleOptions {
  /** Public addresses only (default: the process's guard, set by the team server; null: none). */
  publicOnly?: NetworkGuard | null;
  /** Past maxBytes keep the first maxBytes and say `truncated` (default: refuse with too_large). */
  truncateAtCap?: boolean;
  /** Refuse a redirect into a more private network than the first address (see the top of this file). */
  guardRedirectAddresses?: boolean;
  accept?: string;
  userAgent?: string;
  /** Aborts the fetch from outside (the app closing). */
  signal?: AbortSignal;
  /** Looks at a 2xx answer's content type before the body is read; an error thrown here stops the download. */
  checkContentType?: (contentType: string | null, finalUrl: string) => void;
}

export interface FetchedResource {
  requestedUrl: string;
  /** The address after redirects. */
  finalUrl: string;
  /** Every address that answered with a redirect, in order. */
  redirects: string[];
  status: number;
  statusText: string;
  /** Response headers as received (undici has already undone Content-Encoding). */
  headers: [string, string][];
  contentType: string | null;
  /** The body as received, decoded from its Content-Encoding; empty for an answer that is not 2xx. */
  bytes: Uint8Array;
  truncated: boolean;
}

/**
 * One GET under the network policy above. Any status is returned (the caller decides what a
 * 404 means); network failures, timeouts, refused redirects and (without truncateAtCap) bodies
 * over the cap throw an ImportError with a plain-sentence message.
 */
export async function fetchResource(url: string, opts: FetchResourceOptions = {}): Promise<FetchedResource> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const guard = opts.publicOnly === undefined ? defaultGuard : opts.publicOnly;
  // Guarded: undici's own fetch over an agent whose sockets resolve through the guard.
  const agent = guard ? new Agent({ connect: { lookup: guardedLookup(guard) as never } }) : null;
  const fetchImpl: typeof fetch = agent
    ? (((input: string, init: RequestInit) => undiciFetch(input, { ...(init as object), dispatcher: agent })) as unknown as typeof fetch)
    : (opts.fetchImpl ?? fetch);

  const first = checkUrl(url, 'input');
  if (guard) checkLiteral(guard, first);
  let current = first;
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const redirects: string[] = [];
  try {
    const startClass = opts.guardRedirectAddresses ? await classifyHost(first.hostname) : null;
    let response: Response;
    for (;;) {
      response = await fetchImpl(current.href, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: opts.accept ?? '*/*', 'user-agent': opts.userAgent ?? 'Claimdesk/0.1' },
      });
      if (!REDIRECT_STATUSES.has(response.status)) break;
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => undefined);
      if (!location) throw new ImportError('fetch_failed', `The page at ${current.href} answered with a redirect (${response.status}) but gave no target address.`);
      if (redirects.length >= maxRedirects) {
        throw new ImportError('too_many_redirects', `The page at ${url} redirected more than ${maxRedirects} times; giving up.`);
      }
      redirects.push(current.href);
      const next = checkUrl(new URL(location, current).href, 'redirect');
      if (guard) checkLiteral(guard, next);
      const nextClass = startClass === null ? null : await classifyHost(next.hostname);
      if (nextClass !== null && nextClass !== 'public' && nextClass !== startClass) {
        throw new ImportError('invalid_url', `The page at ${current.href} redirected to ${next.host}, an address in a private network you did not ask for; it was not followed.`);
      }
      current = next;
    }
    const contentType = response.headers.get('content-type');
    const headers = [...response.headers.entries()];
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { requestedUrl: first.href, finalUrl: current.href, redirects, status: response.status, statusText: response.statusText, headers, contentType, bytes: new Uint8Array(0), truncated: false };
    }
    if (opts.checkContentType) {
      try {
        opts.checkContentType(contentType, current.href);
      } catch (error) {
        await response.body?.cancel().catch(() => undefined);
        throw error;
      }
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (!opts.truncateAtCap && Number.isFinite(declaredLength) && declaredLength > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(declaredLength, maxBytes, 'page');
    }
    const body = await readBody(response, maxBytes, controller, opts.truncateAtCap ?? false);
    return { requestedUrl: first.href, finalUrl: current.href, redirects, status: response.status, statusText: response.statusText, headers, contentType, ...body };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const blocked = findBlocked(error);
    if (blocked) throw blocked;
    if (timedOut) {
      throw new ImportError('timeout', `The page at ${current.href} did not respond within ${Math.round(timeoutMs / 100) / 10} seconds.`, { cause: error });
    }
    if (opts.signal?.aborted) throw new ImportError('fetch_failed', `The download of ${current.href} was stopped.`, { cause: error });
    throw new ImportError('fetch_failed', describeNetworkError(error, current), { cause: error });
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onOuterAbort);
    agent?.close().catch(() => undefined);
  }
}

export async function fetchArticle(url: string, opts: FetchArticleOptions = {}): Promise<ImportedDocument> {
  const fetched = await fetchResource(url, {
    ...opts,
    accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
    userAgent: 'Claimdesk/0.1 (article import)',
    checkContentType: (contentType, page) => {
      const mime = parseContentType(contentType).mime;
      if (mime !== null && !HTML_TYPES.has(mime) && mime !== 'text/plain') {
        throw new ImportError('not_html', `The address ${page} is not a web page (its content type is ${mime}); download the file and import it instead.`);
      }
    },
  });
  const page = fetched.finalUrl;
  if (fetched.status < 200 || fetched.status > 299) {
    const status = `${fetched.status}${fetched.statusText ? ` ${fetched.statusText}` : ''}`;
    throw new ImportError('fetch_failed', `The server answered "${status}" for ${page}.`);
  }
  const { contentType, bytes } = fetched;
  const mime = parseContentType(contentType).mime;
  // No content type at all: accept only what is recognisably HTML.
  if (mime === null && bytes.length > 0 && !looksLikeHtml(bytes)) {
    throw new ImportError('not_html', `The address ${page} did not say what it contains and does not look like a web page.`);
  }
  if (bytes.length === 0) throw new ImportError('empty', `The page at ${page} is empty.`);
  return parseDocument({
    bytes,
    // Without a content type the bytes were sniffed as HTML above.
    contentType: contentType ?? 'text/html',
    sourceUrl: page,
  });
}
