// Left pane: the search box, Paste / Import, and the articles (or search results while the
// search box has text and the search view exists).
// The articles are virtualised (@tanstack/react-virtual, as the claims lists): a desk of 10,000
// articles put 90,000 nodes in the DOM, so start-up painted them all and every view switch paid
// for taking them down. Rows keep their wrapped titles: each rendered row is measured. ↑/↓,
// Home/End and PageUp/PageDown move between articles (scrolling the one reached into view),
// Enter opens one; the open article is scrolled into view when it changes.
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { VERDICTS } from '../../../shared/constants';
import type { ArticleSummary, VerdictCounts } from '../../../shared/domain';
import { call, peekEarly } from '../api/client';
import { useDate } from '../lib/use-date';
import { firstRect } from '../lib/first-rect';
import { SearchResults } from '../slots';
import { useWorkspaceView } from '../state';

/** A row with a one-line title (title, outlet and date, counts); two-line titles are measured. */
const ROW_ESTIMATE = 66;

export interface ArticlesPaneHandle {
  focusSearch(): void;
  clearSearch(): boolean;
}

/** The open article's claim counts as the workspace holds them (each write returns its claim). */
export interface OpenArticleCounts {
  articleId: string;
  claimCount: number;
  counts: VerdictCounts;
}

interface Props {
  /** Bumps after every claim written here: search results (verdicts in their hits) ask again. */
  claimsWritten: number;
  /**
   * The open article's counts, shown in its row as they change: a verdict updates that one row
   * instead of asking for the whole list again.
   */
  openArticleCounts: OpenArticleCounts | null;
  onPaste(): void;
  onImport(): void;
  onLoaded(articles: ArticleSummary[], query: string): void;
  /** The open article (a prop rather than the workspace state, which changes on every j/k). */
  articleId: string | null;
}

// Memoised: the workspace renders again on every j/k, and the list of articles does not change with the selection.
export const ArticlesPane = memo(forwardRef<ArticlesPaneHandle, Props>(function ArticlesPane({ claimsWritten, openArticleCounts, onPaste, onImport, onLoaded, articleId }, ref) {
  const { t } = useTranslation();
  const { openClaim, openClaimant, articlesVersion } = useWorkspaceView();
  const [query, setQuery] = useState('');
  // What start-up read, shown by the first render (the first load below answers with the same list).
  const [articles, setArticles] = useState<ArticleSummary[] | null>(() => peekEarly('articles.list', {}) ?? null);
  const [error, setError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;
  const searching = Boolean(SearchResults) && query.trim() !== '';
  const filter = SearchResults ? '' : query;

  useImperativeHandle(ref, () => ({
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    clearSearch: () => {
      if (!query) return false;
      setQuery('');
      return true;
    },
  }));

  // The first list is asked for at once: start-up has its answer already (startup.ts), and taken
  // in the same round of effects as the open article's, both show in one render. Behind a timer
  // they came in two renders, one after the other, before the article's highlights showed.
  const firstLoad = useRef(true);
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      call('articles.list', filter.trim() ? { query: filter.trim() } : {})
        .then((list) => {
          if (cancelled) return;
          setArticles(list);
          setError(null);
          onLoadedRef.current(list, filter);
        })
        .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    const now = firstLoad.current && !filter;
    firstLoad.current = false;
    const timer = now ? undefined : window.setTimeout(load, filter ? 150 : 0);
    if (now) void load();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [filter, articlesVersion]);

  // The list as loaded, with the open article's row carrying its current counts (only that row
  // is a new object, so only that row renders again).
  const shownArticles = useMemo(() => {
    if (!articles || !openArticleCounts) return articles;
    const { articleId: id, claimCount, counts } = openArticleCounts;
    return articles.map((a) => (a.id === id && (a.claimCount !== claimCount || VERDICTS.some((v) => a.counts[v] !== counts[v])) ? { ...a, claimCount, counts } : a));
  }, [articles, openArticleCounts]);

  const listRef = useRef<HTMLElement>(null);
  const rows = shownArticles ?? [];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    getItemKey: (index) => rows[index]!.id,
    initialRect: firstRect(),
  });

  // The open article in view: when it changes (a click, a jump from another view, a new import)
  // and when the list (re)loads with it.
  const currentIndex = useMemo(() => (articleId ? rows.findIndex((a) => a.id === articleId) : -1), [rows, articleId]);
  const scrolledTo = useRef<{ id: string | null; list: ArticleSummary[] | null }>({ id: null, list: null });
  useEffect(() => {
    if (currentIndex < 0) return;
    if (scrolledTo.current.id === articleId && scrolledTo.current.list === articles) return;
    scrolledTo.current = { id: articleId, list: articles };
    virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, articleId, articles, virtualizer]);

  // After a key moved to a row that was not rendered yet: focus it once it is.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    const row = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${focusIndex}"] .article-row`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusIndex(null);
    }
  });

  const count = rows.length;
  const onListKeyDown = useCallback(
    (event: KeyboardEvent<HTMLUListElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const from = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset['index'] ?? -1);
      if (from < 0 || count === 0) return;
      const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? ROW_ESTIMATE * 10) / ROW_ESTIMATE) - 1);
      let next = -1;
      if (event.key === 'ArrowDown') next = Math.min(count - 1, from + 1);
      else if (event.key === 'ArrowUp') next = Math.max(0, from - 1);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = count - 1;
      else if (event.key === 'PageDown') next = Math.min(count - 1, from + page);
      else if (event.key === 'PageUp') next = Math.max(0, from - page);
      if (next < 0) return;
      event.preventDefault();
      event.stopPropagation();
      virtualizer.scrollToIndex(next, { align: 'auto' });
      setFocusIndex(next);
    },
    [count, virtualizer],
  );

  return (
    <>
      <div className="pane-top">
        <div className="search-box">
          <input
            ref={searchRef}
            type="search"
            value={query}
            placeholder={SearchResults ? t('articles.searchPlaceholder') : t('articles.filterPlaceholder')}
            aria-label={SearchResults ? t('articles.search') : t('articles.filter')}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.stopPropagation();
                setQuery('');
              }
              // ArrowDown goes on from the search box into the results, where the arrows move through the hits.
              if (e.key === 'ArrowDown' && searching) {
                const results = resultsRef.current?.querySelector<HTMLElement>('[role="listbox"]');
                if (results) {
                  e.preventDefault();
                  results.focus();
                }
              }
            }}
          />
          <kbd className="search-kbd" aria-hidden="true">
            /
          </kbd>
        </div>
        <div className="pane-actions">
          <button type="button" onClick={onPaste}>
            {t('articles.paste')}
          </button>
          <button type="button" onClick={onImport}>
            {t('articles.import')}
          </button>
        </div>
      </div>
      {searching && SearchResults ? (
        <div className="pane-scroll" ref={resultsRef}>
          <SearchResults query={query} onOpen={(a, c) => openClaim(a, c)} onOpenClaimant={openClaimant} refreshKey={`${claimsWritten}:${articlesVersion}`} />
        </div>
      ) : (
        <nav className="pane-scroll" aria-label={t('articles.label')} ref={listRef}>
          {error && (
            <p className="field-error pad" role="alert">
              {error}
            </p>
          )}
          {articles && articles.length === 0 && <p className="muted pad">{filter ? t('articles.noMatch') : t('articles.none')}</p>}
          <ul className="article-list" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onListKeyDown} data-count={count}>
            {virtualizer.getVirtualItems().map((item) => {
              const a = rows[item.index]!;
              return (
                <ArticleRow
                  key={item.key}
                  index={item.index}
                  total={count}
                  top={item.start}
                  measure={virtualizer.measureElement}
                  article={a}
                  current={a.id === articleId}
                  onOpen={openClaim}
                />
              );
            })}
          </ul>
        </nav>
      )}
    </>
  );
}));

/** One article in the list; memoised, so a key that changes the selection renders no row again. */
interface RowProps {
  index: number;
  total: number;
  top: number;
  measure(element: Element | null): void;
  article: ArticleSummary;
  current: boolean;
  onOpen(articleId: string, claimId: null): void;
}

const ArticleRow = memo(function ArticleRow({ index, total, top, measure, article: a, current, onOpen }: RowProps) {
  const { t, i18n } = useTranslation();
  // Shown once the first screen has painted (use-date.ts): the first date formatter is slow to make.
  const date = useDate(a.publishedAt ?? a.importedAt, i18n.language);
  return (
    <li ref={measure} data-index={index} aria-posinset={index + 1} aria-setsize={total} style={{ transform: `translateY(${top}px)` }}>
      <button type="button" className={`article-row${current ? ' is-current' : ''}`} aria-current={current ? 'true' : undefined} onClick={() => onOpen(a.id, null)}>
        <span className="article-row-title">{a.title}</span>
        <span className="article-row-meta">{[a.publisher, date].filter(Boolean).join(' · ')}</span>
        <span className="article-row-counts">
          <span className="verdict-bar" aria-hidden="true">
            {VERDICTS.map((v) => (a.counts[v] ? <span key={v} className={`vb vb-${v}`} style={{ flexGrow: a.counts[v] }} /> : null))}
          </span>
          <span className="article-row-count">
            {t('articles.claimCount', { count: a.claimCount })}
            <span className="sr-only">
              {': '}
              {VERDICTS.map((v) => `${a.counts[v]} ${t(`verdict.${v}`)}`).join(', ')}
            </span>
          </span>
        </span>
      </button>
    </li>
  );
});
