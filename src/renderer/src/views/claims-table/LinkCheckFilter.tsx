// All claims › Link check: only claims with a source whose last link check found it gone or
// moved, or changed (claims.list `linkCheck`).
import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { LinkCheckResult } from '../../../../shared/domain';

export type LinkCheckFilterValue = '' | 'problems' | 'changed';

export const LINK_CHECK_FILTER: Record<Exclude<LinkCheckFilterValue, ''>, LinkCheckResult[]> = {
  problems: ['gone', 'moved'],
  changed: ['changed'],
};

export function LinkCheckFilter({ value, onChange }: { value: LinkCheckFilterValue; onChange(value: LinkCheckFilterValue): void }) {
  const { t } = useTranslation('sources');
  const id = useId();
  return (
    <div className="cdv-field">
      <label htmlFor={id}>{t('filter.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as LinkCheckFilterValue)}>
        <option value="">{t('filter.any')}</option>
        <option value="problems">{t('filter.problems')}</option>
        <option value="changed">{t('filter.changed')}</option>
      </select>
    </div>
  );
}
