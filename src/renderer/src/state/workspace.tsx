// App-wide UI state shared by every view: which view is showing, which article and claim are
// open, and a counter that says "article data changed, reload what you show".
//
// Usage (any component under <WorkspaceProvider>):
//
//   const { view, setView, articleId, claimId, openClaim, refreshArticles, articlesVersion } = useWorkspace();
//   openClaim(articleId, claimId);   // switches to the workspace view, opens the article, selects the claim
//   openClaim(articleId, null);      // opens the article with no claim selected
//   refreshArticles();               // after a write elsewhere (import, bulk edit): lists and the open article reload
//   useEffect(() => { void load(); }, [articlesVersion]);   // reload when someone else changed data
//
// It holds view state only: data is always read and written through the contract client.
//
// The selection (open article and claim) lives in a small store of its own, read with
// useSyncExternalStore: moving the selection (j/k) changes no context value, so React does not
// walk the whole tree below the provider (thousands of highlight runs) looking for readers of
// it; only the components that read the selection render again.
import { createContext, useCallback, useContext, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

export type WorkspaceView = 'workspace' | 'claims' | 'trash' | 'dashboard' | 'claimants';

export interface WorkspaceState {
  /** 'workspace' (three panes), 'claims' (the All claims table) or 'trash' (deleted articles). */
  view: WorkspaceView;
  setView(view: WorkspaceView): void;
  /** The open article, or null. */
  articleId: string | null;
  /** The selected claim of the open article, or null. */
  claimId: string | null;
  /** Opens an article in the workspace view and selects a claim (or none). */
  openClaim(articleId: string, claimId: string | null): void;
  /** Selects a claim of the open article (null clears) without changing the view. */
  selectClaim(claimId: string | null): void;
  /** Signals that articles or claims changed: article lists and the open article reload. */
  refreshArticles(): void;
  /** Increases on every refreshArticles(); use it as an effect dependency. */
  articlesVersion: number;
  /** The claimant whose page shows in the 'claimants' view, or null (the list). */
  claimantId: string | null;
  /** Opens a claimant's page (the claimants view). */
  openClaimant(claimantId: string | null): void;
  /**
   * Takes keyboard focus to where the reviewer works (the claims list's selected row, else the
   * article text), as the workspace registered it; false when nothing there can take it.
   */
  focusWork(): boolean;
  /** The workspace's way to focus its claims (null when it goes away). */
  setFocusWork(focus: (() => boolean) | null): void;
}

interface Selection {
  articleId: string | null;
  claimId: string | null;
}

/** The selection, outside React state: subscribe / get / set (set tells only when it changed). */
interface SelectionStore {
  get(): Selection;
  set(update: (s: Selection) => Selection): void;
  subscribe(listener: () => void): () => void;
}

function createSelectionStore(initial: Selection): SelectionStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(update) {
      const next = update(current);
      if (next === current) return;
      current = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The part of the state that does not change when a claim is selected (j/k): the view and the actions. */
export type WorkspaceViewState = Pick<WorkspaceState, 'view' | 'setView' | 'openClaim' | 'selectClaim' | 'refreshArticles' | 'articlesVersion' | 'claimantId' | 'openClaimant' | 'focusWork' | 'setFocusWork'>;
const WorkspaceViewContext = createContext<WorkspaceViewState | null>(null);
const SelectionContext = createContext<SelectionStore | null>(null);

export function WorkspaceProvider({ children, initial }: { children: ReactNode; initial?: Partial<Pick<WorkspaceState, 'view' | 'articleId' | 'claimId'>> }) {
  const [view, setView] = useState<WorkspaceView>(initial?.view ?? 'workspace');
  const [selection] = useState(() => createSelectionStore({ articleId: initial?.articleId ?? null, claimId: initial?.claimId ?? null }));
  const [articlesVersion, setArticlesVersion] = useState(0);
  const [claimantId, setClaimantId] = useState<string | null>(null);
  const openClaimant = useCallback((id: string | null) => {
    setClaimantId(id);
    setView('claimants');
  }, []);

  const openClaim = useCallback((articleId: string, claimId: string | null) => {
    selection.set((s) => (s.articleId === articleId && s.claimId === claimId ? s : { articleId, claimId }));
    setView('workspace');
  }, [selection]);
  const selectClaim = useCallback(
    (claimId: string | null) => selection.set((s) => (s.claimId === claimId ? s : { ...s, claimId })),
    [selection],
  );
  const refreshArticles = useCallback(() => setArticlesVersion((v) => v + 1), []);
  const focuser = useRef<(() => boolean) | null>(null);
  const focusWork = useCallback(() => focuser.current?.() ?? false, []);
  const setFocusWork = useCallback((focus: (() => boolean) | null) => {
    focuser.current = focus;
  }, []);

  const viewValue = useMemo<WorkspaceViewState>(
    () => ({ view, setView, openClaim, selectClaim, refreshArticles, articlesVersion, claimantId, openClaimant, focusWork, setFocusWork }),
    [view, openClaim, selectClaim, refreshArticles, articlesVersion, claimantId, openClaimant, focusWork, setFocusWork],
  );
  return (
    <WorkspaceViewContext.Provider value={viewValue}>
      <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>
    </WorkspaceViewContext.Provider>
  );
}

/** The shared workspace state. Throws when used outside <WorkspaceProvider>. */
export function useWorkspace(): WorkspaceState {
  const view = useContext(WorkspaceViewContext);
  const store = useContext(SelectionContext);
  if (!view || !store) throw new Error('useWorkspace() must be used inside <WorkspaceProvider>.');
  const { articleId, claimId } = useSyncExternalStore(store.subscribe, store.get);
  return useMemo(() => ({ ...view, articleId, claimId }), [view, articleId, claimId]);
}

/** The selection's current value, read when an action runs (does not render again when it moves). */
export function useSelectionReader(): () => Selection {
  const store = useContext(SelectionContext);
  if (!store) throw new Error('useSelectionReader() must be used inside <WorkspaceProvider>.');
  return store.get;
}

/**
 * Reads one value derived from the selection (e.g. whether a given claim is the selected one):
 * the component renders again only when that value changes, not on every move of the selection.
 */
export function useSelection<T>(pick: (selection: Selection) => T): T {
  const store = useContext(SelectionContext);
  if (!store) throw new Error('useSelection() must be used inside <WorkspaceProvider>.');
  return useSyncExternalStore(store.subscribe, () => pick(store.get()));
}

/**
 * The view and the actions without the selection: a component that does not show the open
 * article or claim (the app's shell) uses this and is not rendered again on every j/k.
 */
export function useWorkspaceView(): WorkspaceViewState {
  const state = useContext(WorkspaceViewContext);
  if (!state) throw new Error('useWorkspaceView() must be used inside <WorkspaceProvider>.');
  return state;
}
