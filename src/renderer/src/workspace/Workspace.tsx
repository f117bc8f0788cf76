// The review workspace: articles (left), the article text with its claims (centre), the
// selected claim (right), and the keyboard path through them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, ClaimWithSources, Verdict } from '../../../shared/domain';
import { call } from '../api/client';
import { Toast, type ToastMessage } from '../components/Toast';
import { selectionOffsets } from '../lib/segments';
import { ExportDialog, ImportDialog } from '../slots';
import { useWorkspace } from '../state';
import { ArticleHeader } from './ArticleHeader';
import { ArticlesPane, type ArticlesPaneHandle } from './ArticlesPane';
import { ArticleText } from './ArticleText';
import { ClaimPanel, type ClaimPanelHandle } from './ClaimPanel';
import { ClaimsList } from './ClaimsList';
import { useCheckedBefore } from '../views/factchecks/useCheckedBefore';
import { useDrafts } from './drafts';
import { EmptyState } from './EmptyState';
import { PasteArticleDialog } from './PasteArticleDialog';
import { useArticle } from './useArticle';

export type ClaimSort = 'position' | 'checkworthiness';

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
  const { t } = useTranslation();
  const { articleId, claimId, openClaim, selectClaim, articlesVersion, refreshArticles } = useWorkspace();
  const { data, error, conflicts, actions } = useArticle(articleId, articlesVersion);
  // A review changes the library: ask again when the number of reviewed claims changes.
  const reviewedCount = data?.claims.filter((c) => c.verdict !== 'unreviewed').length ?? 0;
  const checkedIds = useCheckedBefore(data?.article.id ?? null, `${articlesVersion}:${reviewedCount}`);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [listNonce, setListNonce] = useState(0);
  const [sort, setSort] = useState<ClaimSort>('position');
  const [showList, setShowList] = useState(true);
  const [ratingLabels, setRatingLabels] = useState<string[]>([]);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [importFiles, setImportFiles] = useState<File[] | undefined>(undefined);
  const [exportOpen, setExportOpen] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sampleBusy, setSampleBusy] = useState(false);
  const panelRef = useRef<ClaimPanelHandle>(null);
  const paneRef = useRef<ArticlesPaneHandle>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  /** Set when focus should go to the claims once the article has loaded (its opener is gone). */
  const focusClaimsOnLoad = useRef(false);

  const claims = useMemo(() => data?.claims ?? [], [data]);
  const ordered = useMemo(
    () => (sort === 'position' ? claims : [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start)),
    [claims, sort],
  );
  const selected = useMemo(() => claims.find((c) => c.id === claimId) ?? null, [claims, claimId]);
  const { drafts, update: updateDraft, drop: dropDraft, dirtyIds } = useDrafts(claims, data?.article.id ?? null);
  const claimants = useMemo(() => [...new Set(claims.map((c) => c.claimant).filter((c): c is string => Boolean(c)))].sort(), [claims]);

  useEffect(() => {
    call('claims.ratingLabels', {})
      .then(setRatingLabels)
      .catch(() => setRatingLabels([]));
  }, [listNonce]);

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
      // Open the newest article when none is open (or the remembered one is gone).
      if ((!articleId || !list.some((a) => a.id === articleId)) && list[0]) openClaim(list[0].id, null);
    },
    [articleId, openClaim],
  );

  const onWritten = useCallback(() => setListNonce((n) => n + 1), []);

  /** Focus on the claims: the list (its selected row) if shown, else the article text. */
  const focusClaimsNow = useCallback(() => (listRef.current ?? textRef.current)?.focus({ preventScroll: true }), []);
  /** The same after the next paint (for elements that are about to mount or re-mount). */
  const focusClaims = useCallback(() => requestAnimationFrame(focusClaimsNow), [focusClaimsNow]);

  // After every render: once the opened article's claims are on screen, take focus to them.
  useEffect(() => {
    if (focusClaimsOnLoad.current && data && (listRef.current || textRef.current)) {
      focusClaimsOnLoad.current = false;
      focusClaimsNow();
    }
  });
  const dismissToast = useCallback(() => setToast(null), []);

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

  const step = (delta: 1 | -1) => {
    if (!ordered.length) return;
    const index = claimId ? ordered.findIndex((c) => c.id === claimId) : -1;
    const next = index < 0 ? (delta > 0 ? 0 : ordered.length - 1) : Math.min(ordered.length - 1, Math.max(0, index + delta));
    selectClaim(ordered[next]!.id);
  };

  // Keyboard: single keys act unless the reviewer is typing (Escape always works).
  const keyState = useRef({ step, addSelectionAsClaim, selected, onShowShortcuts, setNotice, toast, focusClaimsNow });
  keyState.current = { step, addSelectionAsClaim, selected, onShowShortcuts, setNotice, toast, focusClaimsNow };
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
      if (key === '/') return (handled(), paneRef.current?.focusSearch());
      if (key === '?') return (handled(), k.onShowShortcuts());
      if (key === 'a') return (handled(), void k.addSelectionAsClaim());
      if (!k.selected) return;
      if (key in VERDICT_KEYS) return (handled(), panelRef.current?.setVerdict(VERDICT_KEYS[key]!));
      if (key === 's') return (handled(), panelRef.current?.openSourceForm());
      if (key === 'e') return (handled(), panelRef.current?.focusEditor());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const noArticles = articles !== null && articles.length === 0;
  const getTextSelection = useCallback(() => (textRef.current ? selectionOffsets(textRef.current) : null), []);

  return (
    <div className="workspace">
      <section className="pane pane-left" aria-label={t('panes.articles')}>
        <ArticlesPane
          ref={paneRef}
          listNonce={listNonce}
          onPaste={() => setPasteOpen(true)}
          onImport={() => {
            setImportFiles(undefined);
            setImportOpen(true);
          }}
          onLoaded={onArticlesLoaded}
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
            <ArticleHeader article={data.article} onExport={ExportDialog ? () => setExportOpen(true) : null} />
            <div className="centre-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
              <button type="button" className="small-btn" aria-expanded={showList} aria-controls="claims-list" onClick={() => setShowList((s) => !s)}>
                {showList ? t('toolbar.hideList') : t('toolbar.showList')} ({claims.length})
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
              <span className="spacer" />
              <Legend />
            </div>
            {notice && (
              <p className="notice-bar" role="alert">
                {notice}
                <button type="button" className="link-btn" onClick={() => setNotice(null)}>
                  {t('common:dismiss')}
                </button>
              </p>
            )}
            {showList && (
              <div id="claims-list" className="claims-list-wrap">
                <ClaimsList claims={ordered} selectedId={claimId} onSelect={selectClaim} draftIds={dirtyIds} listRef={listRef} checkedIds={checkedIds} />
              </div>
            )}
            <div className="text-scroll" data-scroller>
              <ArticleText text={data.article.text} claims={claims} selectedClaimId={claimId} onSelectClaim={selectClaim} label={t('article.textLabel')} containerRef={textRef} />
            </div>
          </>
        )}
      </main>

      <aside className="pane pane-right" aria-label={t('panes.claim')}>
        {selected && data ? (
          <ClaimPanel
            key={selected.id}
            ref={panelRef}
            claim={selected}
            articleLength={data.article.text.length}
            claimants={claimants}
            ratingLabels={ratingLabels}
            conflict={conflicts[selected.id]}
            draft={drafts[selected.id] ?? EMPTY_DRAFT}
            setDraft={(update) => updateDraft(selected.id, update)}
            actions={actions}
            announce={announce}
            onDelete={(c) => void deleteClaim(c)}
            getTextSelection={getTextSelection}
            onWritten={onWritten}
          />
        ) : (
          <div className="panel-empty">
            <p>{!data ? t('claim.noArticleHint') : claims.length ? t('claim.selectHint') : t('claim.noneHint')}</p>
            <p className="muted small">{t('claim.keysHint')}</p>
          </div>
        )}
      </aside>

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
      {ExportDialog && data && <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} scope={{ articleId: data.article.id }} />}
      <Toast toast={toast} onDismiss={dismissToast} />
    </div>
  );
}

const EMPTY_DRAFT = {};

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

function Legend() {
  const { t } = useTranslation();
  return (
    <span className="legend" aria-hidden="true">
      {(['unreviewed', 'verified', 'disputed', 'inconclusive'] as const).map((v) => (
        <span key={v} className={`legend-item hl hl-${v}`}>
          {t(`verdict.${v}`)}
        </span>
      ))}
    </span>
  );
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
