// The renderer's one way to the application: call(method, input). It knows nothing of the
// services; it picks the transport the host offers (Electron's preload, or serve's HTTP API).
import type { ApiErrorBody, ApiResult, MethodInput, MethodName, MethodResult } from '../../../shared/contract';

interface PreloadBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    claimdesk?: PreloadBridge;
  }
}

export class ApiError extends Error {
  readonly code: string;
  readonly issues: ApiErrorBody['issues'];
  readonly details: ApiErrorBody['details'];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.issues = body.issues;
    this.details = body.details;
  }
}

const TOKEN_KEY = 'claimdesk.token';

/** This tab's serve token, once read (undefined: not read yet). */
let tabToken: string | null | undefined;

/**
 * serve prints ?token=…; keep it for this tab and take it out of the address bar. The token is
 * taken from the address at once; storing it (sessionStorage) and changing the address
 * (history.replaceState) wait for the next task: each is a synchronous round trip to the
 * browser's process, which at start-up, with the browser busy loading the page, took 2-80 ms
 * (traced at load 17), and they came before the first screen's read (startup.ts) went out.
 */
function sessionToken(): string | null {
  if (tabToken !== undefined) return tabToken;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    tabToken = fromUrl;
    window.setTimeout(() => {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      url.searchParams.delete('token');
      window.history.replaceState(null, '', url.toString());
    }, 0);
    return fromUrl;
  }
  tabToken = sessionStorage.getItem(TOKEN_KEY);
  return tabToken;
}

/** serve's token is in this tab: the host is serve, not a team server. */
export function hasServeToken(): boolean {
  return sessionToken() !== null;
}

const signInListeners = new Set<() => void>();
/** Called when a team server answers that the session has ended (expired, signed out, account disabled). */
export function onSignInRequired(listener: () => void): () => void {
  signInListeners.add(listener);
  return () => signInListeners.delete(listener);
}

type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function httpTransport(): Transport {
  const token = sessionToken();
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`api/${method}`, {
        method: 'POST',
        // A team server knows the caller by its session cookie (sent by the browser, same origin only).
        headers: token ? { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } : { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'offline', message: 'Claimdesk is not reachable. Is `claimdesk serve` still running?' } };
    }
    try {
      const result = (await response.json()) as ApiResult<unknown>;
      if (!result.ok && result.error.code === 'sign_in_required') for (const listener of signInListeners) listener();
      return result;
    } catch {
      return { ok: false, error: { code: 'http', message: `The server answered ${response.status} without a result.` } };
    }
  };
}

const transport: Transport = window.claimdesk
  ? (method, input) => window.claimdesk!.invoke(method, input) as Promise<ApiResult<unknown>>
  : httpTransport();

export const isDesktop = Boolean(window.claimdesk);

/**
 * Reads begun at start-up, before the first render (see startup.ts): the host answers them
 * while the page renders, instead of after, and the component that asks for the same method
 * with the same input first takes the answer (once). What is taken is what the host answered
 * at start-up, so early reads are given up at the first key or click, at any write, and when
 * taken; an answer that is an error is not reused (the caller asks again).
 */
const earlyReads = new Map<string, Promise<ApiResult<unknown>>>();
/** The methods read early; a call of any other method ends the early reads. */
const EARLY_READS = new Set<string>(['workspace.open', 'settings.get', 'articles.list', 'articles.get', 'claims.ratingLabels']);
const readKey = (method: string, input: unknown) => `${method} ${JSON.stringify(input ?? {})}`;
let readingEarly = true;

/**
 * The early answers that are in, by the same keys: what the first render shows at once
 * (peekEarly), instead of rendering an empty workspace that its effects then fill in a second
 * render (traced: two renders of about 100 ms each, a layout forced in each commit).
 */
const earlyValues = new Map<string, unknown>();

function endEarlyReads(): void {
  readingEarly = false;
  earlyReads.clear();
  earlyValues.clear();
}
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', endEarlyReads, { capture: true, passive: true, once: true });
  window.addEventListener('pointerdown', endEarlyReads, { capture: true, passive: true, once: true });
  // A read nobody took (a remembered article that is gone) is not kept for later.
  window.setTimeout(endEarlyReads, 15_000);
}

/** Starts a read now, for the first call of the same method and input to take. Only at start-up. */
export function readEarly<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodResult<M>>> | null {
  if (!readingEarly || !EARLY_READS.has(method)) return null;
  const key = readKey(method, input);
  let pending = earlyReads.get(key);
  if (!pending) {
    pending = transport(method, input);
    earlyReads.set(key, pending);
  }
  return pending as Promise<ApiResult<MethodResult<M>>>;
}

/**
 * An answer of a read begun at start-up, filed as the answer to another read it contains (the
 * settings, the list, the article of workspace.open), for the first call of that method and
 * input to take, as readEarly's are. Only at start-up.
 */
export function fileEarly<M extends MethodName>(method: M, input: MethodInput<M>, answer: Promise<ApiResult<MethodResult<M>>>): void {
  if (readingEarly && EARLY_READS.has(method)) earlyReads.set(readKey(method, input), answer);
}

/**
 * Notes the value an early read filed for `method` and `input` has answered with, once it is in
 * (startup.ts, as workspace.open answers): peekEarly gives it to a first render.
 */
export function noteEarlyValue<M extends MethodName>(method: M, input: MethodInput<M>, value: MethodResult<M>): void {
  if (readingEarly && earlyReads.has(readKey(method, input))) earlyValues.set(readKey(method, input), value);
}

/**
 * The value an early read of `method` and `input` answered with, when it is in and no call has
 * taken it yet; else undefined. It is not taken: the component still makes its call, which
 * answers with this same value (the same object), so a state set from it is unchanged and
 * React renders nothing again.
 */
export function peekEarly<M extends MethodName>(method: M, input: MethodInput<M>): MethodResult<M> | undefined {
  if (!readingEarly) return undefined;
  const key = readKey(method, input);
  return earlyReads.has(key) ? (earlyValues.get(key) as MethodResult<M> | undefined) : undefined;
}

/**
 * Settles once the start-up read has filed its parts (startup.ts). The article's part is filed
 * only when workspace.open answers; on a loaded machine the workspace could render from the
 * remembered selection first and ask the host for that article a second time.
 */
let earlyFiling: Promise<unknown> = Promise.resolve();
export function holdEarlyReadsUntil(filed: Promise<unknown>): void {
  earlyFiling = filed.catch(() => undefined);
}

export async function invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodResult<M>>> {
  if (readingEarly && EARLY_READS.has(method) && method !== 'workspace.open') await earlyFiling;
  if (earlyReads.size) {
    const key = readKey(method, input);
    const early = earlyReads.get(key);
    if (early) {
      earlyReads.delete(key);
      earlyValues.delete(key);
      const result = await early;
      if (result.ok) return result as ApiResult<MethodResult<M>>;
    } else if (!EARLY_READS.has(method)) endEarlyReads();
  }
  return (await transport(method, input)) as ApiResult<MethodResult<M>>;
}

/** Like invoke, but returns the value or throws an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await invoke(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
