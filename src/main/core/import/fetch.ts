// fetchArticle: URL → ImportedDocument. Network policy lives here, parsing is parseDocument's.
// - Only http(s). Redirects are followed by hand (redirect: 'manual') so every hop is
//   re-validated: a page must not bounce us to file:, javascript: or data: URLs.
// - One AbortController enforces a total deadline over connect, redirects and body download.
// - The body is streamed and the download aborted as soon as it exceeds maxBytes, so a huge
//   or endless response cannot exhaust memory (Content-Length is checked first but not trusted).
// Private/loopback addresses are deliberately allowed: this is a desktop app, the user is the
// one asking, and local test servers must work.
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

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_REDIRECTS = 5;
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

async function readBody(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort(); // stop the download; do not wait for the rest
      await reader.cancel().catch(() => undefined);
      throw tooLarge(null, maxBytes, 'page');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export async function fetchArticle(url: string, opts: FetchArticleOptions = {}): Promise<ImportedDocument> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const fetchImpl = opts.fetchImpl ?? fetch;

  let current = checkUrl(url, 'input');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  let bytes: Uint8Array;
  let contentType: string | null;
  try {
    let response: Response;
    for (let redirects = 0; ; ) {
      response = await fetchImpl(current.href, {
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
          'user-agent': 'Claimdesk/0.1 (article import)',
        },
      });
      if (!REDIRECT_STATUSES.has(response.status)) break;
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => undefined);
      if (!location) throw new ImportError('fetch_failed', `The page at ${current.href} answered with a redirect (${response.status}) but gave no target address.`);
      if (redirects >= maxRedirects) {
        throw new ImportError('too_many_redirects', `The page at ${url} redirected more than ${maxRedirects} times; giving up.`);
      }
      redirects++;
      current = checkUrl(new URL(location, current).href, 'redirect');
    }

    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new ImportError('fetch_failed', `The server answered "${status}" for ${current.href}.`);
    }

    contentType = response.headers.get('content-type');
    const mime = parseContentType(contentType).mime;
    if (mime !== null && !HTML_TYPES.has(mime) && mime !== 'text/plain') {
      await response.body?.cancel().catch(() => undefined);
      throw new ImportError('not_html', `The address ${current.href} is not a web page (its content type is ${mime}); download the file and import it instead.`);
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(declaredLength, maxBytes, 'page');
    }
    bytes = await readBody(response, maxBytes, controller);
    // No content type at all: accept only what is recognisably HTML.
    if (mime === null && !looksLikeHtml(bytes)) {
      throw new ImportError('not_html', `The address ${current.href} did not say what it contains and does not look like a web page.`);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (timedOut) {
      throw new ImportError('timeout', `The page at ${current.href} did not respond within ${Math.round(timeoutMs / 100) / 10} seconds.`, { cause: error });
    }
    throw new ImportError('fetch_failed', describeNetworkError(error, current), { cause: error });
  } finally {
    clearTimeout(timer);
  }

  if (bytes.length === 0) throw new ImportError('empty', `The page at ${current.href} is empty.`);
  return parseDocument({
    bytes,
    // Without a content type the bytes were sniffed as HTML above.
    contentType: contentType ?? 'text/html',
    sourceUrl: current.href,
  });
}
