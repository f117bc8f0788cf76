// What a team server adds to the serve host (src/main/http/server.ts): who is calling
// (session cookie or personal API token), CSRF checks, sign-in and sign-out, the live event
// stream (GET /api/events) and who is editing which claim.
import type http from 'node:http';
import { contract, isMethodName, type ApiResult } from '../../shared/contract';
import type { Caller } from '../core/dispatch';
import { setDefaultNetworkGuard } from '../core/import/fetch';
import { roleAtLeast } from '../../shared/access';
import type { Account, Team } from './accounts';
import type { EventRelay } from './relay';

export const SESSION_COOKIE = 'claimdesk_session';
export const ALLOW_HOSTS_SETTING = 'fetch.allowHosts';

/** What every open window hears after a committed write (and when someone starts or stops editing a claim). */
export interface DeskEvent {
  kind: string;
  id: string | null;
  version: number | null;
  by: string;
  /** Extensions: the article a claim belongs to, the method that wrote, whether a presence is on. */
  articleId?: string | null;
  method?: string;
  editing?: boolean;
}

export interface TeamGate {
  /** Routes only a team server has (team.*, events); true when it answered the request. */
  route(req: http.IncomingMessage, res: http.ServerResponse, method: string): boolean;
  /** The caller of an API call, or null when an answer (401/403) was already sent. */
  authenticate(req: http.IncomingMessage, res: http.ServerResponse): Promise<Caller | null>;
  /** After a call: a committed write is recorded and announced. */
  afterCall(method: string, input: unknown, result: ApiResult<unknown>, caller: Caller): Promise<void>;
  close(): void;
}

export interface TeamGateOptions {
  team: Team;
  /** TLS on: cookies are Secure. */
  secure: boolean;
  /** Shown in the header: which database the desk is on (never a password). */
  databaseLabel: string;
  /** The public-only fetch guard (default on). */
  guardFetches?: boolean;
  /** Events to and from other server processes on the same database (PostgreSQL). */
  relay?: Pick<EventRelay, 'send' | 'onReceive'>;
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
const fail = (res: http.ServerResponse, status: number, code: string, message: string) => send(res, status, { ok: false, error: { code, message } });

function cookieValue(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || null;
  }
  return null;
}

const bearerOf = (req: http.IncomingMessage) => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;

/**
 * A request a browser sent from another site is refused: Sec-Fetch-Site must be same-origin
 * (or none: typed by the person), and an Origin must be this server's own. SameSite=Strict
 * cookies already stay home; this is the second lock.
 */
export function crossSite(req: http.IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.headers.origin;
  if (typeof origin === 'string') {
    if (origin === 'null') return true;
    try {
      return new URL(origin).host.toLowerCase() !== String(req.headers.host ?? '').toLowerCase();
    } catch {
      return true;
    }
  }
  return false;
}

function readJson(req: http.IncomingMessage, limit = 64 * 1024): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        const value: unknown = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        resolve(value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
      } catch (error) {
        reject(error as Error);
      }
    });
    req.on('error', reject);
  });
}

/** The kind, id and version a write's result names (a claim, an article, a source), for the event. */
export function eventOf(method: string, input: unknown, value: unknown): Omit<DeskEvent, 'by'> {
  const v = (value ?? {}) as Record<string, any>;
  const given = (input ?? {}) as Record<string, any>;
  const claim = v.claim ?? ('articleId' in v && 'start' in v && 'version' in v ? v : null);
  if (claim && typeof claim.id === 'string') return { kind: 'claim', id: claim.id, version: claim.version ?? null, articleId: claim.articleId ?? null, method };
  const article = v.article ?? (method.startsWith('articles.') && typeof v.id === 'string' ? v : null);
  if (article && typeof article.id === 'string') return { kind: 'article', id: article.id, version: article.version ?? null, articleId: article.id, method };
  const id = typeof given.id === 'string' ? given.id : typeof given.claimId === 'string' ? given.claimId : null;
  return { kind: method.split('.')[0]!, id, version: null, articleId: null, method };
}

export function createTeamGate(options: TeamGateOptions): TeamGate {
  const { team } = options;
  const streams = new Set<{ res: http.ServerResponse; account: Account }>();
  const editing = new Map<string, { claimId: string; at: number }>();
  let allowHosts: readonly string[] = [];
  const loadAllowHosts = async () => {
    const raw = await team.getSetting(ALLOW_HOSTS_SETTING);
    allowHosts = raw ? (JSON.parse(raw) as string[]) : [];
  };
  void loadAllowHosts().catch(() => undefined);
  if (options.guardFetches !== false) setDefaultNetworkGuard({ allowHosts: () => allowHosts });

  const deliver = (event: DeskEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.res.write(frame);
  };
  const publish = (event: DeskEvent) => {
    deliver(event);
    options.relay?.send(event);
  };
  options.relay?.onReceive(deliver);
  // Every 15 s: a ping keeps proxies from closing the stream, and a disabled account's streams end.
  const heartbeat = setInterval(() => {
    for (const s of streams) {
      s.res.write(': ping\n\n');
      team.get(s.account.name).then(
        (a) => a.disabled && s.res.end(),
        () => s.res.end(),
      );
    }
  }, 15_000);
  heartbeat.unref();

  const setEditing = (account: Account, claimId: string | null) => {
    const before = editing.get(account.name);
    if (before?.claimId === claimId) return;
    if (before) publish({ kind: 'presence', id: before.claimId, version: null, by: account.name, editing: false });
    if (claimId) {
      editing.set(account.name, { claimId, at: Date.now() });
      publish({ kind: 'presence', id: claimId, version: null, by: account.name, editing: true });
    } else editing.delete(account.name);
  };

  const cookie = (value: string, maxAgeS: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeS}${options.secure ? '; Secure' : ''}`;

  const authenticate = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<Caller | null> => {
    const bearer = bearerOf(req);
    let account: Account | null = null;
    if (bearer) {
      account = await team.tokenAccount(bearer);
      if (!account) {
        fail(res, 401, 'unauthorized', 'This API token is unknown, revoked, or its account is disabled.');
        return null;
      }
    } else {
      const session = cookieValue(req, SESSION_COOKIE);
      // A browser's request from another site is refused before its cookie is even looked at.
      if (req.method !== 'GET' && crossSite(req)) {
        fail(res, 403, 'cross_site', 'Requests from another site are refused.');
        return null;
      }
      account = session ? await team.sessionAccount(session) : null;
      if (!account) {
        fail(res, 401, 'sign_in_required', 'Sign in to the team server (your session has ended or was never started).');
        return null;
      }
    }
    return { name: account.name, role: account.role, id: account.id };
  };

  const accountOf = async (caller: Caller) => team.get(caller.name);

  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>> = {
    'team.signIn': async (req, res) => {
      if (req.method !== 'POST') return fail(res, 405, 'method_not_allowed', 'Sign in with POST.');
      if (crossSite(req)) return fail(res, 403, 'cross_site', 'Requests from another site are refused.');
      const body = await readJson(req);
      const name = typeof body.name === 'string' ? body.name : '';
      const password = typeof body.password === 'string' ? body.password : '';
      if (!name || !password) return fail(res, 400, 'validation', 'Give your account name and password.');
      const result = await team.signIn(name, password);
      if (!result.ok) {
        if (result.reason === 'locked') return fail(res, 403, 'account_locked', 'This account is locked after too many wrong passwords; an admin can reset its password.');
        if (result.reason === 'disabled') return fail(res, 403, 'account_disabled', 'This account is disabled.');
        return fail(res, 401, 'wrong_password', 'Wrong account name or password.');
      }
      send(res, 200, { ok: true, value: { account: result.account, expiresAt: result.expiresAt } }, { 'Set-Cookie': cookie(result.sessionToken, Math.floor(team.sessionTtlMs / 1000)) });
    },
    'team.signOut': async (req, res) => {
      if (req.method !== 'POST') return fail(res, 405, 'method_not_allowed', 'Sign out with POST.');
      if (crossSite(req)) return fail(res, 403, 'cross_site', 'Requests from another site are refused.');
      const session = cookieValue(req, SESSION_COOKIE);
      if (session) await team.signOut(session);
      send(res, 200, { ok: true, value: { signedOut: true } }, { 'Set-Cookie': cookie('', 0) });
    },
    'team.me': async (req, res) => {
      const caller = await authenticate(req, res);
      if (!caller) return;
      const presence = [...editing.entries()].map(([by, e]) => ({ by, claimId: e.claimId }));
      send(res, 200, { ok: true, value: { account: { name: caller.name, role: caller.role }, database: options.databaseLabel, presence } });
    },
    'team.presence': async (req, res) => {
      const caller = await authenticate(req, res);
      if (!caller) return;
      const body = await readJson(req);
      const claimId = typeof body.claimId === 'string' && body.claimId.length <= 100 ? body.claimId : null;
      setEditing(await accountOf(caller), claimId);
      send(res, 200, { ok: true, value: { claimId } });
    },
    'team.allowHosts': async (req, res) => {
      const caller = await authenticate(req, res);
      if (!caller) return;
      const body = await readJson(req);
      if (Array.isArray(body.hosts)) {
        if (!roleAtLeast(caller.role, 'admin')) return fail(res, 403, 'forbidden', 'Only an admin may change the hosts the server fetches from.');
        const hosts = body.hosts.filter((h): h is string => typeof h === 'string' && /^[\w.:[\]-]{1,253}$/.test(h.trim())).map((h) => h.trim().toLowerCase());
        await team.setSetting(ALLOW_HOSTS_SETTING, JSON.stringify(hosts));
        await loadAllowHosts();
      }
      send(res, 200, { ok: true, value: { hosts: allowHosts } });
    },
    events: async (req, res) => {
      if (req.method !== 'GET') return fail(res, 405, 'method_not_allowed', 'Listen with GET.');
      const caller = await authenticate(req, res);
      if (!caller) return;
      const account = await accountOf(caller);
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
      res.write(`retry: 1000\n\n`);
      for (const [by, e] of editing) res.write(`data: ${JSON.stringify({ kind: 'presence', id: e.claimId, version: null, by, editing: true })}\n\n`);
      const stream = { res, account };
      streams.add(stream);
      // A disabled account's stream ends at the next heartbeat.
      req.on('close', () => {
        streams.delete(stream);
        if (![...streams].some((s) => s.account.id === account.id)) setEditing(account, null);
      });
    },
  };

  return {
    route(req, res, method) {
      const handler = routes[method];
      if (!handler) return false;
      handler(req, res).catch((error: unknown) => {
        if (!res.headersSent) fail(res, 400, 'validation', `The request could not be read: ${(error as Error).message}`);
      });
      return true;
    },
    authenticate,
    async afterCall(method, input, result, caller) {
      if (!result.ok || !isMethodName(method) || !contract[method].access.write) return;
      const event = eventOf(method, input, result.value);
      // The caller was authenticated for this request: its id needs no second lookup.
      const account = caller.id ? { id: caller.id, name: caller.name } : await accountOf(caller);
      await team.recordWrite(account, method, event.id ? { kind: event.kind, id: event.id } : null);
      publish({ ...event, by: caller.name });
    },
    close() {
      clearInterval(heartbeat);
      for (const s of streams) s.res.end();
      streams.clear();
      if (options.guardFetches !== false) setDefaultNetworkGuard(null);
    },
  };
}
