// The serve host for an integration suite: a real app on a temp SQLite file behind the real HTTP
// server on 127.0.0.1 (a stand-in renderer folder), started once before the suite's tests and
// closed after them, and raw requests to it. (Seven suites each wrote the same beforeAll/afterAll
// pair and the same http.request wrapper.)
import http from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../src/main/http/server';
import { openTestApp, standInRendererDir, type TestApp } from './temp-app';

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Serve {
  /** The app behind the server (read inside tests and hooks: it opens in beforeAll). */
  readonly app: TestApp;
  readonly server: RunningServer;
  /** The stand-in renderer folder the server serves. */
  readonly rendererDir: string;
  /** The bearer token and a JSON content type, what the renderer sends. */
  auth(): Record<string, string>;
  /** One raw request to the server: POST with auth() unless told otherwise; the body as sent. */
  request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawReply>;
}

/**
 * Opens the app and starts the server in the calling suite's beforeAll (after `seed`, when given,
 * which fills the database first), and closes both in its afterAll.
 */
export function withServe(options: { seed?: (app: TestApp) => Promise<void> } = {}): Serve {
  let app: TestApp | undefined;
  let server: RunningServer | undefined;
  let rendererDir: string | undefined;
  beforeAll(async () => {
    app = await openTestApp({ host: 'serve' });
    await options.seed?.(app);
    rendererDir = standInRendererDir();
    server = await startServer({ dispatch: app.dispatch, rendererDir, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('withServe: the server starts in beforeAll; read it inside a test or a hook');
    return value;
  };
  const serve: Serve = {
    get app() {
      return started(app);
    },
    get server() {
      return started(server);
    },
    get rendererDir() {
      return started(rendererDir);
    },
    auth: () => ({ Authorization: `Bearer ${serve.server.token}`, 'Content-Type': 'application/json' }),
    request: ({ path, method = 'POST', headers = serve.auth(), body }) =>
      new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: serve.server.port, path, method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('error', reject);
        req.end(body);
      }),
  };
  return serve;
}
