// The article text with its claims highlighted. The text is split into runs once per article
// load (and again only when a claim's span changes); each run is a memoised span, so a verdict
// change re-renders only that claim's runs and a selection change touches no React state of
// the runs at all: the selected class is toggled directly on the claim's few elements.
import { memo, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { ClaimWithSources, Verdict } from '../../../shared/domain';
import { segmentArticle } from '../lib/segments';

interface Props {
  text: string;
  claims: ClaimWithSources[];
  selectedClaimId: string | null;
  onSelectClaim(id: string): void;
  /** Accessible name of the text region. */
  label: string;
  containerRef?: React.RefObject<HTMLDivElement | null>;
}

const Run = memo(function Run({ start, text, claimIds, verdict, overlap }: { start: number; text: string; claimIds: string; verdict: Verdict | null; overlap: boolean }) {
  if (!verdict) return <span data-start={start}>{text}</span>;
  return (
    <span data-start={start} data-claims={claimIds} className={`hl hl-${verdict}${overlap ? ' hl-overlap' : ''}`}>
      {text}
    </span>
  );
});

const SELECTED = 'is-selected';

export function ArticleText({ text, claims, selectedClaimId, onSelectClaim, label, containerRef }: Props) {
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

  // Re-apply the selected class after any render (a run re-rendered for a verdict change loses it).
  const lastSelected = useRef<string | null>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    root.querySelectorAll(`.${SELECTED}`).forEach((el) => el.classList.remove(SELECTED));
    if (!selectedClaimId) {
      lastSelected.current = null;
      return;
    }
    const els = root.querySelectorAll<HTMLElement>(`[data-claims~="${CSS.escape(selectedClaimId)}"]`);
    els.forEach((el) => el.classList.add(SELECTED));
    if (lastSelected.current !== selectedClaimId && els[0]) {
      const scroller = root.closest<HTMLElement>('[data-scroller]') ?? root;
      const box = els[0].getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      const visible = box.top >= view.top + 8 && box.bottom <= view.bottom - 8;
      if (!visible) els[0].scrollIntoView({ block: 'center' });
    }
    lastSelected.current = selectedClaimId;
  });

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

  return (
    <div ref={ref} className="article-text" onClick={onClick} aria-label={label} role="document">
      {paragraphs.map((p) =>
        p.start === p.end ? null : (
          <p key={p.start} data-para-start={p.start} data-para-end={p.end}>
            {p.segments.map((s) => (
              <Run
                key={s.start}
                start={s.start}
                text={text.slice(s.start, s.end)}
                claimIds={s.claimIds.join(' ')}
                verdict={s.claimIds.length ? (verdictById.get(s.claimIds[0]!) ?? 'unreviewed') : null}
                overlap={s.claimIds.length > 1}
              />
            ))}
          </p>
        ),
      )}
    </div>
  );
}
