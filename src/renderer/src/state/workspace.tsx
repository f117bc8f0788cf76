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
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

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
}

const WorkspaceContext = createContext<WorkspaceState | null>(null);

/** The part of the state that does not change when a claim is selected (j/k): the view and the actions. */
export type WorkspaceViewState = Pick<WorkspaceState, 'view' | 'setView' | 'openClaim' | 'selectClaim' | 'refreshArticles' | 'articlesVersion' | 'claimantId' | 'openClaimant'>;
const WorkspaceViewContext = createContext<WorkspaceViewState | null>(null);

export function WorkspaceProvider({ children, initial }: { children: ReactNode; initial?: Partial<Pick<WorkspaceState, 'view' | 'articleId' | 'claimId'>> }) {
  const [view, setView] = useState<WorkspaceView>(initial?.view ?? 'workspace');
  const [selection, setSelection] = useState<{ articleId: string | null; claimId: string | null }>({
    articleId: initial?.articleId ?? null,
    claimId: initial?.claimId ?? null,
  });
  const [articlesVersion, setArticlesVersion] = useState(0);
  const [claimantId, setClaimantId] = useState<string | null>(null);
  const openClaimant = useCallback((id: string | null) => {
    setClaimantId(id);
    setView('claimants');
  }, []);

  const openClaim = useCallback((articleId: string, claimId: string | null) => {
    setSelection({ articleId, claimId });
    setView('workspace');
  }, []);
  const selectClaim = useCallback((claimId: string | null) => {
    setSelection((s) => (s.claimId === claimId ? s : { ...s, claimId }));
  }, []);
  const refreshArticles = useCallback(() => setArticlesVersion((v) => v + 1), []);

  const value = useMemo<WorkspaceState>(
    () => ({ view, setView, articleId: selection.articleId, claimId: selection.claimId, openClaim, selectClaim, refreshArticles, articlesVersion, claimantId, openClaimant }),
    [view, selection, openClaim, selectClaim, refreshArticles, articlesVersion, claimantId, openClaimant],
  );
  const viewValue = useMemo<WorkspaceViewState>(
    () => ({ view, setView, openClaim, selectClaim, refreshArticles, articlesVersion, claimantId, openClaimant }),
    [view, openClaim, selectClaim, refreshArticles, articlesVersion, claimantId, openClaimant],
  );
  return (
    <WorkspaceViewContext.Provider value={viewValue}>
      <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
    </WorkspaceViewContext.Provider>
  );
}

/** The shared workspace state. Throws when used outside <WorkspaceProvider>. */
export function useWorkspace(): WorkspaceState {
  const state = useContext(WorkspaceContext);
  if (!state) throw new Error('useWorkspace() must be used inside <WorkspaceProvider>.');
  return state;
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
