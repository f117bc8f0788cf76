// The review workspace: articles (left), the article text with its claims (centre), the
// selected claim (right), and the keyboard path through them.
import { memo, startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ArticleSummary, ClaimWithSources, Verdict } from '../../../shared/domain';
import { call, peekEarly } from '../api/client';
import { Toast, type ToastMessage } from '../components/Toast';
import { uiLocale } from '../lib/format';
import { selectionOffsets } from '../lib/segments';
import { ExportDialog, ImportDialog, type ExportScope } from '../slots';
import { useSelection, useSelectionReader, useWorkspaceView } from '../state';
import { ArticleHeader } from './article/ArticleHeader';
import { useArticleActions } from './article/useArticleActions';
import { ArticlesPane, type ArticlesPaneHandle, type OpenArticleCounts } from './ArticlesPane';
import { ArticleText } from './ArticleText';
import { useEditors, usePresence } from '../api/team';
import { EditingNotice } from '../views/team/SignInScreen';
import { ClaimPanel, type ClaimPanelHandle } from './ClaimPanel';
import { ClaimsList, type ChooseHow } from './ClaimsList';
import { useCheckedBefore } from '../views/factchecks/useCheckedBefore';
import { useDrafts } from './drafts';
import { startupSelection } from '../startup';
import { EmptyState } from './EmptyState';
import { PasteArticleDialog } from './PasteArticleDialog';
import { useOpenedOnce } from '../lib/closed-dialog';
import { nextMostCheckworthy } from './review-order';
import { ListResizer, LIST_HEIGHT, resizeByKey } from './queue/ListResizer';
import { countByVerdict, filterClaims, nextUnreviewed, sortClaims, stepFrom, VERDICT_FILTERS, type ClaimSort, type VerdictFilter } from './queue/queue';
import { markedInOrder, markRange, NO_MARKS, toggleMark } from './queue/marks';
import { numberBetween, oneOf, useStoredState } from './queue/stored';
import { VerdictFilterBar } from './queue/VerdictFilterBar';
import { useArticle, type ArticleActions, type ArticleData, type ConflictState } from './useArticle';
import { newerClaim, useLiveClaim, useStoreVersion, type ClaimStore } from './claim-store';
import type { Draft, DraftUpdate } from './drafts';

export type { ClaimSort } from './queue/queue';

interface Props {
  announce(message: string): void;
  onShowShortcuts(): void;
  /** Files dropped on the window: open the import dialog with them. */
  droppedFiles: File[] | null;
  onDroppedFilesHandled(): void;
}

const VERDICT_KEYS: Record<string, Verdict> = { v: 'verified', d: 'disputed', i: 'inconclusive', u: 'unreviewed' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

export function Workspace({ announce, onShowShortcuts, droppedFiles, onDroppedFilesHandled }: Props) {
  const { t, i18n } = useTranslation();
  const { openClaim, selectClaim, articlesVersion, refreshArticles, setFocusWork } = useWorkspaceView();
  // The open article renders this view again; the selected claim does not (j/k): only the parts
  // that show it read it (the list's rows, the text's highlight, the claim panel). Everything
  // here that acts on it reads it when it acts.
  const articleId = useSelection((s) => s.articleId);
  const readSelection = useSelectionReader();
  const currentClaimId = () => readSelection().claimId;
  const { data, store, error, conflicts, actions } = useArticle(articleId, articlesVersion);
  // A review changes the library: ask again when the number of reviewed claims changes (a
  // review written to the claim store is counted there, without a render of this view).
  const claimsNow = useRef<ClaimWithSources[]>([]);
  claimsNow.current = data?.claims ?? [];
  const reviews = useMemo(() => ({ store, reviewed: () => liveClaims(claimsNow.current, store).filter((c) => c.verdict !== 'unreviewed').length }), [store]);
  const listedReviewed = data?.claims.filter((c) => c.verdict !== 'unreviewed').length ?? 0;
  const checkedIds = useCheckedBefore(data?.article.id ?? null, `${articlesVersion}:${listedReviewed}`, reviews);
  // The first render shows what start-up read (see peekEarly); the calls below then answer the same.
  const [articles, setArticles] = useState<ArticleSummary[] | null>(() => peekEarly('articles.list', {}) ?? null);
  /** Claims written here so far: search results showing verdicts ask again after each. */
  const [claimsWritten, setClaimsWritten] = useState(0);
  // The reviewer's queue settings, remembered across reloads (and anything that re-mounts the view).
  const [sort, setSort] = useStoredState<ClaimSort>('claimdesk.claimSort', 'position', oneOf(['position', 'checkworthiness'] as const));
  const [verdictFilter, setVerdictFilter] = useStoredState<VerdictFilter>('claimdesk.verdictFilter', 'all', oneOf(VERDICT_FILTERS));
  const [listHeight, setListHeight] = useStoredState('claimdesk.claimsListHeight', LIST_HEIGHT.initial, numberBetween(LIST_HEIGHT.min, LIST_HEIGHT.max));
  const [showList, setShowList] = useState(true);
  const [ratingLabels, setRatingLabels] = useState<string[]>(() => peekEarly('claims.ratingLabels', {}) ?? []);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [importFiles, setImportFiles] = useState<File[] | undefined>(undefined);
  const [exportOpen, setExportOpen] = useState(false);
  /** Claims chosen for export in the list, and the claim a Shift+click or Shift+j/k range starts from. */
  const [marked, setMarked] = useState<ReadonlySet<string>>(NO_MARKS);
  const markAnchor = useRef<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sampleBusy, setSampleBusy] = useState(false);
  const panelRef = useRef<ClaimPanelHandle>(null);
  const paneRef = useRef<ArticlesPaneHandle>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  /** Set once the host has been asked which article opens first (when start-up read nothing). */
  const askedWhereToStart = useRef<'no' | 'asking' | 'answered'>('no');
  /** Set when focus should go to the claims once the article has loaded (its opener is gone). */
  const focusClaimsOnLoad = useRef(false);

  const claims = useMemo(() => data?.claims ?? [], [data]);
  const ordered = useMemo(() => sortClaims(claims, sort), [claims, sort]);
  // A verdict filter reads every claim's verdict: with one on, a review written to the claim
  // store renders this view (the claim may leave the list); with none, it does not.
  const filterVersion = useStoreVersion(store, verdictFilter !== 'all');
  /** What the list shows and j/k walk: the sorted claims the verdict filter lets through. */
  const shown = useMemo(
    () => (verdictFilter === 'all' ? ordered : filterClaims(liveClaims(ordered, store), verdictFilter)),
    // filterVersion: the store's reviews, read through liveClaims.
    [ordered, verdictFilter, store, filterVersion],
  );
  const { drafts, update: updateDraft, drop: dropDraft, dirtyIds } = useDrafts(claims, data?.article.id ?? null);
  const claimants = useMemo(() => [...new Set(claims.map((c) => c.claimant).filter((c): c is string => Boolean(c)))].sort(), [claims]);

  // The labels in use (for the label field's suggestions) change only when a claim's label
  // does: reload them for each article and when a label in it changes, not after every write
  // (a verdict key would otherwise query every claim's label each time).
  const labelsInArticle = useMemo(() => [...new Set(claims.map((c) => c.ratingLabel ?? ''))].sort().join('\n'), [claims]);
  const openArticleId = data?.article.id ?? null;
  useEffect(() => {
    call('claims.ratingLabels', {})
      .then(setRatingLabels)
      .catch(() => setRatingLabels([]));
  }, [openArticleId, labelsInArticle]);

  // Files dropped on the window open the import dialog with them.
  useEffect(() => {
    if (!droppedFiles) return;
    setImportFiles(droppedFiles);
    setImportOpen(true);
    onDroppedFilesHandled();
  }, [droppedFiles, onDroppedFilesHandled]);

  const onArticlesLoaded = useCallback(
    (list: ArticleSummary[], filter: string) => {
      if (filter) return;
      setArticles(list);
      if (articleId && list.some((a) => a.id === articleId)) return;
      // None is open (or the open one is gone): the one the host chose at start-up (the one open
      // last time; the page rendered before its answer came), else the newest.
      const chosen = startupSelection();
      if (!articleId && chosen && list.some((a) => a.id === chosen.articleId)) openClaim(chosen.articleId, chosen.claimId);
      else if (!articleId && askedWhereToStart.current === 'asking') return;
      else if (!articleId && !chosen && list[0] && askedWhereToStart.current === 'no') {
        // Nothing was read at start-up (a team server's page signs in first): the host says
        // which article and claim open (the account's last place, else the newest).
        askedWhereToStart.current = 'asking';
        const newest = list[0].id;
        call('workspace.open', { claimsLimit: 0 })
          .then((answer) => {
            askedWhereToStart.current = 'answered';
            if (!readSelection().articleId) openClaim(answer.article?.id ?? newest, answer.article ? answer.claimId : null);
          })
          .catch(() => {
            askedWhereToStart.current = 'answered';
            if (!readSelection().articleId) openClaim(newest, null);
          });
      } else if (list[0]) openClaim(list[0].id, null);
    },
    [articleId, openClaim, readSelection],
  );

  // A transition: only the articles pane (its search results) reads it, in the render that also
  // takes the deferred counts, not in the one that shows the write.
  const onWritten = useCallback(() => startTransition(() => setClaimsWritten((n) => n + 1)), []);
  // Stable, so the articles pane (memoised) is not rendered again on every j/k.
  const openPaste = useCallback(() => setPasteOpen(true), []);
  const openImport = useCallback(() => {
    setImportFiles(undefined);
    setImportOpen(true);
  }, []);

  /** Focus on the claims: the list (its selected row) if shown, else the article text. */
  const focusClaimsNow = useCallback(() => (listRef.current ?? textRef.current)?.focus({ preventScroll: true }), []);
  /** The same after the next paint (for elements that are about to mount or re-mount). */
  const focusClaims = useCallback(() => requestAnimationFrame(focusClaimsNow), [focusClaimsNow]);
  // The shell's dialogs (the first-run question) hand focus back here when they close.
  useEffect(() => {
    setFocusWork(() => {
      const target = listRef.current ?? textRef.current;
      if (!target) return false;
      target.focus({ preventScroll: true });
      return document.activeElement === target;
    });
    return () => setFocusWork(null);
  }, [setFocusWork]);

  // After every render: once the opened article's claims are on screen, take focus to them.
  useEffect(() => {
    if (focusClaimsOnLoad.current && data && (listRef.current || textRef.current)) {
      focusClaimsOnLoad.current = false;
      focusClaimsNow();
    }
  });
  const dismissToast = useCallback(() => setToast(null), []);

  // A newly opened article starts at its top (the text pane is reused between articles); an
  // article opened on a claim scrolls to that claim instead.
  const openedArticleId = data?.article.id ?? null;
  const scrollerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!openedArticleId || readSelection().claimId) return;
    scrollerRef.current?.scrollTo({ top: 0 });
    listRef.current?.scrollTo({ top: 0 });
  }, [openedArticleId, readSelection]);

  // Chosen claims belong to their article: another article starts with none.
  useEffect(() => {
    setMarked(NO_MARKS);
    markAnchor.current = null;
  }, [openedArticleId]);
  const markedClaims = useMemo(() => markedInOrder(marked, ordered), [marked, ordered]);

  const openSample = async () => {
    setSampleBusy(true);
    try {
      const { article } = await call('articles.createSample', {});
      focusClaimsOnLoad.current = true;
      refreshArticles();
      openClaim(article.id, null);
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    } finally {
      setSampleBusy(false);
    }
  };

  const addSelectionAsClaim = async () => {
    const root = textRef.current;
    const span = root ? selectionOffsets(root) : null;
    if (!data || !span) {
      setNotice(t('addClaim.noSelection'));
      return;
    }
    const result = await actions.create({ articleId: data.article.id, start: span.start, end: span.end });
    if (!result.ok) {
      setNotice(result.error.message);
      return;
    }
    window.getSelection()?.removeAllRanges();
    setNotice(null);
    selectClaim(result.claim.id);
    announce(t('addClaim.added'));
    onWritten();
  };

  const deleteClaim = async (claim: ClaimWithSources) => {
    const index = ordered.findIndex((c) => c.id === claim.id);
    const result = await actions.remove(claim);
    if (!result.ok) {
      if (result.error.code !== 'conflict') setNotice(result.error.message);
      return;
    }
    // Its unsaved input goes with it (Undo brings the claim back as stored).
    dropDraft(claim.id);
    const next = ordered[index + 1] ?? ordered[index - 1] ?? null;
    selectClaim(next && next.id !== claim.id ? next.id : null);
    focusClaims();
    onWritten();
    // The toast (role=status) announces the deletion and offers Undo.
    setToast({
      id: Date.now(),
      text: t('deleteClaim.deleted'),
      action: {
        label: t('deleteClaim.undo'),
        shortcut: isMac() ? '⌘Z' : t('deleteClaim.undoKey'),
        run: () => {
          void actions.restore(claim.id).then((r) => {
            if (r.ok) {
              selectClaim(r.claim.id);
              focusClaims();
              announce(t('deleteClaim.restored'));
              onWritten();
            } else setNotice(r.error.message);
          });
        },
      },
    });
  };

  /** j past the last claim read so far of a long article whose later pages are on their way. */
  const stillLoading = () => {
    if (!data?.loadingMore) return false;
    setNotice(t('queue:stillLoading'));
    return true;
  };

  const step = (delta: 1 | -1) => {
    const claimId = currentClaimId();
    const next = stepFrom(shown, ordered, claimId, delta);
    if (delta > 0 && next?.id === claimId) stillLoading();
    if (next) selectClaim(next.id);
    // A range (Shift+j/k, Shift+click) starts again from where the reviewer now is.
    markAnchor.current = null;
  };

  /** x: choose the current claim for export, or let it go. */
  const toggleCurrentMark = () => {
    const claimId = currentClaimId();
    if (!claimId) return;
    setMarked((m) => toggleMark(m, claimId));
    markAnchor.current = claimId;
  };

  /** Shift+j / Shift+k: move on and choose every claim from where the range started to the new one. */
  const extendMarks = (delta: 1 | -1) => {
    const next = stepFrom(shown, ordered, currentClaimId(), delta);
    if (!next) return;
    chooseInList(next.id, 'range');
  };

  /** A row chosen in the list: plain (open it), Ctrl/⌘ (toggle its mark) or Shift (mark the range up to it). */
  const chooseInList = (id: string, how: ChooseHow = 'plain') => {
    if (how === 'toggle') {
      setMarked((m) => toggleMark(m, id));
      markAnchor.current = id;
    } else if (how === 'range') {
      const anchor = markAnchor.current ?? currentClaimId() ?? id;
      setMarked((m) => markRange(m, shown, anchor, id));
      markAnchor.current = anchor;
    } else {
      markAnchor.current = null;
    }
    selectClaim(id);
  };
  // The list's rows are memoised on their callback: hand them one that never changes.
  const chooseRef = useRef(chooseInList);
  chooseRef.current = chooseInList;
  const onListChoose = useCallback((id: string, how?: ChooseHow) => chooseRef.current(id, how), []);

  const clearMarks = () => {
    setMarked(NO_MARKS);
    markAnchor.current = null;
  };
  /** Which choice the export dialog starts on ("Export selected" starts on the chosen claims). */
  const [exportStart, setExportStart] = useState<string | null>(null);

  const nextWorthy = () => {
    const next = nextMostCheckworthy(claims, currentClaimId());
    if (next) selectClaim(next.id);
    else if (!stillLoading()) setToast({ id: Date.now(), text: t('review.noneLeft') });
  };

  /** n: the next claim nobody has reviewed yet, after the current one in the list's order. */
  const nextToReview = () => {
    const claimId = currentClaimId();
    const live = liveClaims(ordered, store);
    const next = nextUnreviewed(live, claimId);
    // Wrapping round to the top while later claims are still being read would skip them.
    const wrapped = next && claimId && live.indexOf(next) < live.findIndex((c) => c.id === claimId);
    if (wrapped && stillLoading()) return;
    if (next) selectClaim(next.id);
    else if (stillLoading()) return;
    else {
      setNotice(t('queue:noneLeft'));
      announce(t('queue:noneLeft'));
    }
  };

  // Export what you see: the article, the claims the filter shows, or the selected claim (worked
  // out only while the dialog is open, so moving through claims does not pay for it).
  const exportChoices = useMemo(() => {
    if (!data || !exportOpen) return undefined;
    const choices = [{ key: 'article', label: t('queue:export.article', { count: claims.length }), scope: { articleId: data.article.id } as ExportScope }];
    if (markedClaims.length > 0) choices.unshift({ key: 'marked', label: t('queue:export.marked', { count: markedClaims.length }), scope: { claimIds: markedClaims.map((c) => c.id) } });
    if (verdictFilter !== 'all' && shown.length > 0) {
      choices.push({ key: 'shown', label: t('queue:export.shown', { count: shown.length, verdict: t(`verdict.${verdictFilter}`) }), scope: { claimIds: shown.map((c) => c.id) } });
    }
    // Read when the dialog opens: no key moves the selection while it is open.
    const selected = claims.find((c) => c.id === readSelection().claimId);
    if (selected) choices.push({ key: 'selected', label: t('queue:export.selected'), scope: { claimIds: [selected.id] } });
    const start = choices.findIndex((c) => c.key === exportStart);
    if (start > 0) choices.unshift(...choices.splice(start, 1));
    return choices;
  }, [data, exportOpen, claims, verdictFilter, shown, readSelection, markedClaims, exportStart, t]);

  const articleActions = useArticleActions({
    article: data?.article ?? null,
    announce,
    showToast: setToast,
    setNotice,
    refresh: refreshArticles,
    onTrashed: (id) => {
      // Open the article beside it in the list (the list reloads without it).
      const list = articles ?? [];
      const index = list.findIndex((a) => a.id === id);
      const neighbour = list[index + 1] ?? list[index - 1];
      if (neighbour) openClaim(neighbour.id, null);
    },
    onRestored: (id) => {
      focusClaimsOnLoad.current = true;
      openClaim(id, null);
    },
  });

  // Stable, so the memoised header does not render again with every write and key.
  const headerActions = useMemo(
    () => ({
      ...articleActions.header,
      onExport: ExportDialog
        ? () => {
            setExportStart(null);
            setExportOpen(true);
          }
        : null,
    }),
    [articleActions.header],
  );

  // Keyboard: single keys act unless the reviewer is typing (Escape always works).
  const hasSelected = () => {
    const claimId = currentClaimId();
    return claimId !== null && claims.some((c) => c.id === claimId);
  };
  const keyState = useRef({ step, extendMarks, toggleCurrentMark, nextToReview, nextWorthy, addSelectionAsClaim, hasSelected, onShowShortcuts, setNotice, toast, focusClaimsNow, articleActions });
  keyState.current = { step, extendMarks, toggleCurrentMark, nextToReview, nextWorthy, addSelectionAsClaim, hasSelected, onShowShortcuts, setNotice, toast, focusClaimsNow, articleActions };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const k = keyState.current;
      if (document.querySelector('dialog[open]')) return; // a dialog handles its own keys
      if (event.key === 'Escape') {
        // Escape closes the source form and clears messages, and always leaves a field: focus
        // goes to the claims (the list's selected row), so j/k/v work at once.
        if (paneRef.current?.clearSearch()) return;
        panelRef.current?.escape();
        const active = document.activeElement;
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) {
          selection.removeAllRanges();
          if (active === textRef.current) return;
        }
        k.setNotice(null);
        // At once, not after a paint: the next key may already be on its way.
        if (active !== listRef.current) k.focusClaimsNow();
        return;
      }
      // Ctrl+Z (⌘Z) while the Undo toast shows: undo the delete (a field keeps its own undo).
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z' && k.toast?.action && !isTyping(event.target)) {
        event.preventDefault();
        k.toast.action.run();
        setToast(null);
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key;
      const handled = () => event.preventDefault();
      if (key === 'j') return (handled(), k.step(1));
      if (key === 'k') return (handled(), k.step(-1));
      if (key === 'J') return (handled(), k.extendMarks(1));
      if (key === 'K') return (handled(), k.extendMarks(-1));
      if (key === 'x') return (handled(), k.toggleCurrentMark());
      if (key === 'm') return (handled(), k.nextWorthy());
      if (key === 'n') return (handled(), k.nextToReview());
      if (k.articleActions.handleKey(event)) return;
      if (key === '/') return (handled(), paneRef.current?.focusSearch());
      if (key === '?') return (handled(), k.onShowShortcuts());
      if (key === 'a') return (handled(), void k.addSelectionAsClaim());
      if (!k.hasSelected()) return;
      if (key in VERDICT_KEYS) return (handled(), panelRef.current?.setVerdict(VERDICT_KEYS[key]!));
      if (key === 's') return (handled(), panelRef.current?.openSourceForm());
      if (key === 'e') return (handled(), panelRef.current?.focusEditor());
      if (key === 'r') return (handled(), panelRef.current?.focusRationale());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Stable for the memoised panel: the latest deleteClaim, which reads the latest order.
  const deleteRef = useRef(deleteClaim);
  deleteRef.current = deleteClaim;
  const onDeleteClaim = useCallback((c: ClaimWithSources) => void deleteRef.current(c), []);

  const noArticles = articles !== null && articles.length === 0;
  // Rendered from its first opening on (lib/closed-dialog.ts).
  const pasteShown = useOpenedOnce(pasteOpen);
  // The raw selection: claims.update trims a new span's ends on the server, as claims.create does.
  const getTextSelection = useCallback(() => (textRef.current ? selectionOffsets(textRef.current) : null), []);

  return (
    <div className="workspace">
      <section className="pane pane-left" aria-label={t('panes.articles')}>
        <ArticlesPaneWithCounts
          paneRef={paneRef}
          data={data}
          store={store}
          claimsWritten={claimsWritten}
          onPaste={openPaste}
          onImport={openImport}
          onLoaded={onArticlesLoaded}
          articleId={articleId}
        />
      </section>

      <main className="pane pane-centre" aria-label={t('panes.article')}>
        {noArticles ? (
          <EmptyState onSample={() => void openSample()} onPaste={() => setPasteOpen(true)} busy={sampleBusy} />
        ) : error ? (
          <p className="field-error pad" role="alert">
            {error}
          </p>
        ) : !data ? (
          <p className="muted pad">{articleId ? t('article.loading') : t('article.none')}</p>
        ) : (
          <>
            <ArticleHeader article={data.article} actions={headerActions} />
            <div className="centre-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
              <button type="button" className="small-btn" aria-expanded={showList} aria-controls="claims-list" onClick={() => setShowList((s) => !s)}>
                {showList ? t('toolbar.hideList') : t('toolbar.showList')} ({shown.length})
              </button>
              <label className="inline-label">
                {t('toolbar.sort')}
                <select value={sort} onChange={(e) => setSort(e.target.value as ClaimSort)}>
                  <option value="position">{t('toolbar.sortPosition')}</option>
                  <option value="checkworthiness">{t('toolbar.sortCheckworthiness')}</option>
                </select>
              </label>
              <button type="button" className="small-btn" onMouseDown={(e) => e.preventDefault()} onClick={() => void addSelectionAsClaim()} title={t('addClaim.hint')}>
                {t('addClaim.button')} <kbd>a</kbd>
              </button>
              {data.loadingMore && (
                <span className="muted small" role="status" data-testid="claims-loading">
                  {t('queue:loadingMore', { loaded: claims.length.toLocaleString(uiLocale(i18n.language)), total: data.claimsTotal.toLocaleString(uiLocale(i18n.language)) })}
                </span>
              )}
              <span className="spacer" />
              <LiveVerdictFilterBar claims={claims} store={store} value={verdictFilter} onChange={setVerdictFilter} />
            </div>
            {notice && (
              <p className="notice-bar" role="alert">
                {notice}
                <button type="button" className="link-btn" onClick={() => setNotice(null)}>
                  {t('common:dismiss')}
                </button>
              </p>
            )}
            {markedClaims.length > 0 && (
              <div className="marks-bar" role="group" aria-label={t('queue:marks.label')}>
                <span role="status">{t('queue:marks.count', { count: markedClaims.length })}</span>
                {ExportDialog && (
                  <button
                    type="button"
                    className="small-btn"
                    onClick={() => {
                      setExportStart('marked');
                      setExportOpen(true);
                    }}
                  >
                    {t('queue:marks.export')}
                  </button>
                )}
                <button type="button" className="link-btn" onClick={clearMarks}>
                  {t('queue:marks.clear')}
                </button>
                <span className="muted marks-hint" title={t('queue:marks.hint')}>
                  {t('queue:marks.hint')}
                </span>
              </div>
            )}
            {showList && (
              <div
                id="claims-list"
                className="claims-list-wrap"
                style={{ '--list-height': `${listHeight}px` } as React.CSSProperties}
                onKeyDownCapture={(e) => resizeByKey(e, listHeight, setListHeight)}
              >
                <SelectedClaimsList claims={shown} onSelect={onListChoose} markedIds={marked} draftIds={dirtyIds} listRef={listRef} checkedIds={checkedIds} store={store} />
                {shown.length === 0 && claims.length > 0 && (
                  <p className="muted small pad claims-list-empty">{t('queue:hiddenByFilter', { verdict: t(`verdict.${verdictFilter}`) })}</p>
                )}
                <ListResizer height={listHeight} onChange={setListHeight} controls="claims-list" />
              </div>
            )}
            <div className="text-scroll" data-scroller ref={scrollerRef}>
              <SelectedArticleText text={data.article.text} claims={claims} onSelectClaim={selectClaim} label={t('article.textLabel')} containerRef={textRef} store={store} />
            </div>
          </>
        )}
      </main>

      <aside className="pane pane-right" aria-label={t('panes.claim')}>
        <SelectedClaimPanel
          data={data}
          claims={claims}
          store={store}
          panelRef={panelRef}
          claimants={claimants}
          ratingLabels={ratingLabels}
          conflicts={conflicts}
          drafts={drafts}
          updateDraft={updateDraft}
          actions={actions}
          announce={announce}
          onDelete={onDeleteClaim}
          getTextSelection={getTextSelection}
          onWritten={onWritten}
          onSubmitFromKeyboard={focusClaimsNow}
        />
      </aside>

      {pasteShown && (
        <PasteArticleDialog
          open={pasteOpen}
          onClose={() => setPasteOpen(false)}
          onCreated={(id, duplicate) => {
            focusClaimsOnLoad.current = true;
            refreshArticles();
            openClaim(id, null);
            setNotice(duplicate ? t('paste.duplicate') : null);
            announce(duplicate ? t('paste.duplicate') : t('paste.created'));
          }}
        />
      )}
      {ImportDialog ? (
        <ImportDialog
          open={importOpen}
          initialFiles={importFiles}
          onClose={() => setImportOpen(false)}
          onImported={(id) => {
            refreshArticles();
            openClaim(id, null);
          }}
        />
      ) : (
        importOpen && <SlotNotice onClose={() => setImportOpen(false)} />
      )}
      {ExportDialog && data && <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} scope={{ articleId: data.article.id }} choices={exportChoices} />}
      {articleActions.dialogs}
      <Toast toast={toast} onDismiss={dismissToast} />
    </div>
  );
}

const EMPTY_DRAFT = {};

/** Claims as they are now: each one's later version from the claim store where a review was written since. */
function liveClaims(claims: ClaimWithSources[], store: ClaimStore): ClaimWithSources[] {
  let out: ClaimWithSources[] | null = null;
  claims.forEach((c, i) => {
    const now = newerClaim(c, store.get(c.id));
    if (now === c) return;
    out ??= claims.slice();
    out[i] = now;
  });
  return out ?? claims;
}

/** The verdict filter with each verdict's count, counted again when a review is written to the claim store. */
function LiveVerdictFilterBar({ claims, store, ...rest }: { claims: ClaimWithSources[]; store: ClaimStore } & Omit<ComponentProps<typeof VerdictFilterBar>, 'counts'>) {
  const version = useStoreVersion(store);
  // version: the store's reviews, read through liveClaims.
  const counts = useMemo(() => countByVerdict(liveClaims(claims, store)), [claims, store, version]);
  return <VerdictFilterBar counts={counts} {...rest} />;
}

/**
 * The articles pane, with the open article's counts worked out here from every write's answer
 * (its row shows them without the list being asked for again). It takes a write's new counts in
 * a render of its own, after the one that shows the verdict in the text, the list and the panel:
 * a verdict key does not wait for the pane and its row to render (the row shows the counts a
 * frame later).
 */
function ArticlesPaneWithCounts({ data, store, paneRef, ...rest }: { data: ArticleData | null; store: ClaimStore; paneRef: React.Ref<ArticlesPaneHandle> } & Omit<ComponentProps<typeof ArticlesPane>, 'openArticleCounts'>) {
  const version = useStoreVersion(store);
  const openArticleCounts = useMemo<OpenArticleCounts | null>(() => {
    // While later pages are still being read, the list's own counts (the server's) stand.
    if (!data || data.loadingMore) return null;
    const { unreviewed, verified, disputed, inconclusive } = countByVerdict(liveClaims(data.claims, store));
    return { articleId: data.article.id, claimCount: data.claims.length, counts: { unreviewed, verified, disputed, inconclusive } };
    // version: the store's reviews, read through liveClaims.
  }, [data, store, version]);
  const paneCounts = useDeferredValue(openArticleCounts);
  return <ArticlesPane ref={paneRef} openArticleCounts={paneCounts} {...rest} />;
}

// The text is not memoised: it virtualises a long article and still renders with the workspace
// as it did (its visible paragraphs are worked out again on those renders, where the header
// above may have changed height). A move of the selection renders only it and the list.

/**
 * The claims list with the selection read here, so a move renders the list, not the workspace.
 * Memoised: the workspace's renders that change none of its props (the articles pane's deferred
 * counts after a verdict, a notice) skip it.
 */
const SelectedClaimsList = memo(function SelectedClaimsList(props: Omit<ComponentProps<typeof ClaimsList>, 'selectedId'>) {
  const selectedId = useSelection((s) => s.claimId);
  return <ClaimsList {...props} selectedId={selectedId} />;
});

/** The article text with the selection read here (its runs are memoised; a move toggles a class). */
function SelectedArticleText(props: Omit<ComponentProps<typeof ArticleText>, 'selectedClaimId'>) {
  const selectedClaimId = useSelection((s) => s.claimId);
  return <ArticleText {...props} selectedClaimId={selectedClaimId} />;
}

interface SelectedClaimPanelProps {
  data: ArticleData | null;
  claims: ClaimWithSources[];
  store: ClaimStore;
  panelRef: React.RefObject<ClaimPanelHandle | null>;
  claimants: string[];
  ratingLabels: string[];
  conflicts: Record<string, ConflictState>;
  drafts: Record<string, Draft>;
  updateDraft(claimId: string, update: DraftUpdate): void;
  actions: ArticleActions;
  announce(message: string): void;
  onDelete(claim: ClaimWithSources): void;
  getTextSelection(): { start: number; end: number } | null;
  onWritten(): void;
  onSubmitFromKeyboard(): void;
}

/** The right pane: the selected claim (read here from the selection), or a hint when there is none. */
const SelectedClaimPanel = memo(function SelectedClaimPanel({ data, claims, store, panelRef, conflicts, drafts, updateDraft, ...rest }: SelectedClaimPanelProps) {
  const { t } = useTranslation();
  const claimId = useSelection((s) => s.claimId);
  const listed = useMemo(() => claims.find((c) => c.id === claimId) ?? null, [claims, claimId]);
  // A review written to the claim store renders the panel (and what is above it in this view does not render).
  const selected = useLiveClaim(store, listed);
  // Team server: tell colleagues which claim is open here, and show who else has it open.
  usePresence(selected?.id ?? null);
  const editors = useEditors(selected?.id ?? null);
  const selectedId = selected?.id ?? null;
  const setDraft = useCallback((update: DraftUpdate) => selectedId && updateDraft(selectedId, update), [selectedId, updateDraft]);
  if (!selected || !data) {
    return (
      <div className="panel-empty">
        <p>{!data ? t('claim.noArticleHint') : claims.length ? t('claim.selectHint') : t('claim.noneHint')}</p>
        <p className="muted small">{t('claim.keysHint')}</p>
      </div>
    );
  }
  return (
    <>
      <EditingNotice names={editors} />
      <ClaimPanel
        // No key per claim: j/k reuse the panel (it starts each claim afresh itself), which
        // spares building its whole tree again on every key.
        ref={panelRef}
        claim={selected}
        articleText={data.article.text}
        conflict={conflicts[selected.id]}
        draft={drafts[selected.id] ?? EMPTY_DRAFT}
        setDraft={setDraft}
        {...rest}
      />
    </>
  );
});

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

function SlotNotice({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <div className="toast" role="status">
      <span>{t('slots.importPending')}</span>
      <button type="button" className="toast-action" onClick={onClose}>
        {t('common:close')}
      </button>
    </div>
  );
}
