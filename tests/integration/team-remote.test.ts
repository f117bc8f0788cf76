// The desktop app joining a desk (src/main/team/remote.ts): the router the Electron main hands
// its IPC calls to, against a real team server over a real SQLite file (no Electron needed).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/main/http/server';
import { createTeamGate, openTeam } from '../../src/main/team';
import { createDesktopRouter, NEXT_EVENTS_WAIT_MS, teamServerUrl } from '../../src/main/team/remote';
import { GERMAN_SAMPLE, openTestApp, tempDir, type TestApp } from '../helpers/temp-app';

let desk: TestApp;
let laptop: TestApp;
let server: RunningServer;

beforeAll(async () => {
  desk = await openTestApp({ host: 'serve' });
  laptop = await openTestApp();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  const team = await openTeam(desk.store.db, { failureDelayMs: 10 });
  await team.add('nora', 'reviewer', 'a long enough password');
  server = await startServer({ dispatch: desk.dispatch, rendererDir, port: 0, team: createTeamGate({ team, secure: false, databaseLabel: 'desk.db', guardFetches: false }) });
});
afterAll(async () => {
  await server.close();
  await desk.close();
  await laptop.close();
});

describe('desktop joins a desk', () => {
  it('only reaches a team server over https, or http on this machine', () => {
    expect(() => teamServerUrl('http://desk.example.org')).toThrow(/https/);
    expect(teamServerUrl('https://desk.example.org').href).toBe('https://desk.example.org/');
    expect(teamServerUrl('http://127.0.0.1:8080').href).toBe('http://127.0.0.1:8080/');
  });

  it('signs in, sends contract calls to the server, and goes back to the local store on disconnect', async () => {
    const router = createDesktopRouter(() => laptop.dispatch);
    const url = `http://127.0.0.1:${server.port}`;
    const wrong = await router.dispatch('team.connect', { url, name: 'nora', password: 'not it at all' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_password' } });
    const connected = await router.dispatch('team.connect', { url, name: 'nora', password: 'a long enough password' });
    expect(connected).toMatchObject({ ok: true, value: { connected: true, account: { name: 'nora', role: 'reviewer' }, database: 'desk.db' } });

    const created = await router.dispatch('articles.create', { text: GERMAN_SAMPLE, title: 'On the desk' });
    expect(created.ok).toBe(true);
    expect((await desk.ok('articles.list', {})).map((a) => a.title)).toContain('On the desk');
    expect((await laptop.ok('articles.list', {})).map((a) => a.title)).not.toContain('On the desk');
    // The server's rules hold: a reviewer may not delete.
    const id = (created as { ok: true; value: { article: { id: string } } }).value.article.id;
    expect(await router.dispatch('articles.delete', { id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(await router.dispatch('team.disconnect', {})).toMatchObject({ ok: true, value: { connected: false } });
    const local = await router.dispatch('articles.list', {});
    expect(local.ok && (local.value as { title: string }[]).map((a) => a.title)).not.toContain('On the desk');
  });

  it("hears a colleague's write as it happens: team.nextEvents answers when the event arrives, not at the end of its wait, and none once disconnected", async () => {
    const router = createDesktopRouter(() => laptop.dispatch);
    const url = `http://127.0.0.1:${server.port}`;
    expect((await router.dispatch('team.connect', { url, name: 'nora', password: 'a long enough password' })).ok).toBe(true);
    type Next = { ok: true; value: { connected: boolean; events: Array<{ kind: string; id: string | null; by?: string }>; last: number } };
    // The window is waiting (nothing has happened yet) when the colleague writes.
    const waiting = router.dispatch('team.nextEvents', { after: 0 }) as Promise<Next>;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const colleague = createDesktopRouter(() => laptop.dispatch);
    await colleague.dispatch('team.connect', { url, name: 'nora', password: 'a long enough password' });
    const created = (await colleague.dispatch('articles.create', { text: GERMAN_SAMPLE, title: 'Written elsewhere' })) as { ok: true; value: { article: { id: string } } };
    const heard = await waiting;
    expect(Date.now() - started).toBeLessThan(NEXT_EVENTS_WAIT_MS);
    expect(heard.value.connected).toBe(true);
    expect(heard.value.events).toContainEqual(expect.objectContaining({ kind: 'article', id: created.value.article.id, by: 'nora' }));
    // Asked again after the last one, nothing is repeated.
    const seen = heard.value.last;
    const more = router.dispatch('team.nextEvents', { after: seen }) as Promise<Next>;
    await colleague.dispatch('articles.create', { text: `${GERMAN_SAMPLE} Noch ein Satz.`, title: 'Second' });
    const next = await more;
    expect(next.value.events.every((e) => e.id !== created.value.article.id)).toBe(true);
    expect(next.value.last).toBeGreaterThan(seen);

    await router.dispatch('team.disconnect', {});
    await colleague.dispatch('team.disconnect', {});
    expect(await router.dispatch('team.nextEvents', { after: 0 })).toMatchObject({ ok: true, value: { connected: false, events: [] } });
  }, 60_000);

  it('says so when the server is not reachable', async () => {
    const router = createDesktopRouter(() => laptop.dispatch);
    expect(await router.dispatch('team.connect', { url: 'http://127.0.0.1:9', name: 'nora', password: 'x' })).toMatchObject({ ok: false, error: { code: 'offline' } });
  });
});
