// The compact claims list of the open article: a listbox (virtualised; an article may hold
// thousands of claims), sorted by position or check-worthiness. Claims with unsaved input are
// marked with a pencil (and say so to screen readers). Several claims can be chosen at once for
// export (Ctrl/⌘+click toggles one, Shift+click a range; x and Shift+j/k from the keyboard):
// those rows show a ticked box and are aria-checked; aria-selected stays the current claim.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ClaimWithSources } from '../../../shared/domain';
import { firstRect } from '../lib/first-rect';
import { useLiveClaim, type ClaimStore } from './claim-store';

/** How a row was chosen: a plain click, Ctrl/⌘ (toggle its mark) or Shift (mark up to it). */
export type ChooseHow = 'plain' | 'toggle' | 'range';

interface Props {
  claims: ClaimWithSources[];
  selectedId: string | null;
  onSelect(id: string, how?: ChooseHow): void;
  /** Claims chosen for export (see marks.ts). */
  markedIds?: ReadonlySet<string>;
  /** Claims with an unsaved draft. */
  draftIds?: ReadonlySet<string>;
  listRef?: React.RefObject<HTMLDivElement | null>;
  /** Claims an earlier fact-check matches ("checked before"). */
  checkedIds?: ReadonlySet<string>;
  /** Claims whose review was written since the list was given them: each row reads its own here. */
  store?: ClaimStore;
}

const ROW = 30;

/** The rows' strings, worked out once per language in the list, not in every row's render. */
function useRowLabels(): RowLabels {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('factchecks');
  return useMemo(
    () => ({
      draft: t('claimsList.draft'),
      checkedBeforeMark: tf('checkedBeforeMark'),
      checkedBefore: tf('checkedBefore'),
      checkworthiness: t('claim.checkworthiness'),
      kind: (kind) => t(`kind.${kind}`),
      verdict: (verdict) => t(`verdict.${verdict}`),
    }),
    [t, tf],
  );
}

export function ClaimsList({ claims, selectedId, onSelect, markedIds, draftIds, listRef, checkedIds, store }: Props) {
  const { t } = useTranslation();
  const labels = useRowLabels();
  const localRef = useRef<HTMLDivElement>(null);
  const parentRef = listRef ?? localRef;
  // useFlushSync off: a scroll (the list following j/k a row at a time) renders the rows in
  // React's own next task instead of synchronously inside the scroll event, in the frame's
  // scroll step; 8 rows of overscan cover the row a key scrolls in.
  const virtualizer = useVirtualizer({ count: claims.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW, overscan: 8, initialRect: firstRect(), useFlushSync: false });
  const selectedIndex = selectedId ? claims.findIndex((c) => c.id === selectedId) : -1;
  const marking = (markedIds?.size ?? 0) > 0;

  useLayoutEffect(() => {
    if (selectedIndex < 0) return;
    // Rows are all ROW high, so whether the row is in view, and where to scroll to bring it
    // in (the nearest edge, as scrollToIndex's 'auto'), needs no layout. The virtualiser's
    // scrollToIndex read the list's scrollHeight first, a layout of the whole page forced in
    // the middle of every j/k; scrolling here, in the commit, shares the one layout that follows.
    const top = selectedIndex * ROW;
    const offset = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    const el = parentRef.current;
    if (height > 0 && top >= offset && top + ROW <= offset + height) return;
    if (!el || height <= 0) return virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    const frame = requestAnimationFrame(() => {
      el.scrollTop = top < offset ? top : top + ROW - height;
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedIndex, virtualizer, parentRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(claims.length - 1, selectedIndex + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, selectedIndex - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = claims.length - 1;
    const target = next >= 0 ? claims[next] : undefined;
    if (target) {
      event.preventDefault();
      // Shift+↑/↓ extends the chosen claims as Shift+k/j do.
      onSelect(target.id, event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp') ? 'range' : 'plain');
    }
  };

  return (
    <div
      ref={parentRef}
      className="claims-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('claimsList.label', { count: claims.length })}
      aria-multiselectable={marking || undefined}
      aria-activedescendant={selectedIndex >= 0 ? `claim-option-${claims[selectedIndex]!.id}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="claims-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const claim = claims[row.index]!;
          return (
            <ClaimRow
              key={claim.id}
              claim={claim}
              selected={claim.id === selectedId}
              marked={marking ? (markedIds?.has(claim.id) ?? false) : null}
              hasDraft={draftIds?.has(claim.id) ?? false}
              checkedBefore={checkedIds?.has(claim.id) ?? false}
              position={row.index + 1}
              count={claims.length}
              top={row.start}
              onSelect={onSelect}
              labels={labels}
              store={store}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowProps {
  claim: ClaimWithSources;
  selected: boolean;
  /** Chosen for export; null while no claim is chosen (no boxes shown). */
  marked: boolean | null;
  hasDraft: boolean;
  /** An earlier fact-check matches this claim. */
  checkedBefore: boolean;
  position: number;
  count: number;
  top: number;
  onSelect(id: string, how?: ChooseHow): void;
  labels: RowLabels;
  store?: ClaimStore;
}

interface RowLabels {
  draft: string;
  checkedBeforeMark: string;
  checkedBefore: string;
  checkworthiness: string;
  kind(kind: ClaimWithSources['kind']): string;
  verdict(verdict: ClaimWithSources['verdict']): string;
}

const howOf = (event: MouseEvent): ChooseHow => (event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'plain');

/** One row; memoised, so moving the selection re-renders the two rows it leaves and enters. */
// No translation hook of its own: rows mount as the list scrolls (one per j/k step), and each
// hook built its own copy of the i18n instance on mount.
const ClaimRow = memo(function ClaimRow({ claim: given, selected, marked, hasDraft, checkedBefore, position, count, top, onSelect, labels, store }: RowProps) {
  // A verdict written since the list rendered renders this row alone (claim-store.ts).
  const claim = useLiveClaim(store, given);
  return (
    <div
      id={`claim-option-${claim.id}`}
      role="option"
      aria-selected={selected}
      aria-checked={marked ?? undefined}
      aria-setsize={count}
      aria-posinset={position}
      className={`claims-row${selected ? ' is-selected' : ''}${marked ? ' is-marked' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      // Shift+click would otherwise select the text of the rows in between.
      onMouseDown={(event) => event.shiftKey && event.preventDefault()}
      onClick={(event) => onSelect(claim.id, howOf(event))}
    >
      {marked === null ? (
        <span className={`dot dot-${claim.verdict}`} aria-hidden="true" />
      ) : (
        <span className={`mark-box dot-${claim.verdict}`} aria-hidden="true" data-marked={marked}>
          {marked ? '✓' : ''}
        </span>
      )}
      <span className="claims-row-text">
        {hasDraft && (
          <span className="draft-mark" title={labels.draft} data-draft>
            ✎<span className="sr-only"> {labels.draft}:</span>
          </span>
        )}
        {checkedBefore && (
          <span className="checked-mark" title={labels.checkedBeforeMark} data-checked-before>
            ⟲<span className="sr-only"> {labels.checkedBefore}:</span>
          </span>
        )}
        {claim.text}
      </span>
      <span className="claims-row-claimant" title={claim.claimant ?? undefined}>{claim.claimant ?? '—'}</span>
      <span className="claims-row-kind" title={labels.kind(claim.kind)}>{labels.kind(claim.kind)}</span>
      <span className="claims-row-score" title={labels.checkworthiness}>
        {Math.round(claim.checkworthiness * 100)}
      </span>
      <span className="sr-only">{labels.verdict(claim.verdict)}</span>
    </div>
  );
});
