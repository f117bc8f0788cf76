// Full-text search results for the query the shell's search box holds: articles first, then
// claims, each with a highlighted snippet. Arrow keys move through the hits, Enter opens one.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { SearchHit } from '../../../../shared/contract';
import { call } from '../../api/client';
import { VerdictBadge } from '../claims-table/VerdictBadge';
import { Snippet } from './highlight';
import './search.css';

const DEBOUNCE_MS = 150;

type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string; previous: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[]; message: string | null; messageCode: 'empty_query' | 'no_results' | null }
  | { status: 'error'; query: string; message: string };

export function SearchResults(props: { query: string; onOpen(articleId: string, claimId: string | null): void; onOpenClaimant?(claimantId: string): void; refreshKey?: string }) {
  const { t } = useTranslation('views');
  const baseId = useId();
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const query = props.query;
  const refreshKey = props.refreshKey;
  /** The query the hits on screen answer: asking the same one again (data changed) keeps the reader's place. */
  const answered = useRef<string | null>(null);

  useEffect(() => {
    if (!query.trim()) {
      setState({ status: 'idle' });
      answered.current = null;
      return;
    }
    let live = true;
    const refresh = answered.current === query;
    setState((s) => ({ status: 'loading', query, previous: s.status === 'done' ? s.hits : s.status === 'loading' ? s.previous : [] }));
    const timer = window.setTimeout(() => {
      // Claimants found by any name they were seen under come first (claimants.list), then the text hits.
      const people = props.onOpenClaimant && query.trim().length >= 2 && query.length <= 200
        ? call('claimants.list', { query: query.trim(), limit: 5 }).then((r) => r.claimants).catch(() => [])
        : Promise.resolve([]);
      Promise.all([call('search', { query: query.slice(0, 1000), limit: 50 }), people])
        .then(([result, claimants]) => {
          if (!live) return;
          const claimantHits: SearchHit[] = claimants.map((c) => ({
            type: 'claimant',
            articleId: '',
            articleTitle: c.name,
            claimId: null,
            claimantId: c.id,
            verdict: null,
            snippet: c.aliases.find((a) => a !== c.name && a.toLowerCase().includes(query.trim().toLowerCase())) ?? c.name,
          }));
          const hits = [...claimantHits, ...result.hits];
          const message = hits.length ? null : result.message;
          setState({ status: 'done', query, hits, message, messageCode: hits.length ? null : result.messageCode });
          answered.current = query;
          if (!refresh) setActive(0);
        })
        .catch((err: unknown) => {
          if (!live) return;
          setState({ status: 'error', query, message: err instanceof Error ? err.message : String(err) });
        });
    }, refresh ? 0 : DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, refreshKey]);

  const hits = state.status === 'done' ? state.hits : state.status === 'loading' ? state.previous : [];
  const articleHits = hits.filter((h) => h.type === 'article');
  const claimHits = hits.filter((h) => h.type === 'claim');
  const claimantHits = props.onOpenClaimant ? hits.filter((h) => h.type === 'claimant') : [];
  const ordered = [...claimantHits, ...articleHits, ...claimHits];
  const optionId = (i: number) => `${baseId}-hit-${i}`;

  useEffect(() => {
    if (active >= 0 && active < ordered.length) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (hit: SearchHit | undefined) => {
    if (hit?.type === 'claimant' && hit.claimantId) props.onOpenClaimant?.(hit.claimantId);
    else if (hit) props.onOpen(hit.articleId, hit.claimId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!ordered.length) return;
    switch (event.key) {
      case 'ArrowDown':
        setActive((i) => Math.min(ordered.length - 1, i + 1));
        break;
      case 'ArrowUp':
        setActive((i) => Math.max(0, i - 1));
        break;
      case 'Home':
        setActive(0);
        break;
      case 'End':
        setActive(ordered.length - 1);
        break;
      case 'Enter':
        open(ordered[active]);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const renderHit = (hit: SearchHit, index: number) => (
    <div
      key={`${hit.type}-${hit.claimId ?? hit.claimantId ?? hit.articleId}`}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      className={`cdv-search__hit${index === active ? ' cdv-search__hit--active' : ''}`}
      onClick={() => {
        setActive(index);
        open(hit);
      }}
    >
      <div className="cdv-search__hit-head">
        {hit.type === 'claim' && hit.verdict && <VerdictBadge verdict={hit.verdict} />}
        <span className="cdv-search__hit-title">{hit.articleTitle}</span>
      </div>
      <div className="cdv-search__snippet">
        <Snippet snippet={hit.snippet} />
      </div>
    </div>
  );

  return (
    <section
      className={`cdv-search${state.status === 'loading' ? ' cdv-search--stale' : ''}`}
      aria-label={t('search.label')}
      aria-busy={state.status === 'loading'}
      data-answered={state.status === 'done' || state.status === 'error' ? state.query : undefined}
    >
      {state.status === 'idle' && <p className="cdv-search__message">{t('search.typeToSearch')}</p>}
      {state.status === 'error' && (
        <p className="cdv-search__message cdv-search__message--error" role="alert">
          {t('search.error', { message: state.message })}
        </p>
      )}
      {state.status === 'done' && state.message && (
        <p className="cdv-search__message" role="status">
          {state.messageCode ? t(`search.${state.messageCode}`, { query: state.query.trim() }) : state.message}
        </p>
      )}
      {state.status === 'done' && state.message && state.query.trim() !== '' && (
        <p className="cdv-search__hint" data-testid="search-syntax-hint" title={t('search.syntaxHelp')}>
          {t('search.syntaxHint')}
        </p>
      )}
      {state.status === 'loading' && !hits.length && (
        <p className="cdv-search__message" role="status">
          {t('search.searching')}
        </p>
      )}
      {ordered.length > 0 && (
        <div
          ref={listRef}
          role="listbox"
          tabIndex={0}
          aria-label={t('search.results', { count: ordered.length })}
          aria-activedescendant={ordered[active] ? optionId(active) : undefined}
          className="cdv-search__list"
          onKeyDown={onKeyDown}
        >
          {claimantHits.length > 0 && (
            <div role="group" aria-labelledby={`${baseId}-claimants`}>
              <div id={`${baseId}-claimants`} role="presentation" className="cdv-search__group">
                {t('search.claimants', { count: claimantHits.length })}
              </div>
              {claimantHits.map((hit, i) => renderHit(hit, i))}
            </div>
          )}
          {articleHits.length > 0 && (
            <div role="group" aria-labelledby={`${baseId}-articles`}>
              <div id={`${baseId}-articles`} role="presentation" className="cdv-search__group">
                {t('search.articles', { count: articleHits.length })}
              </div>
              {articleHits.map((hit, i) => renderHit(hit, claimantHits.length + i))}
            </div>
          )}
          {claimHits.length > 0 && (
            <div role="group" aria-labelledby={`${baseId}-claims`}>
              <div id={`${baseId}-claims`} role="presentation" className="cdv-search__group">
                {t('search.claims', { count: claimHits.length })}
              </div>
              {claimHits.map((hit, i) => renderHit(hit, claimantHits.length + articleHits.length + i))}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
