// Every claim across articles in one virtualised table. Rows are fetched a page at a time
// through `claims.list` as they scroll into view; filters and sort are passed to the contract
// as they are, so the table only derives what it shows.
import { useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useReducer, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { ExportDialog, type ExportScope } from '../export/ExportDialog';
import { useTranslation } from '../../i18n/use-translation';
import type { ClaimListItem } from '../../../../shared/contract';
import { CLAIM_KINDS, VERDICTS } from '../../../../shared/constants';
import type { ArticleSummary, ClaimKind, Verdict } from '../../../../shared/domain';
import { call } from '../../api/client';
import { CheckedBeforeFilter } from '../factchecks/CheckedBeforeFilter';
import { useWorkspace } from '../../state';
import { useClaimPages, usePagesVersion, type ClaimPages, type ClaimQuery } from './use-claim-pages';
import { LINK_CHECK_FILTER, LinkCheckFilter, type LinkCheckFilterValue } from './LinkCheckFilter';
import { assignSlots } from './row-slots';
import { verdictBadgeClass } from './VerdictBadge';
import './claims-table.css';

export const ROW_HEIGHT = 30;
/** Rows rendered beyond the screen (ahead of a scroll; on both sides at rest). */
const OVERSCAN = 6;

type SortKey = NonNullable<ClaimQuery['sort']>;
type Order = 'asc' | 'desc';

interface Filters {
  verdicts: Verdict[];
  claimant: string;
  articleId: string;
  /** Check-worthiness on the workspace's 0–100 scale (the contract takes 0–1). */
  minScore: number;
  reviewer: string;
  /** Only claims an earlier fact-check matches. */
  checkedBefore: boolean;
  /** Only claims with a source the last link check found gone/moved or changed. */
  linkCheck: LinkCheckFilterValue;
}

const EMPTY_FILTERS: Filters = { verdicts: [], claimant: '', articleId: '', minScore: 0, reviewer: '', checkedBefore: false, linkCheck: '' };

/** The columns, in order; `sort` names the contract sort a header click asks for. */
const COLUMNS = [
  { key: 'article', sort: 'article' },
  { key: 'claim', sort: 'position' },
  { key: 'claimant', sort: 'claimant' },
  { key: 'kind', sort: null },
  { key: 'score', sort: 'checkworthiness' },
  { key: 'verdict', sort: 'verdict' },
  { key: 'sources', sort: null },
  { key: 'reviewer', sort: null },
  { key: 'updated', sort: 'updated' },
] as const satisfies readonly { key: string; sort: SortKey | null }[];

const defaultOrder = (sort: SortKey): Order => (sort === 'checkworthiness' || sort === 'updated' ? 'desc' : 'asc');

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The report over every article and claim. */
const EXPORT_ALL = { all: true } as const;
/** claims.list's largest page: the ids of a filtered list are collected this many at a time. */
const ID_PAGE = 5000;

/** Every claim id a query lists, in its order (for "export what you see"). */
async function allClaimIds(query: ClaimQuery): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += ID_PAGE) {
    const page = await call('claims.list', { ...query, offset, limit: ID_PAGE, includeTotal: false });
    ids.push(...page.items.map((c) => c.id));
    if (page.items.length < ID_PAGE) return ids;
  }
}

export function AllClaimsView(props: { onOpenClaim(articleId: string, claimId: string): void }) {
  const { t, i18n } = useTranslation('views');
  const { articlesVersion } = useWorkspace();
  const baseId = useId();
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; order: Order }>({ key: 'position', order: 'asc' });
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [active, setActive] = useState(-1);
  /** What the open export dialog exports: everything, or exactly the filtered list. */
  const [exporting, setExporting] = useState<{ scope: ExportScope; label?: string } | 'preparing' | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);


  // Typing in a text filter or dragging the slider waits a moment before asking again.
  const claimant = useDebounced(filters.claimant, 250);
  const reviewer = useDebounced(filters.reviewer, 250);
  const minScore = useDebounced(filters.minScore, 200);
  const query = useMemo<ClaimQuery>(
    () => ({
      verdicts: filters.verdicts.length ? filters.verdicts : undefined,
      claimant: claimant.trim() || undefined,
      reviewer: reviewer.trim() || undefined,
      articleId: filters.articleId || undefined,
      // The score column shows Math.round(checkworthiness * 100): "≥ 55" keeps what shows as 55,
      // i.e. from 0.545 up.
      minCheckworthiness: minScore > 0 ? Math.max(0, (minScore - 0.5) / 100) : undefined,
      checkedBefore: filters.checkedBefore || undefined,
      linkCheck: filters.linkCheck ? LINK_CHECK_FILTER[filters.linkCheck] : undefined,
      sort: sort.key,
      order: sort.order,
    }),
    [filters.verdicts, filters.articleId, filters.checkedBefore, filters.linkCheck, claimant, reviewer, minScore, sort],
  );
  const queryKey = JSON.stringify(query);
  const { total, error, subscribe, getVersion, rowAt, ensureRows } = useClaimPages(query, queryKey, articlesVersion);

  // The article choices load after the first rows, so the table never waits for them.
  const tableReady = total !== null;
  useEffect(() => {
    if (!tableReady) return;
    let live = true;
    call('articles.list', {})
      .then((list) => live && setArticles(list))
      .catch(() => live && setArticles([]));
    return () => {
      live = false;
    };
  }, [articlesVersion, tableReady]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<BodyControl | null>(null);
  const count = total ?? 0;
  /** The first row on screen (the body scrolls; the rest of the view does not re-render). */
  const firstVisible = () => Math.floor((scrollRef.current?.scrollTop ?? 0) / ROW_HEIGHT);

  // The view takes the keys when it opens (as the article view does): j/k work without a Tab first.
  useEffect(() => {
    gridRef.current?.focus({ preventScroll: true });
  }, []);

  // In a window narrower than the columns the body scrolls sideways and the header follows it;
  // the header scrolls too when Tab focuses a sort button out of sight, and the body follows.
  // Each writes only a different offset, so a vertical scroll costs one read.
  useEffect(() => {
    const body = scrollRef.current;
    const head = headRef.current;
    if (!body || !head) return;
    const follow = (from: HTMLElement, to: HTMLElement) => () => {
      if (to.scrollLeft !== from.scrollLeft) to.scrollLeft = from.scrollLeft;
    };
    const onBody = follow(body, head);
    const onHead = follow(head, body);
    body.addEventListener('scroll', onBody, { passive: true });
    head.addEventListener('scroll', onHead, { passive: true });
    return () => {
      body.removeEventListener('scroll', onBody);
      head.removeEventListener('scroll', onHead);
    };
  }, []);

  /** ← / →: the body scrolls sideways to the previous or next column's left edge. */
  const scrollColumn = (step: 1 | -1) => {
    const body = scrollRef.current;
    const cells = headRef.current?.firstElementChild?.children;
    if (!body || !cells) return;
    // Past the claim's column a column shows beside the claim (sticky at the left), not under it.
    const claimWidth = (cells[1] as HTMLElement | undefined)?.offsetWidth ?? 0;
    const lefts = Array.from(cells, (cell, i) => (cell as HTMLElement).offsetLeft - (i > 1 ? claimWidth : 0));
    const at = body.scrollLeft;
    const target = step > 0 ? lefts.find((left) => left > at + 1) : lefts.filter((left) => left < at - 1).pop();
    if (target !== undefined) body.scrollLeft = target;
  };

  // A new query starts at the top.
  useEffect(() => {
    setActive(-1);
    openWhenLoaded.current = null;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  /**
   * The row Enter was pressed on while its page was still on its way: it opens when the page
   * arrives (unless another key moved on or the query changed), instead of Enter doing nothing.
   */
  const openWhenLoaded = useRef<number | null>(null);

  const moveTo = useCallback(
    (index: number) => {
      openWhenLoaded.current = null;
      if (count === 0) return;
      const next = Math.max(0, Math.min(count - 1, index));
      setActive(next);
      // In a short window the view scrolls: the grid comes whole into it before the body scrolls.
      gridRef.current?.scrollIntoView({ block: 'nearest' });
      bodyRef.current?.scrollToIndex(next);
    },
    [count],
  );

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const current = active < 0 ? firstVisible() - 1 : active;
    switch (event.key) {
      // j/k as in the article view.
      case 'ArrowDown':
      case 'j':
        if (event.key === 'j' && (event.ctrlKey || event.metaKey || event.altKey)) return;
        moveTo(current + 1);
        break;
      case 'ArrowUp':
      case 'k':
        if (event.key === 'k' && (event.ctrlKey || event.metaKey || event.altKey)) return;
        moveTo(active < 0 ? firstVisible() : current - 1);
        break;
      case 'ArrowRight':
      case 'ArrowLeft':
        scrollColumn(event.key === 'ArrowRight' ? 1 : -1);
        break;
      case 'PageDown':
        moveTo(current + pageRows);
        break;
      case 'PageUp':
        moveTo(current - pageRows);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(count - 1);
        break;
      case 'Enter': {
        if (active < 0) break;
        const claim = rowAt(active);
        if (claim) {
          openWhenLoaded.current = null;
          props.onOpenClaim(claim.articleId, claim.id);
        } else {
          // Its page is loading (the row shows "Loading…"): open it as soon as it is here.
          openWhenLoaded.current = active;
          ensureRows(active, active);
        }
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const onHeaderClick = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, order: s.order === 'asc' ? 'desc' : 'asc' } : { key, order: defaultOrder(key) }));

  const toggleVerdict = (verdict: Verdict) =>
    setFilters((f) => ({
      ...f,
      verdicts: f.verdicts.includes(verdict) ? f.verdicts.filter((v) => v !== verdict) : VERDICTS.filter((v) => v === verdict || f.verdicts.includes(v)),
    }));

  // Formatters and labels made once per language, so rows render without hooks of their own.
  const formats = useMemo<RowFormats>(
    () => ({
      number: new Intl.NumberFormat(i18n.language),
      // Check-worthiness as the workspace shows it: a whole number from 0 to 100.
      score: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }),
      date: new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'short', day: 'numeric' }),
      verdict: Object.fromEntries(VERDICTS.map((v) => [v, t(`verdict.${v}`)])) as Record<Verdict, string>,
      kind: Object.fromEntries(CLAIM_KINDS.map((k) => [k, t(`kind.${k}`)])) as Record<ClaimKind, string>,
      loading: t('claimsTable.loadingRow'),
    }),
    [i18n.language, t],
  );
  const rowId = useCallback((index: number) => `${baseId}-row-${index}`, [baseId]);
  const unfiltered =
    !filters.verdicts.length && !filters.claimant && !filters.reviewer && !filters.articleId && filters.minScore === 0 && !filters.checkedBefore && !filters.linkCheck;

  // "Export" exports exactly what the table lists: everything when nothing is filtered, else the
  // filtered claims by id (the same query the table shows, collected page by page).
  const exportShown = async () => {
    setExportError(null);
    if (unfiltered) return setExporting({ scope: EXPORT_ALL });
    setExporting('preparing');
    try {
      const claimIds = await allClaimIds(query);
      setExporting({ scope: { claimIds }, label: t('claimsTable.scopeShown', { count: claimIds.length, formatted: formats.number.format(claimIds.length) }) });
    } catch (e) {
      setExporting(null);
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };

  const onOpenRef = useRef(props.onOpenClaim);
  onOpenRef.current = props.onOpenClaim;
  // A page arrived: the row Enter was pressed on opens if it is in it.
  useEffect(
    () =>
      subscribe(() => {
        const index = openWhenLoaded.current;
        const claim = index === null ? undefined : rowAt(index);
        if (!claim) return;
        openWhenLoaded.current = null;
        onOpenRef.current(claim.articleId, claim.id);
      }),
    [subscribe, rowAt],
  );
  const onRowClick = useCallback((index: number, claim: ClaimListItem) => {
    openWhenLoaded.current = null;
    setActive(index);
    gridRef.current?.focus({ preventScroll: true });
    onOpenRef.current(claim.articleId, claim.id);
  }, []);

  return (
    <section className="cdv-claims" aria-labelledby={`${baseId}-title`}>
      <header className="cdv-claims__bar">
        <h2 id={`${baseId}-title`} className="cdv-claims__title">
          {t('claimsTable.title')}
        </h2>
        <p className="cdv-claims__count" role="status">
          {total === null ? t('claimsTable.loading') : t('claimsTable.count', { count: total, formatted: formats.number.format(total) })}
        </p>
        <button type="button" className="cdv-claims__export" disabled={exporting === 'preparing'} onClick={() => void exportShown()}>
          {exporting === 'preparing' ? t('claimsTable.exportPreparing') : unfiltered ? t('claimsTable.exportAll') : t('claimsTable.exportShown')}
        </button>
      </header>
      <ExportDialog
        open={typeof exporting === 'object' && exporting !== null}
        onClose={() => setExporting(null)}
        scope={typeof exporting === 'object' && exporting !== null ? exporting.scope : EXPORT_ALL}
        scopeLabel={typeof exporting === 'object' && exporting !== null ? exporting.label : undefined}
      />

      <div className="cdv-claims__filters" role="group" aria-label={t('claimsTable.filters')}>
        <div className="cdv-claims__verdicts" role="group" aria-label={t('claimsTable.filterVerdict')}>
          {VERDICTS.map((verdict) => (
            <button
              key={verdict}
              type="button"
              className={`cdv-toggle cdv-toggle--${verdict}`}
              aria-pressed={filters.verdicts.includes(verdict)}
              onClick={() => toggleVerdict(verdict)}
            >
              {/* The bold copy reserves the pressed (bold) width, so pressing never shifts the bar. */}
              <span className="cdv-toggle__label">
                <span>{t(`verdict.${verdict}`)}</span>
                <span className="cdv-toggle__ghost" aria-hidden="true">
                  {t(`verdict.${verdict}`)}
                </span>
              </span>
            </button>
          ))}
        </div>
        <label className="cdv-field">
          <span>{t('claimsTable.filterClaimant')}</span>
          <input type="search" value={filters.claimant} onChange={(e) => setFilters((f) => ({ ...f, claimant: e.target.value }))} />
        </label>
        <div className="cdv-field">
          <label htmlFor={`${baseId}-article`}>{t('claimsTable.filterArticle')}</label>
          <select id={`${baseId}-article`} value={filters.articleId} onChange={(e) => setFilters((f) => ({ ...f, articleId: e.target.value }))}>
            <option value="">{t('claimsTable.allArticles')}</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <div className="cdv-field cdv-field--score">
          <label htmlFor={`${baseId}-score`}>{t('claimsTable.filterScore')}</label>
          <input
            id={`${baseId}-score`}
            type="range"
            min={0}
            max={100}
            step={5}
            value={filters.minScore}
            aria-valuetext={formats.score.format(filters.minScore)}
            onChange={(e) => setFilters((f) => ({ ...f, minScore: Number(e.target.value) }))}
          />
          <span className="cdv-field__value" aria-hidden="true">
            {formats.score.format(filters.minScore)}
          </span>
        </div>
        <label className="cdv-field">
          <span>{t('claimsTable.filterReviewer')}</span>
          <input type="search" value={filters.reviewer} onChange={(e) => setFilters((f) => ({ ...f, reviewer: e.target.value }))} />
        </label>
        <CheckedBeforeFilter checked={filters.checkedBefore} onChange={(checkedBefore) => setFilters((f) => ({ ...f, checkedBefore }))} />
        <LinkCheckFilter value={filters.linkCheck} onChange={(linkCheck) => setFilters((f) => ({ ...f, linkCheck }))} />
        <button type="button" className="cdv-button" disabled={unfiltered} onClick={() => setFilters(EMPTY_FILTERS)}>
          {t('claimsTable.clearFilters')}
        </button>
      </div>

      {(error ?? exportError) && (
        <p className="cdv-error" role="alert">
          {t('claimsTable.error', { message: error ?? exportError })}
        </p>
      )}

      <div
        ref={gridRef}
        className="cdv-grid"
        role="grid"
        aria-label={t('claimsTable.gridLabel')}
        aria-rowcount={count + 1}
        aria-colcount={COLUMNS.length}
        aria-activedescendant={active >= 0 ? rowId(active) : undefined}
        tabIndex={0}
        onKeyDown={onGridKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget && active < 0 && count > 0) setActive(Math.min(count - 1, firstVisible()));
        }}
      >
        <div ref={headRef} role="rowgroup" className="cdv-grid__head">
          <div role="row" aria-rowindex={1} className="cdv-grid__row cdv-grid__row--head">
            {COLUMNS.map((col, i) => (
              <div
                key={col.key}
                role="columnheader"
                aria-colindex={i + 1}
                className={`cdv-grid__cell cdv-col-${col.key}`}
                aria-sort={col.sort && sort.key === col.sort ? (sort.order === 'asc' ? 'ascending' : 'descending') : col.sort ? 'none' : undefined}
              >
                {col.sort ? (
                  <button type="button" className="cdv-grid__sort" onClick={() => onHeaderClick(col.sort)} title={t(`claimsTable.sortBy.${col.key}`)}>
                    {t(`claimsTable.col.${col.key}`)}
                    <span aria-hidden="true" className="cdv-grid__arrow">
                      {sort.key === col.sort ? (sort.order === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : (
                  t(`claimsTable.col.${col.key}`)
                )}
              </div>
            ))}
          </div>
        </div>
        <GridBody
          scrollRef={scrollRef}
          controlRef={bodyRef}
          count={count}
          empty={total === 0}
          emptyText={t('claimsTable.empty')}
          subscribe={subscribe}
          getVersion={getVersion}
          rowAt={rowAt}
          ensureRows={ensureRows}
          active={active}
          rowId={rowId}
          formats={formats}
          onRowClick={onRowClick}
        />
      </div>
    </section>
  );
}

interface BodyControl {
  scrollToIndex(index: number): void;
}

interface BodyProps {
  scrollRef: RefObject<HTMLDivElement | null>;
  controlRef: RefObject<BodyControl | null>;
  count: number;
  empty: boolean;
  emptyText: string;
  /** Page arrivals: the body re-renders (rows re-read rowAt) when one arrives, the view does not. */
  subscribe: ClaimPages['subscribe'];
  getVersion: ClaimPages['getVersion'];
  rowAt(index: number): ClaimListItem | undefined;
  ensureRows(first: number, last: number): void;
  active: number;
  rowId(index: number): string;
  formats: RowFormats;
  onRowClick(index: number, claim: ClaimListItem): void;
}

/** The scrolling part: owns the virtualizer, so scrolling re-renders only the rows. */
const GridBody = memo(function GridBody({ scrollRef, controlRef, count, empty, emptyText, subscribe, getVersion, rowAt, ensureRows, active, rowId, formats, onRowClick }: BodyProps) {
  usePagesVersion({ subscribe, getVersion });
  // useFlushSync off: a scroll renders the rows in React's own next task, not synchronously
  // inside the scroll event (where the render's DOM writes force a layout before the frame's own).
  const virtualizerRef = useRef<{ scrollDirection: 'forward' | 'backward' | null } | null>(null);
  // Rows beyond the screen only ahead of a scroll (OVERSCAN of them), one behind it: a row
  // behind is never scrolled to before the next render, and each costs its layout and paint.
  // At rest (and for the keyboard), OVERSCAN on both sides.
  const rangeExtractor = useCallback((range: Range) => {
    const direction = virtualizerRef.current?.scrollDirection ?? null;
    const start = Math.max(0, range.startIndex - (direction === 'forward' ? 1 : OVERSCAN));
    const end = Math.min(range.count - 1, range.endIndex + (direction === 'backward' ? 1 : OVERSCAN));
    const indices: number[] = [];
    for (let i = start; i <= end; i++) indices.push(i);
    return indices;
  }, []);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    rangeExtractor,
    useFlushSync: false,
  });
  virtualizerRef.current = virtualizer;
  controlRef.current = { scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }) };
  const items = virtualizer.getVirtualItems();
  // Rows keep their slot while on screen; rows scrolled in take the slots of rows scrolled out.
  const slotsRef = useRef<Map<number, number>>(new Map());
  const slots = assignSlots(
    slotsRef.current,
    items.map((item) => item.index),
  );
  slotsRef.current = slots;
  const onHover = useRowTitles();
  const skimming = useSkimming(virtualizer);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => ensureRows(first, last), [first, last, ensureRows, count]);
  return (
    <div ref={scrollRef} role="rowgroup" className="cdv-grid__body" tabIndex={-1}>
      {empty && <p className="cdv-grid__empty">{emptyText}</p>}
      <div className="cdv-grid__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {/* The rows on screen stack in screen order in one block placed at the first one's offset:
            a scroll moves the block, and no row has a position of its own to restyle. */}
        {/* Its background draws the rows' stripes and lines, shifted by a row when the first row is odd. */}
        <div className="cdv-grid__window" style={{ transform: `translateY(${items[0]?.start ?? 0}px)`, backgroundPositionY: first % 2 ? ROW_HEIGHT : 0, ...(first % 2 ? STRIPES_ODD_FIRST : STRIPES_EVEN_FIRST) }}>
          {items.map((item) => (
            <ClaimRow
              // Keyed by slot, not by index: a row scrolled out is reused for the one scrolled in,
              // so a jump of a whole screen updates text in place instead of rebuilding the DOM.
              key={slots.get(item.index)}
              id={rowId(item.index)}
              index={item.index}
              claim={skimming ? undefined : rowAt(item.index)}
              active={item.index === active}
              formats={formats}
              onClick={onRowClick}
              onHover={onHover}
            />
          ))}
        </div>
      </div>
    </div>
  );
});

/** The stripes of the sticky claim cells (claims-table.css), by the parity of the first row on screen. */
const STRIPES_EVEN_FIRST = { '--cdv-stripe-odd': 'var(--cdv-bg)', '--cdv-stripe-even': 'var(--cdv-bg-alt)' } as CSSProperties;
const STRIPES_ODD_FIRST = { '--cdv-stripe-odd': 'var(--cdv-bg-alt)', '--cdv-stripe-even': 'var(--cdv-bg)' } as CSSProperties;

/**
 * Whether the rows skim: the last scroll moved the body a screen or more in one step (a fast
 * drag of the scrollbar, End, the ui bench's scroll of a screen per frame). Rows render in the
 * task after the scroll's frame, so at that speed the next frame has moved on and shows next to
 * nothing of them. They render as placeholders (no text to shape, lay out and paint) and take
 * their claims in the first frame with no scroll before it (the drag stopped or slowed down),
 * in that frame. Traced before: each such step laid out about 375 objects for rows nobody saw,
 * and the longest frames were a page answering onto them.
 */
function useSkimming(virtualizer: { scrollOffset: number | null; scrollRect: { height: number } | null }): boolean {
  const offset = virtualizer.scrollOffset ?? 0;
  const viewport = virtualizer.scrollRect?.height ?? 0;
  const last = useRef(offset);
  const skimming = useRef(false);
  const [, settle] = useReducer((n: number) => n + 1, 0);
  // A page arriving renders at the same offset and keeps the mode; a scroll decides it again
  // (a pixel of slack: clientHeight and the observed height round apart).
  if (offset !== last.current) {
    skimming.current = viewport > 0 && Math.abs(offset - last.current) >= viewport - 1;
    last.current = offset;
  }
  useEffect(() => {
    if (!skimming.current) return;
    const at = last.current;
    // Scroll events are dispatched before a frame's animation frame callbacks: a callback that
    // finds the offset still where these rows were rendered comes in a frame without a scroll.
    const frame = requestAnimationFrame(() => {
      if ((virtualizer.scrollOffset ?? 0) !== at || !skimming.current) return;
      skimming.current = false;
      flushSync(settle);
    });
    return () => cancelAnimationFrame(frame);
  });
  return skimming.current;
}

interface RowProps {
  id: string;
  index: number;
  claim: ClaimListItem | undefined;
  active: boolean;
  formats: RowFormats;
  onClick(index: number, claim: ClaimListItem): void;
  /** The pointer moved over the row: its cells get their tooltips (see useRowTitles). */
  onHover(row: HTMLElement, claim: ClaimListItem): void;
}

interface RowFormats {
  score: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  verdict: Record<Verdict, string>;
  kind: Record<ClaimKind, string>;
  loading: string;
}

const ClaimRow = memo(
  function ClaimRow({ id, index, claim, active, formats, onClick, onHover }: RowProps) {
    // A row still loading has the same elements as a loaded one (nine cells), only empty: a slot
    // switches between the two, or from one claim to another, by updating text and attributes,
    // never by removing and creating cells. The row's stripe and bottom line are the window's
    // background (a row's index changing parity restyles nothing), and only the active row
    // carries an id (for aria-activedescendant).
    if (!claim) {
      return (
        <div id={active ? id : undefined} role="row" aria-rowindex={index + 2} aria-busy="true" className="cdv-grid__row cdv-grid__row--placeholder">
          <div role="gridcell" aria-colindex={1} className="cdv-grid__cell cdv-col-article">
            {formats.loading}
          </div>
          <div role="gridcell" aria-colindex={2} className="cdv-grid__cell cdv-col-claim" />
          <div role="gridcell" aria-colindex={3} className="cdv-grid__cell cdv-col-claimant" />
          <div role="gridcell" aria-colindex={4} className="cdv-grid__cell cdv-col-kind" />
          <div role="gridcell" aria-colindex={5} className="cdv-grid__cell cdv-col-score" />
          <div role="gridcell" aria-colindex={6} className="cdv-grid__cell cdv-col-verdict" />
          <div role="gridcell" aria-colindex={7} className="cdv-grid__cell cdv-col-sources" />
          <div role="gridcell" aria-colindex={8} className="cdv-grid__cell cdv-col-reviewer" />
          <div role="gridcell" aria-colindex={9} className="cdv-grid__cell cdv-col-updated" />
        </div>
      );
    }
    const updated = new Date(claim.updatedAt);
    return (
      <div
        id={active ? id : undefined}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={active}
        data-claim-id={claim.id}
        className={active ? 'cdv-grid__row cdv-grid__row--active' : 'cdv-grid__row'}
        onClick={() => onClick(index, claim)}
        onMouseMove={(event) => onHover(event.currentTarget, claim)}
      >
        <div role="gridcell" aria-colindex={1} className="cdv-grid__cell cdv-col-article">
          {claim.articleTitle}
        </div>
        <div role="gridcell" aria-colindex={2} className="cdv-grid__cell cdv-col-claim">
          {claim.text}
        </div>
        <div role="gridcell" aria-colindex={3} className="cdv-grid__cell cdv-col-claimant">
          {claim.claimant ?? ''}
        </div>
        <div role="gridcell" aria-colindex={4} className="cdv-grid__cell cdv-col-kind">
          {formats.kind[claim.kind]}
        </div>
        <div role="gridcell" aria-colindex={5} className="cdv-grid__cell cdv-col-score">
          {formats.score.format(Math.round(claim.checkworthiness * 100))}
        </div>
        {/* The cell is the verdict's badge (no element of its own inside). */}
        <div role="gridcell" aria-colindex={6} className={`cdv-grid__cell cdv-col-verdict ${verdictBadgeClass(claim.verdict)}`}>
          {formats.verdict[claim.verdict]}
        </div>
        <div role="gridcell" aria-colindex={7} className="cdv-grid__cell cdv-col-sources">
          {formats.number.format(claim.sourceCount)}
        </div>
        <div role="gridcell" aria-colindex={8} className="cdv-grid__cell cdv-col-reviewer">
          {claim.reviewer ?? ''}
        </div>
        <div role="gridcell" aria-colindex={9} className="cdv-grid__cell cdv-col-updated">
          {Number.isNaN(updated.getTime()) ? claim.updatedAt : formats.date.format(updated)}
        </div>
      </div>
    );
  },
  (a, b) => a.claim === b.claim && a.active === b.active && a.index === b.index && a.formats === b.formats && a.id === b.id && a.onClick === b.onClick && a.onHover === b.onHover,
);

/** The cells whose text can be cut short, which show it whole as a tooltip (column order). */
const TITLED_CELLS = [0, 1, 2, 8] as const;

const titlesOf = (claim: ClaimListItem) => [
  claim.articleTitle,
  claim.text,
  claim.claimantRole ? `${claim.claimant ?? ''} (${claim.claimantRole})` : (claim.claimant ?? ''),
  claim.updatedAt,
];

/**
 * The full texts as tooltips on the one row under the pointer, instead of four title attributes
 * written on every row a scroll renders. The returned onHover sets them (and clears the row
 * hovered before); after each render, a hovered row whose slot took another claim loses them
 * until the pointer moves over it again, so a tooltip never shows another claim's text.
 */
function useRowTitles(): (row: HTMLElement, claim: ClaimListItem) => void {
  const titled = useRef<{ row: HTMLElement; claimId: string } | null>(null);
  useLayoutEffect(() => {
    const current = titled.current;
    if (current && current.row.getAttribute('data-claim-id') !== current.claimId) {
      setTitles(current.row, null);
      titled.current = null;
    }
  });
  return useCallback((row: HTMLElement, claim: ClaimListItem) => {
    const current = titled.current;
    if (current?.row === row && current.claimId === claim.id) return;
    if (current && current.row !== row) setTitles(current.row, null);
    setTitles(row, claim);
    titled.current = { row, claimId: claim.id };
  }, []);
}

function setTitles(row: HTMLElement, claim: ClaimListItem | null): void {
  const titles = claim ? titlesOf(claim) : [];
  TITLED_CELLS.forEach((cell, i) => {
    const title = titles[i];
    if (title) row.children[cell]?.setAttribute('title', title);
    else row.children[cell]?.removeAttribute('title');
  });
}
