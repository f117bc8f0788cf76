// The article text with its claims highlighted. The text is split into runs once per article
// load (and again only when a claim's span changes); each run is a memoised span, so a verdict
// change re-renders only that claim's runs, and a selection change renders none of them (the
// runs' elements are memoised too): the selected class is toggled directly on the claim's few elements.
//
// Selecting from the keyboard: the text takes focus (Tab from the claims list); Shift+Arrow
// keys select from the start of the selected claim (Ctrl+Shift+←/→ by word, Shift+↑/↓ by line,
// Shift+Home/End to the line's ends), then "a" adds the selection as a claim. Browsers move a
// selection in read-only text only with caret browsing on, so the keys drive Selection.modify.
//
// A long article (the longest kept is 2,000,000 characters with tens of thousands of claims)
// renders only the paragraphs in and near view (virtualised like the claims list): building and
// laying out all of it took tens of seconds and made every key wait for a layout of the whole.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { ClaimWithSources, Verdict } from '../../../shared/domain';
import { segmentArticle, type Paragraph } from '../lib/segments';
import type { ClaimStore } from './claim-store';

/** Above this many characters the text renders only the paragraphs in and near view. */
export const VIRTUAL_TEXT_CHARS = 300_000;

interface Props {
  text: string;
  claims: ClaimWithSources[];
  selectedClaimId: string | null;
  onSelectClaim(id: string): void;
  /** Accessible name of the text region. */
  label: string;
  containerRef?: React.RefObject<HTMLDivElement | null>;
  /** Claims whose review was written since the text was given them: each paragraph reads its claims' verdicts here. */
  store?: ClaimStore;
}

const Run = memo(function Run({ start, text, claimIds, verdict, overlap }: { start: number; text: string; claimIds: string; verdict: Verdict | null; overlap: boolean }) {
  if (!verdict) return <span data-start={start}>{text}</span>;
  return (
    <span data-start={start} data-claims={claimIds} className={`hl hl-${verdict}${overlap ? ' hl-overlap' : ''}`}>
      {text}
    </span>
  );
});

/** One paragraph's runs; `verdicts` (comma-separated, one per run) is what changes on a verdict. */
const ParagraphRuns = memo(function ParagraphRuns({
  paragraph: p,
  text,
  verdicts: given,
  store,
  onVerdictsRendered,
}: {
  paragraph: Paragraph;
  text: string;
  verdicts: string;
  store?: ClaimStore;
  /** Called after a render that changed a run's verdict: the run's class was set anew, so the selected class goes back on. */
  onVerdictsRendered?(): void;
}) {
  const verdicts = useLiveVerdicts(store, p, given);
  const rendered = useRef(verdicts);
  useLayoutEffect(() => {
    if (rendered.current === verdicts) return;
    rendered.current = verdicts;
    onVerdictsRendered?.();
  }, [verdicts, onVerdictsRendered]);
  const each = verdicts.split(',');
  return (
    <p data-para-start={p.start} data-para-end={p.end}>
      {p.segments.map((s, i) => (
        <Run
          key={s.start}
          start={s.start}
          text={text.slice(s.start, s.end)}
          claimIds={s.claimIds.join(' ')}
          verdict={s.claimIds.length ? ((each[i] || 'unreviewed') as Verdict) : null}
          overlap={s.claimIds.length > 1}
        />
      ))}
    </p>
  );
});

/**
 * A paragraph's verdicts (as ParagraphRuns takes them) with the store's later ones laid over
 * them: a verdict written to the store renders the paragraph that holds the claim, and no other.
 */
function useLiveVerdicts(store: ClaimStore | undefined, p: Paragraph, given: string): string {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!store) return () => undefined;
      const ids = new Set(p.segments.flatMap((s) => (s.claimIds.length ? [s.claimIds[0]!] : [])));
      const offs = [...ids].map((id) => store.subscribe(id, listener));
      return () => offs.forEach((off) => off());
    },
    [store, p],
  );
  const overlay = useSyncExternalStore(subscribe, () => {
    if (!store) return given;
    const each = given.split(',');
    let changed = false;
    p.segments.forEach((s, i) => {
      const claim = s.claimIds.length ? store.get(s.claimIds[0]!) : undefined;
      if (claim && claim.verdict !== each[i]) {
        each[i] = claim.verdict;
        changed = true;
      }
    });
    return changed ? each.join(',') : given;
  });
  return overlay;
}

const SELECTED = 'is-selected';

/** Collapses the document selection at a character offset of the article (inside its runs). */
function placeCaret(root: HTMLElement, offset: number) {
  for (const run of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(run.dataset.start);
    const node = run.firstChild;
    if (node && offset >= start && offset <= start + (node.textContent?.length ?? 0)) {
      window.getSelection()?.collapse(node, offset - start);
      return;
    }
  }
}

const EXTEND: Record<string, { direction: 'forward' | 'backward'; by: 'character' | 'line' | 'lineboundary' }> = {
  ArrowRight: { direction: 'forward', by: 'character' },
  ArrowLeft: { direction: 'backward', by: 'character' },
  ArrowDown: { direction: 'forward', by: 'line' },
  ArrowUp: { direction: 'backward', by: 'line' },
  End: { direction: 'forward', by: 'lineboundary' },
  Home: { direction: 'backward', by: 'lineboundary' },
};

export function ArticleText({ text, claims, selectedClaimId, onSelectClaim, label, containerRef, store }: Props) {
  const localRef = useRef<HTMLDivElement>(null);
  const ref = containerRef ?? localRef;
  // Spans only: the runs are recomputed when a claim is added, removed or re-spanned, not on a verdict change.
  const spanKey = useMemo(() => claims.map((c) => `${c.id}:${c.start}:${c.end}`).join('|'), [claims]);
  const paragraphs = useMemo(
    () => segmentArticle(text, claims),
    [text, spanKey],
  );
  const verdictById = useMemo(() => {
    const map = new Map<string, Verdict>();
    for (const c of claims) map.set(c.id, c.verdict);
    return map;
  }, [claims]);

  // Re-apply the selected class after any render (a run re-rendered for a verdict change loses
  // it; in a long text, paragraphs coming into view are new elements).
  const lastSelected = useRef<string | null>(null);
  const selectedRef = useRef(selectedClaimId);
  selectedRef.current = selectedClaimId;
  const marked = useRef<HTMLElement[]>([]);
  // Claim id → its runs, read from the text in one pass the first time a claim is selected and
  // kept while the runs stay (they change only with `paragraphs`; a verdict re-renders a run in
  // place). A j/k otherwise searched every run of the text for the claim's own (2,000 claims:
  // about 0.8 ms of each key's script). A long text's paragraphs come and go with the scroll, so
  // there each selection is still looked for in the paragraphs on screen.
  const runsById = useRef<{ paragraphs: Paragraph[]; map: Map<string, HTMLElement[]> } | null>(null);
  const longText = text.length > VIRTUAL_TEXT_CHARS;
  const runsOf = useCallback(
    (root: HTMLElement, id: string): HTMLElement[] => {
      if (longText) return [...root.querySelectorAll<HTMLElement>(`[data-claims~="${CSS.escape(id)}"]`)];
      let map = runsById.current?.paragraphs === paragraphs ? runsById.current.map : null;
      if (!map) {
        map = new Map();
        for (const el of root.querySelectorAll<HTMLElement>('[data-claims]')) {
          for (const claimId of (el.dataset.claims ?? '').split(' ')) {
            if (!claimId) continue;
            const runs = map.get(claimId);
            if (runs) runs.push(el);
            else map.set(claimId, [el]);
          }
        }
        runsById.current = { paragraphs, map };
      }
      return map.get(id) ?? [];
    },
    [longText, paragraphs],
  );
  const markSelected = useCallback(() => {
    const root = ref.current;
    if (!root) return;
    const selectedId = selectedRef.current;
    // Only this effect adds the class, so the elements it marked last time are all there is to
    // unmark (no search of the whole text for them on every key).
    marked.current.forEach((el) => el.classList.remove(SELECTED));
    marked.current = [];
    if (!selectedId) {
      lastSelected.current = null;
      return;
    }
    const els = runsOf(root, selectedId);
    els.forEach((el) => el.classList.add(SELECTED));
    marked.current = els;
    if (lastSelected.current !== selectedId && els[0]) {
      lastSelected.current = selectedId;
      // Whether the claim is in view needs the layout of what this key changed: asked for in
      // the next frame, which lays out anyway, not here, where it forced a layout of the page
      // in the middle of every j/k. The scroll still lands in the frame that shows the selection.
      cancelAnimationFrame(scrollFrame.current);
      scrollFrame.current = requestAnimationFrame(() => {
        const el = marked.current[0];
        if (!el?.isConnected) return;
        const scroller = root.closest<HTMLElement>('[data-scroller]') ?? root;
        const box = el.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        const visible = box.top >= view.top + 8 && box.bottom <= view.bottom - 8;
        if (!visible) el.scrollIntoView({ block: 'center' });
      });
    }
  }, [ref, runsOf]);
  const scrollFrame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(scrollFrame.current), []);
  useLayoutEffect(markSelected);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // selecting text, not clicking a claim
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-claims]');
    const ids = target?.dataset.claims?.split(' ').filter(Boolean);
    if (!ids?.length) return;
    // Overlapping claims: the innermost first; clicking again cycles through the others.
    const current = selectedClaimId ? ids.indexOf(selectedClaimId) : -1;
    onSelectClaim(ids[(current + 1) % ids.length]!);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = EXTEND[event.key];
    const root = ref.current;
    const selection = window.getSelection();
    if (!step || !event.shiftKey || event.altKey || !root || !selection) return;
    event.preventDefault();
    if (!selection.rangeCount || !root.contains(selection.anchorNode)) {
      const claim = claims.find((c) => c.id === selectedClaimId);
      placeCaret(root, claim?.start ?? 0);
    }
    const by = (event.ctrlKey || event.metaKey) && step.by === 'character' ? 'word' : step.by;
    selection.modify('extend', step.direction, by);
  };

  // A paragraph is a memoised component keyed by the verdicts of its runs: a verdict change
  // re-renders the one paragraph that holds the claim, not every paragraph's runs.
  const renderParagraph = useCallback(
    (p: Paragraph) => {
      const verdicts = p.segments.map((s) => (s.claimIds.length ? (verdictById.get(s.claimIds[0]!) ?? 'unreviewed') : null));
      return <ParagraphRuns key={p.start} paragraph={p} text={text} verdicts={verdicts.join(',')} store={store} onVerdictsRendered={markSelected} />;
    },
    [text, verdictById, store, markSelected],
  );
  const long = text.length > VIRTUAL_TEXT_CHARS;
  const shownParagraphs = useMemo(() => paragraphs.filter((p) => p.start !== p.end), [paragraphs]);

  // The same elements while only the selection changes (j/k, a click): React then skips the
  // thousands of runs at once instead of comparing each; a verdict change re-renders its runs.
  const body = useMemo(() => (long ? null : shownParagraphs.map(renderParagraph)), [long, shownParagraphs, renderParagraph]);
  const selectedStart = useMemo(() => (long && selectedClaimId ? (claims.find((c) => c.id === selectedClaimId)?.start ?? null) : null), [long, claims, selectedClaimId]);

  return (
    <div ref={ref} className="article-text" onClick={onClick} onKeyDown={onKeyDown} aria-label={label} role="document" tabIndex={0}>
      {long ? <VisibleParagraphs paragraphs={shownParagraphs} render={renderParagraph} rootRef={ref} selectedStart={selectedStart} afterRender={markSelected} /> : body}
    </div>
  );
}

/** Index of the paragraph holding `offset` (paragraphs in order, by start). */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The paragraphs of a long text that are in and near view, in a block as high as all of them.
 * Heights start from an estimate (about 70 characters a line) and are measured once rendered.
 */
function VisibleParagraphs({
  paragraphs,
  render,
  rootRef,
  selectedStart,
  afterRender,
}: {
  paragraphs: readonly Paragraph[];
  render(p: Paragraph): ReactNode;
  rootRef: React.RefObject<HTMLDivElement | null>;
  selectedStart: number | null;
  afterRender(): void;
}) {
  const scroller = () => rootRef.current?.closest<HTMLElement>('[data-scroller]') ?? null;
  const virtualizer = useVirtualizer({
    count: paragraphs.length,
    getScrollElement: scroller,
    estimateSize: (i) => (Math.ceil((paragraphs[i]!.end - paragraphs[i]!.start) / 70) + 0.9) * 25.6,
    overscan: 4,
    scrollMargin: rootRef.current?.offsetTop ?? 0,
  });
  // A claim chosen out of view (j/k, the list): bring its paragraph in; the runs' own scroll then centres it.
  const selectedIndex = selectedStart === null ? -1 : paragraphAt(paragraphs, selectedStart);
  useLayoutEffect(() => {
    if (selectedIndex < 0) return;
    const items = virtualizer.getVirtualItems();
    const inView = items.some((item) => item.index === selectedIndex);
    if (!inView) virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, [selectedIndex, virtualizer]);
  useLayoutEffect(afterRender);
  const items = virtualizer.getVirtualItems();
  const offset = (items[0]?.start ?? 0) - virtualizer.options.scrollMargin;
  return (
    <div className="article-text-virtual" style={{ height: virtualizer.getTotalSize() }}>
      <div style={{ transform: `translateY(${offset}px)` }}>
        {items.map((item) => (
          <div key={item.key} className="article-text-para" data-index={item.index} ref={virtualizer.measureElement}>
            {render(paragraphs[item.index]!)}
          </div>
        ))}
      </div>
    </div>
  );
}
