// The All claims view's "checked before" filter. Turning it on first matches every claim the
// library has not answered for yet (factchecks.flagClaims), then the table filters on the answers.
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { call } from '../../api/client';
import './factchecks.css';

export function CheckedBeforeFilter({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useTranslation('factchecks');
  const [busy, setBusy] = useState(false);
  const toggle = async (on: boolean) => {
    if (!on) return onChange(false);
    setBusy(true);
    try {
      await call('factchecks.flagClaims', {});
    } finally {
      setBusy(false);
    }
    onChange(true);
  };
  return (
    <label className="cdv-field fc-filter">
      {/* Shown checked at once (the filter applies when matching is done), so the click is seen. */}
      <input type="checkbox" checked={checked || busy} aria-busy={busy} onChange={(e) => void (busy ? undefined : toggle(e.target.checked))} />
      <span>{busy ? t('filterBusy') : t('filter')}</span>
    </label>
  );
}
