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

/** serve prints ?token=…; keep it for this tab and take it out of the address bar. */
function sessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** serve's token is in this tab: the host is serve, not a team server. */
export function hasServeToken(): boolean {
  return sessionStorage.getItem(TOKEN_KEY) !== null;
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

export async function invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodResult<M>>> {
  return (await transport(method, input)) as ApiResult<MethodResult<M>>;
}

/** Like invoke, but returns the value or throws an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await invoke(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
