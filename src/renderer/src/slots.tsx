// Components another engineer builds in their own folders (views/claims-table, views/search,
// views/import, views/export). Each slot is wired in when its file exists (Vite resolves the
// glob at build time) and loads lazily; until then the workspace shows a placeholder. The
// props below are the agreed interface.
import { lazy, memo, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { staysClosed } from './lib/closed-dialog';
import { afterPaint, whenIdle } from './lib/rest';
import { firstScreenRead } from './startup';

export interface AllClaimsViewProps {
  onOpenClaim(articleId: string, claimId: string): void;
}
export interface SearchResultsProps {
  query: string;
  onOpen(articleId: string, claimId: string | null): void;
  /** Opens a claimant's page (a claimant found by one of its names). */
  onOpenClaimant?(claimantId: string): void;
  /** Changes when claims or articles changed (a verdict set): the results ask again, so badges follow. */
  refreshKey?: string;
}
export interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  onImported(articleId: string): void;
  initialFiles?: File[];
}
export type ExportScope = { articleId: string } | { all: true } | { claimIds: string[] };
export interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  scope: ExportScope;
  scopeLabel?: string;
  /** Several scopes to choose from; the first is chosen at first. */
  choices?: Array<{ key: string; label: string; scope: ExportScope }>;
}

type Module = Record<string, unknown>;
const modules = import.meta.glob<Module>([
  './views/claims-table/AllClaimsView.tsx',
  './views/search/SearchResults.tsx',
  './views/import/ImportDialog.tsx',
  './views/export/ExportDialog.tsx',
]);

function slot<P extends object>(path: string, exportName: string): ComponentType<P> | null;
function slot<P extends { open: boolean }>(path: string, exportName: string, dialog: 'dialog'): ComponentType<P> | null;
function slot<P extends object>(path: string, exportName: string, dialog?: 'dialog'): ComponentType<P> | null {
  const load = modules[path];
  if (!load) return null;
  const Lazy = lazy(async () => {
    const mod = await load();
    const component = mod[exportName] as ComponentType<P> | undefined;
    if (!component) throw new Error(`${path} does not export ${exportName}`);
    return { default: component };
  });
  function Slot(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  if (!dialog) return Slot;
  // A dialog is rendered (closed, so its code is fetched and run) just after the page has first
  // painted its first screen, or when it first opens: rendered closed from the start, the import and export
  // dialogs made the page fetch two scripts and two style sheets, and run them, before the first
  // screen showed its claims (a closed dialog shows nothing). Once rendered, opening it is as
  // before.
  function DialogSlot(props: P & { open: boolean }) {
    const [rendered, setRendered] = useState(props.open);
    if (props.open && !rendered) setRendered(true);
    useEffect(() => {
      if (rendered) return;
      return afterFirstScreenPaint(() => setRendered(true));
    }, [rendered]);
    return rendered ? <Slot {...props} /> : null;
  }
  // A closed dialog is not rendered again with its parent (see lib/closed-dialog.ts).
  return memo(DialogSlot, staysClosed as unknown as (a: P, b: P) => boolean) as unknown as ComponentType<P>;
}

/**
 * Fetches (and runs, not renders) the code of the views a reviewer opens from the top bar, once
 * the page has painted and is idle. Fetched on the first click instead, All claims waited for
 * its script behind whatever the host was doing: on a desk of 100,000 claims, flagging the open
 * article held serve's event loop, and the 14 KB script took 300–700 ms of the click's 550 ms.
 * Only these small views: the dashboard's and claimant pages' chart library is large and stays
 * on demand. Returns a
 * function that cancels a prefetch not yet started.
 */
export function prefetchViews(): () => void {
  const views = ['./views/claims-table/AllClaimsView.tsx', './views/search/SearchResults.tsx'].map((path) => modules[path]).filter((load) => load !== undefined);
  // A failed fetch is not an error here: the click fetches again and shows its own error.
  return whenIdle(() => {
    for (const load of views) void load().catch(() => undefined);
  }, PREFETCH_IDLE_AT_MOST_MS, afterFirstScreenPaint);
}

/** How long the views' prefetch waits at most for the page to be idle after the first screen painted (ms). */
export const PREFETCH_IDLE_AT_MOST_MS = 3000;

/**
 * Runs `task` after the first frame painted once the first screen's answers are in; returns a
 * function that cancels it. Not after the very first paint: when the host was slow, the page
 * painted an empty workspace and went idle, and code fetched then (the dialogs', the views')
 * competed with the article's claims still on their way.
 */
function afterFirstScreenPaint(task: () => void): () => void {
  let cancelPaint: (() => void) | undefined;
  let cancelled = false;
  void firstScreenRead().then(() => {
    if (!cancelled) cancelPaint = afterPaint(task);
  });
  return () => {
    cancelled = true;
    cancelPaint?.();
  };
}

export const AllClaimsView = slot<AllClaimsViewProps>('./views/claims-table/AllClaimsView.tsx', 'AllClaimsView');
export const SearchResults = slot<SearchResultsProps>('./views/search/SearchResults.tsx', 'SearchResults');
export const ImportDialog = slot<ImportDialogProps>('./views/import/ImportDialog.tsx', 'ImportDialog', 'dialog');
export const ExportDialog = slot<ExportDialogProps>('./views/export/ExportDialog.tsx', 'ExportDialog', 'dialog');

export function SlotPlaceholder({ children }: { children: ReactNode }) {
  return <div className="slot-placeholder">{children}</div>;
}
