// The serve host: the same renderer and the same contract as the desktop app, over HTTP on
// loopback. Static files are public (they hold no data); every API call needs the session
// token, a loopback Host header (against DNS rebinding) and a JSON body.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/dispatch';
import type { TeamGate } from '../team/host';
import { RENDERER_CSP } from '../csp';
import { BodyEncodingError, parseJsonBytes } from '../core/json-body';

export { RENDERER_CSP };


const MAX_BODY_BYTES = 100 * 1024 * 1024;
/** Bodies above this are decoded and parsed in a worker: a 20 MB body takes the parser ~0.2 s. */
const PARSE_IN_WORKER_BYTES = 512 * 1024;
/** How long close() waits for running API calls to finish. */
const CLOSE_WAIT_MS = 5_000;
const STATUS_BY_CODE: Record<string, number> = {
  validation: 400,
  unknown_method: 404,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  rule: 422,
  import: 422,
  report: 422,
  database: 503,
  closing: 503,
  internal: 500,
};
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  host?: string;
  token?: string;
  /** A team server: accounts instead of the one token, any Host name (it is reached by its public name), events. */
  team?: TeamGate;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: Buffer; key: Buffer };
  /** Called when a static file is asked for, with its path (serve waits for the page's files in flight before it loads its modules). */
  onStaticRequested?: (pathname: string) => void;
  /** Called after each static file is sent, with its path (serve opens its database once the page's files are out). */
  onStaticServed?: (pathname: string) => void;
  /**
   * Files of the renderer folder to read when the server starts (paths like '/index.html',
   * '/assets/index-….js') and send from memory the first time each is asked for (later requests
   * read the file again, so a rebuilt renderer is served on reload as before).
   */
  firstLoad?: string[];
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  token: string;
  server: http.Server;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function hostAllowed(header: string | undefined, bindHost: string, port: number): boolean {
  if (!header) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header.trim().toLowerCase());
  if (!match || Number(match[2] ?? 80) !== port) return false;
  const name = match[1]!;
  return LOOPBACK_HOSTS.has(name) || name === bindHost.toLowerCase();
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', RENDERER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(json);
}

const errorBody = (code: string, message: string) => ({ ok: false, error: { code, message } });

/** Bytes of a body received before its declared length is set aside (see readBody). */
const PRESIZE_AFTER_BYTES = 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // A body that says it is over the limit is refused before a byte of it is read or kept.
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      reject(Object.assign(new Error('too large'), { status: 413 }));
      return;
    }
    // A large body with a declared length is copied into place chunk by chunk as it arrives: one
    // Buffer.concat of 27 MB at the end held the host's thread for most of a tenth of a second.
    // The buffer of the declared length is taken only once 1 MB has arrived, so a client that
    // declares a large body and sends little holds no more memory than it sent.
    const presize = Number.isFinite(declared) && declared > PRESIZE_AFTER_BYTES ? declared : 0;
    let body: Buffer | null = null;
    let chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.length > (presize || MAX_BODY_BYTES)) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
        return;
      }
      if (!body && presize && size + chunk.length > PRESIZE_AFTER_BYTES) {
        body = Buffer.allocUnsafe(presize);
        Buffer.concat(chunks, size).copy(body, 0);
        chunks = [];
      }
      if (body) chunk.copy(body, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => resolve(body ? body.subarray(0, size) : Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

/** The JSON of a body: small ones here, large ones in the 'body' worker so other calls go on meanwhile. */
async function parseBody(body: Buffer): Promise<unknown> {
  if (body.length === 0) return {};
  if (body.length <= PARSE_IN_WORKER_BYTES) return parseJsonBytes(body);
  // The worker pool loads with the first large body, not before serve listens (node:worker_threads
  // and the task table are on no start-up path; the same for node:https, loaded only with TLS).
  const { runTask, TaskError, TaskLimitError } = await import('../core/workers/run-task');
  // Hand the bytes over rather than copy them (a Buffer may be a view into a larger one).
  const bytes = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? new Uint8Array(body.buffer) : new Uint8Array(body);
  try {
    return await runTask('body', 'json.parse', bytes, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    if (error instanceof TaskError && error.name === 'SyntaxError') throw new SyntaxError(error.message);
    if (error instanceof TaskError && error.name === 'BodyEncodingError') throw new BodyEncodingError(error.message);
    // Beyond the worker's limits: too large to take, as a body over the size limit is.
    if (error instanceof TaskLimitError) throw Object.assign(new Error('too large'), { status: 413 });
    throw error;
  }
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string, options: ServeOptions & { token: string }): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendJson(res, 405, errorBody('method_not_allowed', 'API calls are POST requests.'));
  }
  const caller = options.team ? await options.team.authenticate(req, res) : undefined;
  if (caller === null) return; // answered already (401 or 403)
  if (!options.team && !tokenMatches(req.headers.authorization, options.token)) {
    return sendJson(res, 401, errorBody('unauthorized', 'Missing or wrong session token: send Authorization: Bearer <token> as printed when serve started.'));
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return sendJson(res, 415, errorBody('unsupported_media_type', 'The request body must be JSON (Content-Type: application/json).'));
  }
  let input: unknown;
  try {
    input = await parseBody(await readBody(req));
  } catch (error) {
    const status = (error as { status?: number }).status ?? 400;
    const message =
      status === 413 ? `The request body is too large: the limit is ${MAX_BODY_BYTES / 1048576} MB.` : error instanceof BodyEncodingError ? error.message : 'The request body is not valid JSON.';
    return sendJson(res, status, errorBody('validation', message));
  }
  const result = await options.dispatch(method, input, caller);
  if (caller && options.team) await options.team.afterCall(method, input, result, caller);
  sendJson(res, result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 400), result);
}

/** A method name as the contract and the team routes spell them: words joined by dots, nothing else. */
const API_METHOD = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;

/** The method of an API path sent as /api/<method>, or null for any other path (no dot segments, escapes or slashes). */
export function apiMethodOf(rawPath: string): string | null {
  if (!rawPath.startsWith('/api/')) return null;
  const method = rawPath.slice('/api/'.length);
  return API_METHOD.test(method) ? method : null;
}

function badRequest(res: http.ServerResponse): void {
  res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Bad request');
}

/**
 * The files of `firstLoad` read now, by path ('/' for index.html): the page's first load is sent
 * from memory, in the request's own turn of the event loop. Read through fs.readFile it took the
 * thread pool four round trips per file (open, stat, read, close), the first of them starting the
 * pool's threads; traced at load 6, the HTML went out 200 ms after it was asked for. A file that
 * cannot be read is left to the request (which answers 404 as before).
 */
function readFirstLoad(rendererDir: string, files: string[]): Map<string, Buffer> {
  const held = new Map<string, Buffer>();
  const root = path.resolve(rendererDir) + path.sep;
  for (const name of files) {
    const file = path.resolve(rendererDir, name.replace(/^\/+/, ''));
    if (!file.startsWith(root)) continue;
    try {
      held.set(name === '/index.html' ? '/' : name, fs.readFileSync(file));
    } catch {
      // Left to the request.
    }
  }
  return held;
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, rendererDir: string, held: Map<string, Buffer>): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    res.end();
    return;
  }
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    // A malformed escape (%E0%A4%A) must not throw out of the request handler.
    return badRequest(res);
  }
  // A NUL or other control character (/%00) is no file name: fs would throw on it.
  if (/[\u0000-\u001f\u007f]/.test(relative)) return badRequest(res);
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep)) {
    res.writeHead(404);
    res.end();
    return;
  }
  const send = (data: Buffer) => {
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': relative === 'index.html' ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  };
  const key = relative === 'index.html' ? '/' : pathname;
  const data = held.get(key);
  if (data) {
    if (req.method === 'GET') held.delete(key);
    return send(data);
  }
  fs.readFile(file, (error, read) => {
    if (error) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    send(read);
  });
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const bindHost = options.host ?? '127.0.0.1';
  if (!fs.existsSync(path.join(options.rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${options.rendererDir}/index.html is missing). Run "npm run build" first.`);
  }
  const held = readFirstLoad(options.rendererDir, options.firstLoad ?? []);
  let port = 0;
  /** API calls still running: close() lets them finish before the caller closes the database. */
  const running = new Set<Promise<void>>();
  const listener: http.RequestListener = (req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // Nothing a request carries may stop the server.
      console.error('[claimdesk] serve: request failed', error);
      if (!res.headersSent) sendJson(res, 500, errorBody('internal', 'The request failed; nothing was changed.'));
      else res.destroy();
    }
  };
  const server: http.Server = options.tls ? (await import('node:https')).createServer({ cert: options.tls.cert, key: options.tls.key }, listener) : http.createServer(listener);
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    securityHeaders(res);
    if (options.team && options.tls) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    if (!options.team && !hostAllowed(req.headers.host, bindHost, port)) {
      return sendJson(res, 403, errorBody('forbidden_host', 'This server only answers requests addressed to its own loopback address.'));
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    // The API path is taken as sent, never as the URL parser normalised it: "/api/a.get/../b.set",
    // "/api/a.get/%2e%2e/b.set" or "/x/../api/b.set" must not reach b.set.
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0]!;
    if (pathname.startsWith('/api/') || rawPath.startsWith('/api/')) {
      const method = apiMethodOf(rawPath);
      if (method === null) {
        return sendJson(res, 404, errorBody('unknown_method', `API calls go to /api/<method> exactly (for example POST /api/articles.list); ${JSON.stringify(rawPath.slice(0, 200))} is no such path.`));
      }
      if (options.team?.route(req, res, method)) return;
      const call = handleApi(req, res, method, { ...options, token }).catch((error: unknown) => {
        console.error('[claimdesk] serve: request failed', error);
        if (!res.headersSent) sendJson(res, 500, errorBody('internal', 'The request failed; nothing was changed.'));
      });
      running.add(call);
      void call.finally(() => running.delete(call));
      return;
    }
    options.onStaticRequested?.(pathname);
    serveStatic(req, res, pathname, options.rendererDir, held);
    const onStaticServed = options.onStaticServed;
    if (onStaticServed) res.once('finish', () => onStaticServed(pathname));
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindHost, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const urlHost = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  return {
    url: options.team ? `${options.tls ? 'https' : 'http'}://${urlHost}:${port}/` : `http://${urlHost}:${port}/?token=${token}`,
    port,
    host: bindHost,
    token,
    server,
    close: async () => {
      options.team?.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // A call that was running (a verdict being written, a page's last read) ends before the
      // database is closed under it, within a bound: a stuck client cannot hold the exit.
      let bound: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...running]), new Promise((resolve) => (bound = setTimeout(resolve, CLOSE_WAIT_MS)))]);
      clearTimeout(bound);
      server.closeAllConnections();
      await closed;
    },
  };
}
