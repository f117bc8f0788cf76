// Pages of `claims.list` fetched on demand for the virtualised table. Pages are cached by
// index for one query (filters + sort); a new query starts a new generation and answers for
// an older one are dropped. Only pages near what is on screen are kept.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ClaimListItem, MethodInput } from '../../../../shared/contract';
import { call } from '../../api/client';

export const PAGE_SIZE = 200;
const MAX_CACHED_PAGES = 40;

export type ClaimQuery = Omit<MethodInput<'claims.list'>, 'offset' | 'limit'>;

export interface ClaimPages {
  /** Total matching claims once the first page answered, else null. */
  total: number | null;
  error: string | null;
  /**
   * Subscribes to page arrivals (rows to show may have changed); getVersion changes with each.
   * Only the rows subscribe (usePagesVersion), so a page arriving re-renders the table body,
   * not the whole view with its filters.
   */
  subscribe(listener: () => void): () => void;
  getVersion(): number;
  /** The claim at a row index, or undefined while its page is loading. */
  rowAt(index: number): ClaimListItem | undefined;
  /** Makes sure the pages covering rows first..last are loaded or loading. */
  ensureRows(first: number, last: number): void;
}

export function useClaimPages(query: ClaimQuery, queryKey: string, reloadToken: number): ClaimPages {
  const pages = useRef(new Map<number, ClaimListItem[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  /** Whether this query's total has been asked for (with the first page fetched). */
  const totalAsked = useRef(false);
  const queryRef = useRef(query);
  queryRef.current = query;
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const arrivals = useRef({ version: 0, listeners: new Set<() => void>() });
  const pageArrived = useCallback(() => {
    arrivals.current.version++;
    for (const listener of arrivals.current.listeners) listener();
  }, []);
  const subscribe = useCallback((listener: () => void) => {
    arrivals.current.listeners.add(listener);
    return () => void arrivals.current.listeners.delete(listener);
  }, []);
  const getVersion = useCallback(() => arrivals.current.version, []);

  const fetchPage = useCallback((page: number) => {
    if (pages.current.has(page) || inFlight.current.has(page)) return;
    const gen = generation.current;
    inFlight.current.add(page);
    // The total is counted once per query (with its first page), not with every page scrolled
    // to: counting 100,000 claims again cost the host more than reading the page itself.
    const withTotal = !totalAsked.current;
    totalAsked.current = true;
    call('claims.list', { ...queryRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...(withTotal ? {} : { includeTotal: false }) })
      .then((result) => {
        if (gen !== generation.current) return;
        inFlight.current.delete(page);
        pages.current.set(page, result.items);
        evictFarPages(pages.current, page);
        if (withTotal) setTotal(result.total);
        setError(null);
        pageArrived();
      })
      .catch((err: unknown) => {
        if (gen !== generation.current) return;
        inFlight.current.delete(page);
        if (withTotal) totalAsked.current = false;
        setError(err instanceof Error ? err.message : String(err));
      });
  }, [pageArrived]);

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    inFlight.current = new Set();
    totalAsked.current = false;
    setTotal(null);
    setError(null);
    pageArrived();
    fetchPage(0);
  }, [queryKey, reloadToken, fetchPage, pageArrived]);

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  const ensureRows = useCallback(
    (first: number, last: number) => {
      if (last < first) return;
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage],
  );
  return { total, error, subscribe, getVersion, rowAt, ensureRows };
}

/** The version of the pages (see ClaimPages.subscribe): re-renders the caller when a page arrives. */
export function usePagesVersion(pages: Pick<ClaimPages, 'subscribe' | 'getVersion'>): number {
  return useSyncExternalStore(pages.subscribe, pages.getVersion);
}

function evictFarPages(cache: Map<number, ClaimListItem[]>, near: number): void {
  if (cache.size <= MAX_CACHED_PAGES) return;
  const byDistance = [...cache.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
  for (const page of byDistance.slice(0, cache.size - MAX_CACHED_PAGES)) cache.delete(page);
}
