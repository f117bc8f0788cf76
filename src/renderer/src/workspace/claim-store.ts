// The open article's claims as the server last answered them, one entry per claim, outside
// React state, with a subscription per claim. A write whose answer changes only a claim's review
// (verdict, reviewer, version: a verdict key) or its sources lands here and nowhere else: the components that
// show that claim (its list row, its highlight's paragraph, the claim panel) and the counts
// read it here and render again; the workspace, the list and the text do not. useArticle keeps
// the article's list of claims (order, spans, the fields its filters and derived values read)
// and puts every other write into that list as before.
import { useCallback, useSyncExternalStore } from 'react';
import type { ClaimWithSources } from '../../../shared/domain';

type Listener = () => void;

export interface ClaimStore {
  /** The claim as last written here, if a write since the article was read changed it. */
  get(id: string): ClaimWithSources | undefined;
  /** Takes a write's answer and tells that claim's subscribers and the store's. */
  set(claim: ClaimWithSources): void;
  /** Forgets every claim (the article was read again: what it read is newer). */
  clear(): void;
  subscribe(id: string, listener: Listener): () => void;
  /** Told of every change (the counts). */
  subscribeAll(listener: Listener): () => void;
  /** Grows with every change. */
  version(): number;
}

export function createClaimStore(): ClaimStore {
  const claims = new Map<string, ClaimWithSources>();
  const byId = new Map<string, Set<Listener>>();
  const all = new Set<Listener>();
  let version = 0;
  const notify = (id: string | null) => {
    version += 1;
    if (id === null) byId.forEach((set) => set.forEach((l) => l()));
    else byId.get(id)?.forEach((l) => l());
    all.forEach((l) => l());
  };
  return {
    get: (id) => claims.get(id),
    set(claim) {
      claims.set(claim.id, claim);
      notify(claim.id);
    },
    clear() {
      if (!claims.size) return;
      claims.clear();
      notify(null);
    },
    subscribe(id, listener) {
      let set = byId.get(id);
      if (!set) byId.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (!set.size) byId.delete(id);
      };
    },
    subscribeAll(listener) {
      all.add(listener);
      return () => all.delete(listener);
    },
    version: () => version,
  };
}

/** Of two copies of a claim, the later version (the one given when the other is missing). */
export function newerClaim<T extends ClaimWithSources | null | undefined>(given: T, stored: ClaimWithSources | undefined): T | ClaimWithSources {
  return stored && given && stored.id === given.id && stored.version > given.version ? stored : given;
}

/** `claim` as it is now: the store's copy when a write made a later version of it. Renders again when that claim is written. */
export function useLiveClaim<T extends ClaimWithSources | null | undefined>(store: ClaimStore | undefined, claim: T): T | ClaimWithSources {
  const id = claim?.id ?? null;
  const subscribe = useCallback((listener: Listener) => (store && id ? store.subscribe(id, listener) : () => undefined), [store, id]);
  const stored = useSyncExternalStore(subscribe, () => (store && id ? store.get(id) : undefined));
  return newerClaim(claim, stored);
}

const NO_SUBSCRIPTION = () => () => undefined;

/** The store's version, to recompute what reads every claim's review (counts, a verdict filter); 0 and no renders when off. */
export function useStoreVersion(store: ClaimStore | undefined, on = true): number {
  const subscribe = useCallback((listener: Listener) => (store ? store.subscribeAll(listener) : () => undefined), [store]);
  return useSyncExternalStore(on && store ? subscribe : NO_SUBSCRIPTION, () => (on && store ? store.version() : 0));
}

/**
 * The fields only the parts that show one claim read (its row, its highlight, the panel): a
 * write that changes nothing else goes to the store alone. The review, and the sources (the
 * panel shows them; a snapshot taken in the background changes them between two keys). Every
 * other field, and any field added later, is read by the article's list (order, spans, drafts,
 * labels, claimants) and goes there.
 */
const STORE_FIELDS = new Set<string>(['verdict', 'reviewer', 'reviewedAt', 'version', 'updatedAt', 'sources']);

/** Whether `next` differs from `current` only in its review (verdict, reviewer, when, version) and its sources. */
export function onlyReviewChanged(current: ClaimWithSources, next: ClaimWithSources): boolean {
  if (current.id !== next.id) return false;
  const keys = new Set([...Object.keys(current), ...Object.keys(next)]);
  for (const key of keys) {
    if (STORE_FIELDS.has(key)) continue;
    const a = (current as unknown as Record<string, unknown>)[key];
    const b = (next as unknown as Record<string, unknown>)[key];
    if (a === b) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || JSON.stringify(a) !== JSON.stringify(b)) return false;
  }
  return true;
}
