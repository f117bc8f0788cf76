// The desktop app joining a desk: once connected, contract calls go to the team server
// (POST /api/<method> with the session cookie) instead of the local store. Three host-level
// calls, not in the contract because they are about the connection itself:
//   team.connect { url, name, password }, team.disconnect {}, team.status {}.
// No Electron here: the main process hands its IPC calls to `router.dispatch`.
import type { ApiResult } from '../../shared/contract';
import type { Dispatch } from '../core/dispatch';
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
      connection = { url, cookie, account: value.account, database: value.database };
      return { ok: true, value: status() };
    } catch {
      return fail('offline', `The team server at ${url.host} is not reachable.`);
    }
  };

  const dispatch: Dispatch = async (method, input) => {
    if (method === 'team.connect') return connect(input);
    if (method === 'team.status') return { ok: true, value: status() };
    if (method === 'team.disconnect') {
      if (connection) await post(connection, 'team.signOut', {}, fetchImpl).catch(() => undefined);
      connection = null;
      return { ok: true, value: status() };
    }
    // Opening a link stays on this machine; everything else goes to the desk connected to.
    const current = connection;
    if (!current || method === 'app.openExternal') return local()(method, input);
    try {
      const { body } = await post(current, method, input, fetchImpl);
      if (!body.ok && body.error.code === 'sign_in_required') connection = null; // back to the sign-in in Settings
      return body;
    } catch {
      return fail('offline', `The team server at ${current.url.host} is not reachable; nothing was changed.`);
    }
  };
  return { dispatch, status };
}
