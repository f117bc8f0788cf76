// The renderer's side of a team server: is this one (and who am I), sign in and out, the live
// event stream (one EventSource for the window) and who is editing which claim. Other hosts
// (the desktop app, serve) have none of it: detectTeam answers 'local' and nothing listens.
import { useEffect, useState } from 'react';
import type { Role } from '../../../shared/access';
import { hasServeToken, isDesktop } from './client';

export interface TeamInfo {
  account: { name: string; role: Role };
  database: string;
  presence: { by: string; claimId: string }[];
}

export type TeamState = { mode: 'local' } | { mode: 'signed-out' } | { mode: 'team'; info: TeamInfo };

/** What the server announces after each committed write, and when someone starts or stops editing a claim. */
export interface DeskEvent {
  kind: string;
  id: string | null;
  version: number | null;
  by: string;
  articleId?: string | null;
  method?: string;
  editing?: boolean;
}

async function post(path: string, body: unknown): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { code: string; message: string } } | null }> {
  const response = await fetch(`api/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  let json = null;
  try {
    json = (await response.json()) as never;
  } catch {
    // no JSON: not a team server
  }
  return { status: response.status, json };
}

let me: TeamInfo | null = null;

/** The desktop app's connection to a team server (Settings): host-level calls the Electron main answers. */
export interface DesktopTeamStatus {
  connected: boolean;
  url: string | null;
  account: { name: string; role: Role } | null;
  database: string | null;
}

export async function desktopTeam(method: 'team.connect' | 'team.disconnect' | 'team.status', input: unknown): Promise<{ ok: true; value: DesktopTeamStatus } | { ok: false; error: { code: string; message: string } }> {
  if (!window.claimdesk) return { ok: false, error: { code: 'unavailable', message: 'Only the desktop app connects to a team server.' } };
  return (await window.claimdesk.invoke(method, input)) as never;
}

export async function detectTeam(): Promise<TeamState> {
  if (isDesktop) {
    const status = await desktopTeam('team.status', {}).catch(() => null);
    if (status?.ok && status.value.connected && status.value.account) {
      me = { account: status.value.account, database: `${status.value.url ?? ''} · ${status.value.database ?? ''}`, presence: [] };
      return { mode: 'team', info: me };
    }
    return { mode: 'local' };
  }
  if (hasServeToken()) return { mode: 'local' };
  try {
    const { status, json } = await post('team.me', {});
    if (status === 200 && json?.ok) {
      me = json.value as TeamInfo;
      startPresence(me);
      return { mode: 'team', info: me };
    }
    if (status === 401 && json?.error?.code === 'sign_in_required') return { mode: 'signed-out' };
  } catch {
    // unreachable: treated as local, the first call says so
  }
  return { mode: 'local' };
}

export async function signIn(name: string, password: string): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
  try {
    const { json } = await post('team.signIn', { name, password });
    if (json?.ok) return { ok: true };
    return { ok: false, code: json?.error?.code ?? 'http', message: json?.error?.message ?? 'The server did not answer.' };
  } catch {
    return { ok: false, code: 'offline', message: 'The team server is not reachable.' };
  }
}

export async function signOut(): Promise<void> {
  await post('team.signOut', {}).catch(() => undefined);
}

// One stream for the window, opened when the first listener comes.
const listeners = new Set<(event: DeskEvent) => void>();
let source: EventSource | null = null;

export function onDeskEvent(listener: (event: DeskEvent) => void): () => void {
  listeners.add(listener);
  // The desktop app connected to a desk: its main process reads the stream, the window asks it.
  if (me && isDesktop) void followDesktopEvents();
  // The browser on a team server listens itself.
  if (!source && me && !isDesktop) {
    source = new EventSource('api/events');
    source.onmessage = (message) => {
      let event: DeskEvent;
      try {
        event = JSON.parse(String(message.data)) as DeskEvent;
      } catch {
        return;
      }
      for (const l of listeners) l(event);
    };
  }
  return () => listeners.delete(listener);
}

let followingDesktop = false;
/** Asks the Electron main for the desk's events (team.nextEvents, a long poll) while anyone listens. */
async function followDesktopEvents(): Promise<void> {
  if (followingDesktop || !window.claimdesk) return;
  followingDesktop = true;
  let after = 0;
  try {
    while (listeners.size && me) {
      const answer = (await window.claimdesk.invoke('team.nextEvents', { after }).catch(() => null)) as { ok: boolean; value?: { connected: boolean; events: DeskEvent[]; last: number } } | null;
      if (!answer?.ok || !answer.value?.connected) break;
      after = answer.value.last;
      for (const event of answer.value.events) for (const l of listeners) l(event);
    }
  } finally {
    followingDesktop = false;
  }
}

/** The signed-in account's name, or null off a team server. */
export const teamAccountName = (): string | null => me?.account.name ?? null;

// Who is editing which claim (others only), kept from the stream.
const editing = new Map<string, string>(); // account → claim
const editingListeners = new Set<() => void>();
function startPresence(info: TeamInfo) {
  for (const p of info.presence) if (p.by !== info.account.name) editing.set(p.by, p.claimId);
  onDeskEvent((event) => {
    if (event.kind !== 'presence' || event.by === me?.account.name) return;
    if (event.editing && event.id) editing.set(event.by, event.id);
    else if (editing.get(event.by) === event.id) editing.delete(event.by);
    for (const l of editingListeners) l();
  });
}

/** The colleagues who have this claim open in their editor. */
export function useEditors(claimId: string | null): string[] {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    editingListeners.add(listener);
    return () => void editingListeners.delete(listener);
  }, []);
  if (!claimId) return [];
  return [...editing.entries()].filter(([, c]) => c === claimId).map(([by]) => by).sort();
}

/** Tells the server which claim this window has open (null: none). */
export function usePresence(claimId: string | null): void {
  useEffect(() => {
    if (!me || isDesktop) return;
    const timer = window.setTimeout(() => void post('team.presence', { claimId }).catch(() => undefined), 150);
    return () => window.clearTimeout(timer);
  }, [claimId]);
}
