// The compact claims list of the open article: a listbox (virtualised; an article may hold
// thousands of claims), sorted by position or check-worthiness. Claims with unsaved input are
// marked with a pencil (and say so to screen readers).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimWithSources } from '../../../shared/domain';

interface Props {
  claims: ClaimWithSources[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Claims with an unsaved draft. */
  draftIds?: ReadonlySet<string>;
  listRef?: React.RefObject<HTMLDivElement | null>;
  /** Claims an earlier fact-check matches ("checked before"). */
  checkedIds?: ReadonlySet<string>;
}

const ROW = 30;

export function ClaimsList({ claims, selectedId, onSelect, draftIds, listRef, checkedIds }: Props) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('factchecks');
  const localRef = useRef<HTMLDivElement>(null);
  const parentRef = listRef ?? localRef;
  const virtualizer = useVirtualizer({ count: claims.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW, overscan: 8 });
  const selectedIndex = selectedId ? claims.findIndex((c) => c.id === selectedId) : -1;

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(claims.length - 1, selectedIndex + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, selectedIndex - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = claims.length - 1;
    const target = next >= 0 ? claims[next] : undefined;
    if (target) {
      event.preventDefault();
      onSelect(target.id);
    }
  };

  return (
    <div
      ref={parentRef}
      className="claims-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('claimsList.label', { count: claims.length })}
      aria-activedescendant={selectedIndex >= 0 ? `claim-option-${claims[selectedIndex]!.id}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="claims-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const claim = claims[row.index]!;
          const selected = claim.id === selectedId;
          const hasDraft = draftIds?.has(claim.id) ?? false;
          return (
            <div
              key={claim.id}
              id={`claim-option-${claim.id}`}
              role="option"
              aria-selected={selected}
              aria-setsize={claims.length}
              aria-posinset={row.index + 1}
              className={`claims-row${selected ? ' is-selected' : ''}`}
              style={{ transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(claim.id)}
            >
              <span className={`dot dot-${claim.verdict}`} aria-hidden="true" />
              <span className="claims-row-text">
                {hasDraft && (
                  <span className="draft-mark" title={t('claimsList.draft')} data-draft>
                    ✎<span className="sr-only"> {t('claimsList.draft')}:</span>
                  </span>
                )}
                {checkedIds?.has(claim.id) && (
                  <span className="checked-mark" title={tf('checkedBeforeMark')} data-checked-before>
                    ⟲<span className="sr-only"> {tf('checkedBefore')}:</span>
                  </span>
                )}
                {claim.text}
              </span>
              <span className="claims-row-claimant">{claim.claimant ?? '—'}</span>
              <span className="claims-row-kind">{t(`kind.${claim.kind}`)}</span>
              <span className="claims-row-score" title={t('claim.checkworthiness')}>
                {Math.round(claim.checkworthiness * 100)}
              </span>
              <span className="sr-only">{t(`verdict.${claim.verdict}`)}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
