// Each spec gets the real serve host on port 0 over a fresh SQLite file, and a page opened
// at its printed URL (with the session token), in a real Chromium.
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { openApp, type ClaimdeskApp } from '../../src/main/core/app';
import { startServer, type RunningServer } from '../../src/main/http/server';
import type { MethodInput, MethodName, MethodResult } from '../../src/shared/contract';
import { tempDir } from '../helpers/temp-app';

export const RENDERER_DIR = path.resolve(__dirname, '..', '..', 'out', 'renderer');

export interface Serve {
  app: ClaimdeskApp;
  server: RunningServer;
  dbPath: string;
  /** Calls the API as a script would (POST /api/<method> with the token). */
  api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
}

export async function startServe(dbPath = path.join(tempDir('claimdesk-e2e-'), 'claimdesk.db')): Promise<Serve> {
  // No background snapshots: the specs' sources name real sites and a test never goes online.
  const app = await openApp(dbPath, { host: 'serve', defaultActor: null, snapshots: false });
  const server = await startServer({ dispatch: app.dispatch, rendererDir: RENDERER_DIR, port: 0 });
  return {
    app,
    server,
    dbPath,
    async api(method, input) {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      return body.value as never;
    },
  };
}

export const test = base.extend<{ serve: Serve; openApp: (page?: Page) => Promise<Page> }>({
  // Playwright reads the fixture's dependencies from this destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  serve: async ({}, use) => {
    const serve = await startServe();
    await use(serve);
    await serve.server.close();
    await serve.app.close();
  },
  openApp: async ({ page, serve }, use) => {
    await use(async (target = page) => {
      await target.goto(serve.server.url);
      return target;
    });
  },
});

export { expect };
