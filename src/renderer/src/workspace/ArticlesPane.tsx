// Left pane: the search box, Paste / Import, and the articles (or search results while the
// search box has text and the search view exists).
import { forwardRef, memo, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from '../../../shared/constants';
import type { ArticleSummary, VerdictCounts } from '../../../shared/domain';
import { call } from '../api/client';
import { formatDate } from '../lib/format';
import { SearchResults } from '../slots';
import { useWorkspaceView } from '../state';

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
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
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

  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      call('articles.list', filter.trim() ? { query: filter.trim() } : {})
        .then((list) => {
          if (cancelled) return;
          setArticles(list);
          setError(null);
          onLoadedRef.current(list, filter);
        })
        .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    }, filter ? 150 : 0);
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
        <nav className="pane-scroll" aria-label={t('articles.label')}>
          {error && (
            <p className="field-error pad" role="alert">
              {error}
            </p>
          )}
          {articles && articles.length === 0 && <p className="muted pad">{filter ? t('articles.noMatch') : t('articles.none')}</p>}
          <ul className="article-list">
            {shownArticles?.map((a) => <ArticleRow key={a.id} article={a} current={a.id === articleId} onOpen={openClaim} />)}
          </ul>
        </nav>
      )}
    </>
  );
}));

/** One article in the list; memoised, so a key that changes the selection renders no row again. */
const ArticleRow = memo(function ArticleRow({ article: a, current, onOpen }: { article: ArticleSummary; current: boolean; onOpen(articleId: string, claimId: null): void }) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      <button type="button" className={`article-row${current ? ' is-current' : ''}`} aria-current={current ? 'true' : undefined} onClick={() => onOpen(a.id, null)}>
        <span className="article-row-title">{a.title}</span>
        <span className="article-row-meta">{[a.publisher, formatDate(a.publishedAt ?? a.importedAt, i18n.language)].filter(Boolean).join(' · ')}</span>
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
