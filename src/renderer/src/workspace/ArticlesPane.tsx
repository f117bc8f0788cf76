// Left pane: the search box, Paste / Import, and the articles (or search results while the
// search box has text and the search view exists).
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS, type ArticleSummary } from '../../../shared/domain';
import { call } from '../api/client';
import { formatDate } from '../lib/format';
import { SearchResults } from '../slots';
import { useWorkspace } from '../state';

export interface ArticlesPaneHandle {
  focusSearch(): void;
  clearSearch(): boolean;
}

interface Props {
  /** Bumps when claim counts may have changed (a verdict set here). */
  listNonce: number;
  onPaste(): void;
  onImport(): void;
  onLoaded(articles: ArticleSummary[], query: string): void;
}

export const ArticlesPane = forwardRef<ArticlesPaneHandle, Props>(function ArticlesPane({ listNonce, onPaste, onImport, onLoaded }, ref) {
  const { t, i18n } = useTranslation();
  const { articleId, openClaim, openClaimant, articlesVersion } = useWorkspace();
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
  }, [filter, listNonce, articlesVersion]);

  const lang = i18n.language;
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
          <SearchResults query={query} onOpen={(a, c) => openClaim(a, c)} onOpenClaimant={openClaimant} refreshKey={`${listNonce}:${articlesVersion}`} />
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
            {articles?.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className={`article-row${a.id === articleId ? ' is-current' : ''}`}
                  aria-current={a.id === articleId ? 'true' : undefined}
                  onClick={() => openClaim(a.id, null)}
                >
                  <span className="article-row-title">{a.title}</span>
                  <span className="article-row-meta">
                    {[a.publisher, formatDate(a.publishedAt ?? a.importedAt, lang)].filter(Boolean).join(' · ')}
                  </span>
                  <span className="article-row-counts">
                    <span className="verdict-bar" aria-hidden="true">
                      {VERDICTS.map((v) =>
                        a.counts[v] ? <span key={v} className={`vb vb-${v}`} style={{ flexGrow: a.counts[v] }} /> : null,
                      )}
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
            ))}
          </ul>
        </nav>
      )}
    </>
  );
});
