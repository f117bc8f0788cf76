// Settings › Sources: check every source's link now (sources.check: politely, 2 requests per
// second per site at most), then say how many are unchanged, changed, moved, gone or failed.
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { LINK_CHECK_RESULTS } from '../../../../shared/constants';
import { call } from '../../api/client';

export function CheckSourcesSection() {
  const { t } = useTranslation('sources');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'running' } | { kind: 'done'; text: string } | { kind: 'error'; text: string }>({ kind: 'idle' });

  const check = async () => {
    setState({ kind: 'running' });
    try {
      const { sources } = await call('sources.check', {});
      if (sources.length === 0) return setState({ kind: 'done', text: t('settings.none') });
      const summary = LINK_CHECK_RESULTS.map((r) => [r, sources.filter((s) => s.result === r).length] as const)
        .filter(([, n]) => n > 0)
        .map(([r, n]) => `${n} × ${t(`linkCheck.${r}`)}`)
        .join(', ');
      setState({ kind: 'done', text: t('settings.result', { count: sources.length, summary }) });
    } catch (e) {
      setState({ kind: 'error', text: (e as Error).message });
    }
  };

  return (
    <fieldset className="settings-sources">
      <legend>{t('settings.heading')}</legend>
      <button type="button" onClick={() => void check()} disabled={state.kind === 'running'}>
        {t('settings.check')}
      </button>
      {state.kind === 'running' && (
        <p className="muted small" role="status">
          {t('settings.checking')}
        </p>
      )}
      {state.kind === 'done' && (
        <p className="notice" role="status">
          {state.text}
        </p>
      )}
      {state.kind === 'error' && (
        <p className="field-error" role="alert">
          {state.text}
        </p>
      )}
    </fieldset>
  );
}
