// The desktop app joining a desk: once connected, contract calls go to the team server
// (POST /api/<method> with the session cookie) instead of the local store. Four host-level
// calls, not in the contract because they are about the connection itself:
//   team.connect { url, name, password }, team.disconnect {}, team.status {},
//   team.nextEvents { after } (the desk's live events, see DeskEventFeed below).
// No Electron here: the main process hands its IPC calls to `router.dispatch`.
import type { ApiResult } from '../../shared/contract';
import type { Dispatch } from '../core/dispatch';
import { readServerSentEvents } from './event-stream';
import { isLoopbackHost } from './loopback';

export interface RemoteAccount {
  name: string;
  role: string;
}

export interface TeamStatus {
  connected: boolean;
  url: string | null;
  account: RemoteAccount | null;
  database: string | null;
}

interface Connection {
  url: URL;
  cookie: string;
  account: RemoteAccount;
  database: string | null;
  feed: DeskEventFeed;
}

/** How long team.nextEvents waits for an event before it answers with none (the window asks again). */
export const NEXT_EVENTS_WAIT_MS = 25_000;
const EVENTS_KEPT = 500;

/**
 * The server's event stream (GET /api/events), read by the main process for the window: the
 * preload exposes only invoke, so the window asks with team.nextEvents { after } and the answer
 * comes when there is something after that sequence number (a long poll over IPC). The stream
 * is opened again after a drop while the connection lasts.
 */
export class DeskEventFeed {
  private events: Array<{ seq: number; event: unknown }> = [];
  private seq = 0;
  private waiters = new Set<() => void>();
  private readonly abort = new AbortController();

  constructor(
    private readonly url: URL,
    private readonly cookie: string,
    private readonly fetchImpl: typeof fetch,
  ) {
    void this.run();
  }

  private async run(): Promise<void> {
    while (!this.abort.signal.aborted) {
      try {
        const response = await this.fetchImpl(new URL('api/events', this.url), { headers: { Cookie: this.cookie, Origin: this.url.origin }, signal: this.abort.signal });
        if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
        await readServerSentEvents(response.body, (data) => {
          try {
            this.push(JSON.parse(data));
          } catch {
            // not an event
          }
        });
      } catch {
        // dropped or refused: try again in a moment, unless the connection ended
      }
      if (!this.abort.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  private push(event: unknown): void {
    this.events.push({ seq: ++this.seq, event });
    if (this.events.length > EVENTS_KEPT) this.events.splice(0, this.events.length - EVENTS_KEPT);
    for (const wake of this.waiters) wake();
  }

  /** Events after `after`, waiting up to waitMs for the first; `last` is the sequence to ask after next. */
  async next(after: number, waitMs = NEXT_EVENTS_WAIT_MS): Promise<{ events: unknown[]; last: number }> {
    // A window that asks from further ahead than the feed (a new feed after a reconnect) starts over.
    const from = after > this.seq ? 0 : after;
    const ready = () => this.events.filter((e) => e.seq > from);
    if (!ready().length && !this.abort.signal.aborted) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, waitMs);
        this.waiters.add(wake);
      });
    }
    const found = ready();
    return { events: found.map((e) => e.event), last: found.length ? found[found.length - 1]!.seq : Math.max(from, this.seq) };
  }

  close(): void {
    this.abort.abort();
    for (const wake of this.waiters) wake();
  }
}

const fail = (code: string, message: string): ApiResult<never> => ({ ok: false, error: { code, message } });

async function post(connection: { url: URL; cookie?: string }, method: string, input: unknown, fetchImpl: typeof fetch) {
  const response = await fetchImpl(new URL(`api/${method}`, connection.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: connection.url.origin, ...(connection.cookie ? { Cookie: connection.cookie } : {}) },
    body: JSON.stringify(input ?? {}),
  });
  let body: ApiResult<unknown>;
  try {
    body = (await response.json()) as ApiResult<unknown>;
  } catch {
    body = fail('http', `The team server answered ${response.status} without a result.`);
  }
  return { response, body };
}

/** Checks a team server's address: https, or http on this machine only (a password must not cross a network in clear text). */
export function teamServerUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`"${raw}" is not a web address.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new Error('A team server is reached over https (plain http only on this machine).');
  }
  url.pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  url.search = '';
  url.hash = '';
  return url;
}

export interface DesktopRouter {
  dispatch: Dispatch;
  status(): TeamStatus;
}

export function createDesktopRouter(local: () => Dispatch, fetchImpl: typeof fetch = fetch): DesktopRouter {
  let connection: Connection | null = null;
  const status = (): TeamStatus => ({ connected: Boolean(connection), url: connection?.url.href ?? null, account: connection?.account ?? null, database: connection?.database ?? null });

  const connect = async (input: unknown): Promise<ApiResult<unknown>> => {
    const given = (input ?? {}) as { url?: unknown; name?: unknown; password?: unknown };
    if (typeof given.url !== 'string' || typeof given.name !== 'string' || typeof given.password !== 'string') return fail('validation', 'Give the server address, your account name and password.');
    let url: URL;
    try {
      url = teamServerUrl(given.url);
    } catch (error) {
      return fail('validation', (error as Error).message);
    }
    try {
      const { response, body } = await post({ url }, 'team.signIn', { name: given.name, password: given.password }, fetchImpl);
      if (!body.ok) return body;
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      if (!cookie) return fail('http', 'The team server did not start a session.');
      const me = await post({ url, cookie }, 'team.me', {}, fetchImpl);
      if (!me.body.ok) return me.body;
      const value = me.body.value as { account: RemoteAccount; database: string };
      connection?.feed.close();
      connection = { url, cookie, account: value.account, database: value.database, feed: new DeskEventFeed(url, cookie, fetchImpl) };
      return { ok: true, value: status() };
    } catch {
      return fail('offline', `The team server at ${url.host} is not reachable.`);
    }
  };

  const dispatch: Dispatch = async (method, input) => {
    if (method === 'team.connect') return connect(input);
    if (method === 'team.status') return { ok: true, value: status() };
    if (method === 'team.nextEvents') {
      const after = Number((input as { after?: unknown } | null)?.after ?? 0);
      if (!connection) return { ok: true, value: { connected: false, events: [], last: 0 } };
      return { ok: true, value: { connected: true, ...(await connection.feed.next(Number.isFinite(after) && after >= 0 ? after : 0)) } };
    }
    if (method === 'team.disconnect') {
      if (connection) await post(connection, 'team.signOut', {}, fetchImpl).catch(() => undefined);
      connection?.feed.close();
      connection = null;
      return { ok: true, value: status() };
    }
    // Opening a link stays on this machine; everything else goes to the desk connected to.
    const current = connection;
    if (!current || method === 'app.openExternal') return local()(method, input);
    try {
      const { body } = await post(current, method, input, fetchImpl);
      if (!body.ok && body.error.code === 'sign_in_required') {
        connection?.feed.close();
        connection = null; // back to the sign-in in Settings
      }
      return body;
    } catch {
      return fail('offline', `The team server at ${current.url.host} is not reachable; nothing was changed.`);
    }
  };
  return { dispatch, status };
}
