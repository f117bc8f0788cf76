// The verdict legend doubles as the list's filter: each verdict (unreviewed first) with how
// many claims have it; pressing one shows only those claims, pressing it again shows all.
// It keeps the highlight style of its verdict, so it still reads as the legend of the text.
import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { VERDICTS } from '../../../../shared/constants';
import type { VerdictFilter } from './queue';

// Memoised: its props do not change with the selection (j/k).
export const VerdictFilterBar = memo(function VerdictFilterBar({ value, counts, onChange }: { value: VerdictFilter; counts: Record<VerdictFilter, number>; onChange(filter: VerdictFilter): void }) {
  const { t } = useTranslation('queue');
  const { t: tw } = useTranslation();
  return (
    <span className="verdict-filter" role="group" aria-label={t('filterLabel')}>
      {VERDICTS.map((v) => (
        <button
          key={v}
          type="button"
          className={`verdict-filter-item hl hl-${v}`}
          aria-pressed={value === v}
          title={value === v ? t('showAll') : t('showOnly', { verdict: tw(`verdict.${v}`) })}
          onClick={() => onChange(value === v ? 'all' : v)}
        >
          {tw(`verdict.${v}`)} <span className="verdict-filter-count">{counts[v]}</span>
        </button>
      ))}
    </span>
  );
});
