// A claimant's claims, newest first: virtualised (one person may hold thousands of claims, and
// a row per claim in the DOM made a page of 2,000 take seconds). Rows keep their wrapped text:
// the virtualiser measures each row it renders. The list scrolls on its own inside the page;
// ↑/↓, Home and End move between claims (scrolling the one reached into view), Enter opens one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ClaimantClaim } from '../../../../shared/claimants.contract';
import type { Verdict } from '../../../../shared/domain';
import { VerdictBadge } from '../claims-table/VerdictBadge';

/** A row of one line (date, verdict, rating, claim, article); longer claims wrap and are measured. */
const ROW_ESTIMATE = 31;

interface Props {
  claims: ClaimantClaim[];
  /** Split mode: each row has a box to move the claim to the new claimant. */
  choosing: boolean;
  chosen: ReadonlySet<string>;
  onChoose(id: string): void;
  onOpen(claim: ClaimantClaim): void;
}

export function ClaimantClaims({ claims, choosing, chosen, onChoose, onOpen }: Props) {
  const { t } = useTranslation('claimants');
  const { t: tv } = useTranslation('views');
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    getItemKey: (index) => claims[index]!.id,
  });
  const verdictLabels = useRef<Partial<Record<Verdict, string>>>({});
  const verdictLabel = (v: Verdict) => (verdictLabels.current[v] ??= tv(`verdict.${v}`));
  useEffect(() => {
    verdictLabels.current = {};
  }, [tv]);

  // After a key moved to a row that was not rendered yet: focus it once it is.
  useEffect(() => {
    if (focusIndex === null) return;
    const row = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${focusIndex}"] .claimant-claims__row`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusIndex(null);
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLOListElement>) => {
      const from = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset['index'] ?? -1);
      if (from < 0) return;
      let next = -1;
      if (event.key === 'ArrowDown') next = Math.min(claims.length - 1, from + 1);
      else if (event.key === 'ArrowUp') next = Math.max(0, from - 1);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = claims.length - 1;
      else if (event.key === 'PageDown') next = Math.min(claims.length - 1, from + 10);
      else if (event.key === 'PageUp') next = Math.max(0, from - 10);
      if (next < 0) return;
      event.preventDefault();
      virtualizer.scrollToIndex(next, { align: 'auto' });
      setFocusIndex(next);
    },
    [claims.length, virtualizer],
  );

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className="claimant-claims__scroll" data-testid="claimant-claims" data-count={claims.length}>
      <ol className="claimant-claims" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown} aria-label={t('page.claimsCount', { count: claims.length })}>
        {items.map((item) => {
          const claim = claims[item.index]!;
          return (
            <ClaimantClaimRow
              key={item.key}
              index={item.index}
              total={claims.length}
              top={item.start}
              measure={virtualizer.measureElement}
              claim={claim}
              verdictLabel={verdictLabel(claim.verdict)}
              openLabel={t('page.open')}
              chooseLabel={choosing ? t('split.choose') : null}
              chosen={chosen.has(claim.id)}
              onChoose={onChoose}
              onOpen={onOpen}
            />
          );
        })}
      </ol>
    </div>
  );
}

interface RowProps {
  index: number;
  total: number;
  top: number;
  measure(element: Element | null): void;
  claim: ClaimantClaim;
  verdictLabel: string;
  openLabel: string;
  /** The split box's label, or null outside split mode. */
  chooseLabel: string | null;
  chosen: boolean;
  onChoose(id: string): void;
  onOpen(claim: ClaimantClaim): void;
}

const ClaimantClaimRow = memo(function ClaimantClaimRow({ index, total, top, measure, claim, verdictLabel, openLabel, chooseLabel, chosen, onChoose, onOpen }: RowProps) {
  const short = claim.text.slice(0, 120);
  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={chooseLabel !== null ? 'claimant-claims__item claimant-claims__item--choosing' : 'claimant-claims__item'}
      style={{ transform: `translateY(${top}px)` }}
    >
      {chooseLabel !== null && (
        <input type="checkbox" className="claimant-claims__choose" aria-label={`${chooseLabel}: ${short}`} checked={chosen} onChange={() => onChoose(claim.id)} />
      )}
      <button type="button" className="claimant-claims__row" onClick={() => onOpen(claim)} aria-label={`${openLabel}: ${short}`}>
        <span className="claimant-claims__date">{claim.date.slice(0, 10)}</span>
        <VerdictBadge verdict={claim.verdict} label={verdictLabel} />
        <span className="claimant-claims__rating">{claim.ratingLabel ?? ''}</span>
        <span className="claimant-claims__text">{claim.text}</span>
        <span className="claimant-claims__article">{claim.articleTitle}</span>
      </button>
    </li>
  );
});
