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
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';

export type WorkspaceView = 'workspace' | 'claims';

export interface WorkspaceState {
  /** 'workspace' (three panes) or 'claims' (the All claims table). */
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
}

/**
 * The state lives in a small store, not in the context's value: the context hands out the
 * store once, and each component that reads it subscribes. A changed context value makes React
 * walk every component below the provider looking for readers, including the thousands of
 * runs of an open article's text, on every j/k; a subscription reaches the readers directly.
 */
interface WorkspaceStore {
  get(): WorkspaceState;
  subscribe(listener: () => void): () => void;
}

function createWorkspaceStore(initial?: Partial<Pick<WorkspaceState, 'view' | 'articleId' | 'claimId'>>): WorkspaceStore {
  const listeners = new Set<() => void>();
  const update = (change: (s: WorkspaceState) => Partial<WorkspaceState> | null) => {
    const patch = change(state);
    if (!patch || (Object.keys(patch) as (keyof WorkspaceState)[]).every((k) => patch[k] === state[k])) return;
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  let state: WorkspaceState = {
    view: initial?.view ?? 'workspace',
    articleId: initial?.articleId ?? null,
    claimId: initial?.claimId ?? null,
    articlesVersion: 0,
    setView: (view) => update(() => ({ view })),
    openClaim: (articleId, claimId) => update(() => ({ articleId, claimId, view: 'workspace' })),
    selectClaim: (claimId) => update(() => ({ claimId })),
    refreshArticles: () => update((s) => ({ articlesVersion: s.articlesVersion + 1 })),
  };
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const WorkspaceContext = createContext<WorkspaceStore | null>(null);

export function WorkspaceProvider({ children, initial }: { children: ReactNode; initial?: Partial<Pick<WorkspaceState, 'view' | 'articleId' | 'claimId'>> }) {
  const [store] = useState(() => createWorkspaceStore(initial));
  return <WorkspaceContext.Provider value={store}>{children}</WorkspaceContext.Provider>;
}

/** The shared workspace state. Throws when used outside <WorkspaceProvider>. */
export function useWorkspace(): WorkspaceState {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error('useWorkspace() must be used inside <WorkspaceProvider>.');
  return useSyncExternalStore(store.subscribe, store.get);
}
