// The team server's fetch guard (src/main/core/import/fetch.ts, publicOnly): loopback, private
// and link-local addresses are refused after DNS resolution and on every redirect, unless an
// admin allows the host. A real local HTTP server stands in for the newsroom's intranet.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource, type NetworkGuard } from '../../src/main/core/import/fetch';
import { startServer, type RunningServer } from '../../src/main/http/server';
import { createTeamGate, openTeam } from '../../src/main/team';
import { openTestApp, tempDir, type TestApp } from '../helpers/temp-app';

let intranet: http.Server;
let port: number;

beforeAll(async () => {
  intranet = http.createServer((req, res) => {
    if (req.url?.startsWith('/to-loopback')) return res.writeHead(302, { Location: `http://127.0.0.1:${port}/secret` }).end();
    if (req.url?.startsWith('/to-metadata')) return res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (req.url?.startsWith('/to-name')) return res.writeHead(302, { Location: `http://intranet.test:${port}/secret` }).end();
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body><article><p>Intranet page: the secret is 42.</p></article></body></html>');
  });
  await new Promise<void>((resolve) => intranet.listen(0, '127.0.0.1', resolve));
  port = (intranet.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => intranet.close(() => resolve())));

/** A resolver standing in for DNS: public.test and intranet.test both answer with this machine's loopback. */
const resolve: NetworkGuard['resolve'] = async (hostname) => {
  if (hostname === 'public.test' || hostname === 'intranet.test') return [{ address: '127.0.0.1', family: 4 }];
  if (hostname === 'ten.test') return [{ address: '10.1.2.3', family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
};
const guard = (allow: string[] = []): NetworkGuard => ({ allowHosts: () => allow, resolve });
const refused = async (url: string, g: NetworkGuard = guard()) => {
  const error = await fetchResource(url, { publicOnly: g, timeoutMs: 3000 }).then(
    () => null,
    (e: unknown) => e as { code?: string; message: string },
  );
  expect(error, url).not.toBeNull();
  expect(error!.code, `${url}: ${error!.message}`).toBe('blocked_address');
  return error!;
};

describe('public-only fetch guard', () => {
  it('refuses loopback, private and link-local address literals', async () => {
    await refused(`http://127.0.0.1:${port}/`);
    await refused('http://10.0.0.1/');
    await refused('http://192.168.1.1/');
    await refused('http://172.16.0.1/');
    await refused('http://169.254.169.254/latest/meta-data/');
    await refused(`http://[::1]:${port}/`);
    await refused('http://[::ffff:127.0.0.1]/');
    await refused('http://0.0.0.0/');
  });

  it('refuses a host name that resolves to such an address (checked in the connection lookup)', async () => {
    const error = await refused(`http://intranet.test:${port}/`);
    expect(error.message).toMatch(/intranet\.test \(127\.0\.0\.1\)/);
    await refused('http://ten.test/');
    // The real resolver: localhost is loopback.
    await refused(`http://localhost:${port}/`, { allowHosts: () => [] });
  });

  it('refuses a redirect to a private address, a metadata address or a name that resolves to one', async () => {
    const allowed = guard(['public.test']);
    await refused(`http://public.test:${port}/to-loopback`, allowed);
    await refused(`http://public.test:${port}/to-metadata`, allowed);
    await refused(`http://public.test:${port}/to-name`, allowed);
  });

  it('fetches from a host an admin allowed, through the checked address', async () => {
    const fetched = await fetchResource(`http://intranet.test:${port}/page`, { publicOnly: guard(['intranet.test']) });
    expect(fetched.status).toBe(200);
    expect(new TextDecoder().decode(fetched.bytes)).toContain('secret is 42');
    // Without a guard (the desktop app) a local address is fetched as before.
    expect((await fetchResource(`http://127.0.0.1:${port}/page`, { publicOnly: null })).status).toBe(200);
  });
});

describe('the team server turns the guard on', () => {
  let app: TestApp;
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    app = await openTestApp({ host: 'serve' });
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    const team = await openTeam(app.store.db, { failureDelayMs: 0 });
    await team.add('rita', 'reviewer', 'a long enough password');
    await team.add('root', 'admin', 'a long enough password');
    token = (await team.createToken('rita')).token;
    const adminToken = (await team.createToken('root')).token;
    server = await startServer({ dispatch: app.dispatch, rendererDir, port: 0, team: createTeamGate({ team, secure: false, databaseLabel: 'test' }) });
    (globalThis as { adminToken?: string }).adminToken = adminToken;
  });
  afterAll(async () => {
    await server.close();
    await app.close();
  });
  const post = (method: string, body: unknown, bearer = token) =>
    fetch(`http://127.0.0.1:${server.port}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` }, body: JSON.stringify(body) }).then(
      async (r) => ({ status: r.status, json: (await r.json()) as any }),
    );

  it('refuses to import from the intranet, until an admin allows the host', async () => {
    const outcome = await post('import.url', { url: `http://127.0.0.1:${port}/page` });
    expect(outcome.json.value).toMatchObject({ status: 'failed' });
    expect(outcome.json.value.reason).toMatch(/private network/);
    const preview = await post('import.preview', { url: `http://127.0.0.1:${port}/page` });
    expect(preview.status).toBe(422);
    // A reviewer may not change the list; an admin may.
    expect((await post('team.allowHosts', { hosts: ['127.0.0.1'] })).status).toBe(403);
    const admin = (globalThis as { adminToken?: string }).adminToken!;
    expect((await post('team.allowHosts', { hosts: ['127.0.0.1'] }, admin)).json.value.hosts).toEqual(['127.0.0.1']);
    const again = await post('import.preview', { url: `http://127.0.0.1:${port}/page` });
    expect(again.status).toBe(200);
    expect(again.json.value.text).toContain('secret is 42');
  });
});
