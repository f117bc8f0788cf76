// The open article and its claims, as the contract returns them, plus the writes the
// workspace makes. State here is a copy of what the server answered: every write sends the
// version it read and replaces the claim with the one the server returns.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Article, ClaimWithSources, Stance, Verdict } from '../../../shared/domain';
import type { MethodInput, MethodResult } from '../../../shared/contract';
import { ApiError, call, peekEarly } from '../api/client';
import { onDeskEvent } from '../api/team';
import { createClaimStore, newerClaim, onlyReviewChanged } from './claim-store';
import { firstPageInput } from './first-page';
import { stepCharacter } from '../lib/characters';

export interface ConflictState {
  /** The claim as the user had it when they tried to write. */
  base: ClaimWithSources;
  /** The claim as it is now on the server. */
  current: ClaimWithSources;
  /** Who changed it last (from the history), if known. */
  actor: string | null;
}

export interface ArticleData {
  article: Article;
  claims: ClaimWithSources[];
  /** How many claims the article has; more than claims.length while later pages are still loading. */
  claimsTotal: number;
  /** True while later pages of a long article's claims are still being read. */
  loadingMore: boolean;
}

export { FIRST_PAGE, firstPageInput } from './first-page';
/** Claims per later page (claims.page), read one after another in the background. */
export const LATER_PAGE = 5000;

export type WriteResult = { ok: true; claim: ClaimWithSources } | { ok: false; error: ApiError };

/** The fields a write sets (compared when deciding whether our own newer version is in its way). */
export type WriteField = 'verdict' | 'rationale' | 'ratingLabel' | 'text' | 'claimant' | 'claimantRole' | 'kind' | 'start' | 'end' | 'sources';

function fieldValue(claim: ClaimWithSources, field: WriteField): unknown {
  return field === 'sources' ? JSON.stringify(claim.sources) : claim[field];
}

function conflictCurrent(e: unknown): ClaimWithSources | null {
  if (!(e instanceof ApiError) || e.code !== 'conflict' || !e.details || typeof e.details.current !== 'object' || !e.details.current) return null;
  return e.details.current as ClaimWithSources;
}

const byPosition = (a: ClaimWithSources, b: ClaimWithSources) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Cursor = { start: number; end: number; id: string };

/** How long the reviewer's keys and clicks must rest before a later page of claims is merged. */
const REST_MS = 250;
let lastInput = 0;
if (typeof window !== 'undefined') {
  const note = () => (lastInput = performance.now());
  window.addEventListener('keydown', note, { capture: true, passive: true });
  window.addEventListener('pointerdown', note, { capture: true, passive: true });
}

/** Resolves once no key or click has come for REST_MS (at once if none came lately). */
async function inputRests(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let wait = REST_MS - (performance.now() - lastInput); wait > 0; wait = REST_MS - (performance.now() - lastInput)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Where the next page starts, or null when every claim is read. */
function nextCursor(claims: readonly ClaimWithSources[], total: number): Cursor | null {
  const last = claims[claims.length - 1];
  return last && claims.length < total ? { start: last.start, end: last.end, id: last.id } : null;
}

/**
 * Adds a later page to what is shown. A claim already here (written by the reviewer while the
 * page was on its way) keeps the newer of the two versions.
 */
function mergePage(d: ArticleData, page: readonly ClaimWithSources[], total: number, more: boolean): ArticleData {
  const have = new Map(d.claims.map((c, i) => [c.id, i]));
  const claims = d.claims.slice();
  let sorted = true;
  for (const claim of page) {
    const at = have.get(claim.id);
    if (at !== undefined) {
      if (claims[at]!.version < claim.version) claims[at] = claim;
      continue;
    }
    const last = claims[claims.length - 1];
    if (last && byPosition(last, claim) > 0) sorted = false;
    claims.push(claim);
  }
  if (!sorted) claims.sort(byPosition);
  return { ...d, claims, claimsTotal: Math.max(total, claims.length), loadingMore: more };
}

type FirstPage = MethodResult<'articles.get'>;

/** What the workspace shows of an article's first page (as the load in useArticle shows it). */
function firstPageData({ claims, claimsTotal, ...article }: FirstPage): ArticleData {
  const total = claimsTotal ?? claims.length;
  return { article, claims: [...claims].sort(byPosition), claimsTotal: Math.max(total, claims.length), loadingMore: nextCursor(claims, total) !== null };
}

export function useArticle(articleId: string | null, reloadSignal: number) {
  // The article start-up read (startup.ts) is shown by the first render, when its answer is in:
  // an empty workspace rendered first and the article came in a second render, after the effect
  // below had asked (traced: two renders of about 100 ms, each with a layout).
  const [early] = useState(() => (articleId ? (peekEarly('articles.get', firstPageInput(articleId)) ?? null) : null));
  const [data, setData] = useState<ArticleData | null>(() => (early ? firstPageData(early) : null));
  /** The answer the first render showed: the effect's call answers with this same object, and shows nothing again. */
  const shownEarly = useRef<FirstPage | null>(early);
  /** Writes that changed only a claim's review, shown from here (claim-store.ts). */
  const [store] = useState(createClaimStore);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [conflicts, setConflicts] = useState<Record<string, ConflictState>>({});
  // A colleague's change to the open article (team server): the article is read again.
  const [liveReload, setLiveReload] = useState(0);
  const dataRef = useRef(data);
  dataRef.current = data;
  const conflictsRef = useRef(conflicts);
  conflictsRef.current = conflicts;

  useEffect(() => {
    if (!articleId) {
      store.clear();
      setData(null);
      return;
    }
    let cancelled = false;
    // The first page on screen already is the one read at start-up (not a refresh of it).
    const shownFirst = shownEarly.current !== null && shownEarly.current.id === articleId;
    if (!shownFirst) setLoading(true);
    // A long article opens with its first page of claims; the rest is read page by page in the
    // background (claims.page, by cursor) and added as it comes, so the text and the first
    // claims show at once. A refresh of the article already open reads every page first and
    // then swaps, so the claim the reviewer is on never disappears for a moment.
    const sameArticle = !shownFirst && dataRef.current?.article.id === articleId;
    const load = async () => {
      const answer = await call('articles.get', firstPageInput(articleId));
      if (cancelled) return;
      const shown = answer === shownEarly.current;
      shownEarly.current = null;
      const { claims: firstClaims, claimsTotal, ...article } = answer;
      let claims = firstClaims;
      let after = nextCursor(claims, claimsTotal ?? claims.length);
      const show = (all: ClaimWithSources[], more: boolean, total: number) => {
        store.clear();
        setData({ article, claims: [...all].sort(byPosition), claimsTotal: Math.max(total, all.length), loadingMore: more });
        setError(null);
        // A refresh of the same article keeps the conflicts it has not resolved: the claim is
        // still at the version the banner shows, and the reviewer's unsaved input is still theirs.
        const versions = new Map(all.map((c) => [c.id, c.version]));
        setConflicts((current) =>
          sameArticle ? Object.fromEntries(Object.entries(current).filter(([id, c]) => !versions.has(id) || versions.get(id) === c.current.version)) : {},
        );
      };
      if (!shown && (!sameArticle || !after)) show(claims, after !== null, claimsTotal ?? claims.length);
      setLoading(false);
      while (after && !cancelled) {
        // Let the first page paint, and the reviewer's keys go first: a page is read and merged
        // when no key or click came for a moment (merging re-segments the text, tens of ms).
        await inputRests();
        const page = await call('claims.page', { articleId, after, limit: LATER_PAGE });
        if (cancelled) return;
        after = page.next;
        if (sameArticle) {
          claims = claims.concat(page.claims);
          if (!after) show(claims, false, page.total);
          continue;
        }
        const more = after !== null;
        startTransition(() => setData((d) => (d && d.article.id === articleId ? mergePage(d, page.claims, page.total, more) : d)));
      }
    };
    load().catch((e: unknown) => {
      if (cancelled) return;
      setLoading(false);
      // A later page that fails leaves what was read; the reviewer can reload the article.
      if (dataRef.current?.article.id === articleId && !sameArticle) {
        setData((d) => (d ? { ...d, loadingMore: false } : d));
        return;
      }
      setData(null);
      setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
  }, [articleId, reloadSignal, liveReload, store]);

  const replaceClaim = useCallback((claim: ClaimWithSources) => {
    // A write that changed only the claim's review (a verdict key) or its sources goes to the store: the parts
    // that show the claim and the counts render again, the article's list of claims stays.
    const d = dataRef.current;
    const listed = d && d.article.id === claim.articleId ? d.claims.find((c) => c.id === claim.id) : undefined;
    const current = listed && newerClaim(listed, store.get(claim.id));
    if (current && current.version < claim.version && onlyReviewChanged(current, claim)) {
      // Sources equal to those shown are kept as they were, so the panel's memoised parts that
      // show them (the snapshots) skip the render.
      store.set(JSON.stringify(claim.sources) === JSON.stringify(current.sources) ? { ...claim, sources: current.sources } : claim);
      return;
    }
    // The store's copy, where there is one, stays the latest (the text reads verdicts from it).
    if (store.get(claim.id)) store.set(claim);
    setData((d) => {
      if (!d || d.article.id !== claim.articleId) return d;
      const index = d.claims.findIndex((c) => c.id === claim.id);
      const claims = d.claims.slice();
      if (index >= 0) claims[index] = claim;
      else claims.push(claim);
      if (index < 0 || claim.start !== d.claims[index]!.start || claim.end !== d.claims[index]!.end) claims.sort(byPosition);
      return { ...d, claims, claimsTotal: d.claimsTotal + (index < 0 ? 1 : 0) };
    });
  }, [store]);

  const dropClaim = useCallback((id: string) => {
    setData((d) => {
      if (!d) return d;
      const claims = d.claims.filter((c) => c.id !== id);
      return { ...d, claims, claimsTotal: d.claimsTotal - (d.claims.length - claims.length) };
    });
  }, []);

  // Team server: a write anyone made to this article's claims is shown at once. The claim is
  // read again through the contract, and replaces ours only when it is newer.
  useEffect(() => {
    if (!articleId) return;
    return onDeskEvent((event) => {
      if (event.kind === 'article' && event.id === articleId) return setLiveReload((n) => n + 1);
      if (event.kind !== 'claim' || !event.id || event.articleId !== articleId) return;
      const mine = newerClaim(dataRef.current?.claims.find((c) => c.id === event.id), store.get(event.id));
      if (mine && event.version !== null && mine.version >= event.version) return;
      call('claims.get', { id: event.id })
        .then((claim) => {
          const local = newerClaim(dataRef.current?.claims.find((c) => c.id === claim.id), store.get(claim.id));
          if (!local || local.version < claim.version) replaceClaim(claim);
        })
        .catch((e: unknown) => {
          if (e instanceof ApiError && e.code === 'not_found' && event.id) dropClaim(event.id);
        });
    });
  }, [articleId, replaceClaim, dropClaim, store]);

  const claimById = useCallback((id: string | null) => (id ? (newerClaim(dataRef.current?.claims.find((c) => c.id === id), store.get(id)) ?? null) : null), [store]);

  // Writes run one after another. A write that was started from a version our own earlier
  // writes replaced goes on from the newest of them (v then d pressed quickly is not a conflict
  // with ourselves). A refusal whose current version is one this window wrote is retried on it,
  // as long as that version did not change the fields this write sets; a version changed by
  // anyone else is always a conflict.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  /** Per claim: version we started from → the claim our write made of it. */
  const ownWrites = useRef(new Map<string, Map<number, ClaimWithSources>>());

  /** Runs a write; on a conflict records what the server has now so the panel can show it. */
  const write = useCallback(
    (start: ClaimWithSources, fields: WriteField[], run: (base: ClaimWithSources) => Promise<ClaimWithSources>): Promise<WriteResult> => {
      const next = chain.current.then(() => writeNow(start, fields, run));
      chain.current = next.catch(() => undefined);
      return next;
    },
    [],
  );

  const ownVersionOf = (claimId: string, version: number): boolean => [...(ownWrites.current.get(claimId)?.values() ?? [])].some((c) => c.version === version);

  // Uses only refs and stable setters, so the first render's closure stays valid.
  const writeNow = async (start: ClaimWithSources, fields: WriteField[], run: (base: ClaimWithSources) => Promise<ClaimWithSources>): Promise<WriteResult> => {
    let base = start;
    const own = ownWrites.current.get(base.id);
    for (let next = own?.get(base.version); next && next.version > base.version; next = own?.get(base.version)) base = next;
    const attempt = async (from: ClaimWithSources): Promise<ClaimWithSources> => {
      const claim = await run(from);
      const map = ownWrites.current.get(claim.id) ?? new Map<number, ClaimWithSources>();
      map.set(from.version, claim);
      ownWrites.current.set(claim.id, map);
      return claim;
    };
    try {
      let claim: ClaimWithSources;
      try {
        claim = await attempt(base);
      } catch (e) {
        const current = conflictCurrent(e);
        if (!current || !ownVersionOf(base.id, current.version) || fields.some((f) => fieldValue(base, f) !== fieldValue(current, f))) throw e;
        base = current;
        claim = await attempt(current);
      }
      // The answer is rendered here, in the task that read it: left to React's scheduler, the
      // render waited for a task of its own, and a frame due before it painted the old verdict
      // (the reviewer then saw the key's result a frame later). What follows the write (the
      // articles pane's counts, search results) renders after, as a transition.
      flushSync(() => {
        replaceClaim(claim);
        // Only when there is one to clear: an update that returns the same state still renders
        // this hook's view when React cannot bail out early, and a verdict key would pay for it.
        if (!conflictsRef.current[claim.id]) return;
        setConflicts((all) => {
          if (!all[claim.id]) return all;
          const rest = { ...all };
          delete rest[claim.id];
          return rest;
        });
      });
      return { ok: true, claim };
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError({ code: 'error', message: e instanceof Error ? e.message : String(e) });
      const current = conflictCurrent(error);
      if (current) {
        const actor = typeof error.details?.changedBy === 'string' ? error.details.changedBy : null;
        setConflicts((all) => ({ ...all, [base.id]: { base, current, actor } }));
      }
      return { ok: false, error };
    }
  };

  const actions = useMemo(
    () => ({
      setVerdict: (claim: ClaimWithSources, verdict: Verdict, extra: { rationale?: string | null; ratingLabel?: string | null } = {}) =>
        write(claim, ['verdict', ...(Object.keys(extra) as WriteField[])], (base) => call('claims.setVerdict', { id: base.id, expectedVersion: base.version, verdict, ...extra })),
      /** Saves rationale and label with the verdict the claim has when the write runs (after our own queued writes). */
      setReview: (claim: ClaimWithSources, extra: { rationale: string | null; ratingLabel: string | null }) =>
        write(claim, ['rationale', 'ratingLabel'], (base) => call('claims.setVerdict', { id: base.id, expectedVersion: base.version, verdict: base.verdict, ...extra })),
      update: (claim: ClaimWithSources, patch: Omit<MethodInput<'claims.update'>, 'id' | 'expectedVersion'>) =>
        write(claim, Object.keys(patch) as WriteField[], (base) => call('claims.update', { id: base.id, expectedVersion: base.version, ...patch })),
      /**
       * Moves the start and/or the end by one character as the reader sees it (an emoji, a flag, a letter
       * with its accent): -1, 0 or 1, from where they are when the write runs (exactly: onto a space too).
       */
      nudgeSpan: (claim: ClaimWithSources, startBy: number, endBy: number) =>
        write(claim, ['start', 'end'], (base) => {
          const text = dataRef.current?.article.text ?? '';
          return call('claims.update', { id: base.id, expectedVersion: base.version, start: stepCharacter(text, base.start, startBy), end: stepCharacter(text, base.end, endBy), exactSpan: true });
        }),
      addSource: (claim: ClaimWithSources, input: Omit<MethodInput<'sources.add'>, 'claimId'>) =>
        write(claim, [], async (base) => (await call('sources.add', { claimId: base.id, expectedVersion: base.version, ...input })).claim),
      /** Cites an earlier fact-check from the library as a source (factchecks.cite). */
      citeFactCheck: (claim: ClaimWithSources, factCheckId: number, stance: Stance) =>
        write(claim, [], async (base) => (await call('factchecks.cite', { claimId: base.id, expectedVersion: base.version, factCheckId, stance })).claim),
      updateSource: (claim: ClaimWithSources, input: MethodInput<'sources.update'>) => write(claim, ['sources'], async (base) => (await call('sources.update', { ...input, expectedVersion: base.version })).claim),
      removeSource: (claim: ClaimWithSources, id: string) => write(claim, ['sources'], async (base) => (await call('sources.remove', { id, expectedVersion: base.version })).claim),
      create: async (input: MethodInput<'claims.create'>): Promise<WriteResult> => {
        try {
          const claim = await call('claims.create', input);
          replaceClaim(claim);
          return { ok: true, claim };
        } catch (e) {
          return { ok: false, error: e instanceof ApiError ? e : new ApiError({ code: 'error', message: String(e) }) };
        }
      },
      remove: async (base: ClaimWithSources): Promise<{ ok: true } | { ok: false; error: ApiError }> => {
        try {
          await call('claims.delete', { id: base.id, expectedVersion: base.version });
          dropClaim(base.id);
          return { ok: true };
        } catch (e) {
          const error = e instanceof ApiError ? e : new ApiError({ code: 'error', message: String(e) });
          if (error.code === 'conflict' && error.details?.current) {
            setConflicts((all) => ({ ...all, [base.id]: { base, current: error.details!.current as ClaimWithSources, actor: null } }));
          }
          return { ok: false, error };
        }
      },
      restore: async (id: string): Promise<WriteResult> => {
        try {
          const claim = await call('claims.restore', { id });
          replaceClaim(claim);
          return { ok: true, claim };
        } catch (e) {
          return { ok: false, error: e instanceof ApiError ? e : new ApiError({ code: 'error', message: String(e) }) };
        }
      },
      /** Reads a claim again (its sources' snapshots change in the background). */
      refresh: async (id: string): Promise<void> => {
        try {
          replaceClaim(await call('claims.get', { id }));
        } catch {
          // The next refresh or write shows it; a failed poll is not worth a message.
        }
      },
      /** Takes the server's version of a claim after a conflict. */
      loadTheirs: (id: string) => {
        const conflict = conflictsRef.current[id];
        if (conflict) replaceClaim(conflict.current);
        setConflicts((all) => {
          const rest = { ...all };
          delete rest[id];
          return rest;
        });
      },
    }),
    [write, replaceClaim, dropClaim],
  );

  return { data, store, error, loading, conflicts, claimById, actions };
}

export type ArticleActions = ReturnType<typeof useArticle>['actions'];
