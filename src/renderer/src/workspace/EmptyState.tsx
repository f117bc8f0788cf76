import { useTranslation } from '../i18n/use-translation';

export function EmptyState({ onSample, onPaste, busy }: { onSample(): void; onPaste(): void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <h1>{t('empty.title')}</h1>
      <p>{t('empty.body')}</p>
      <div className="form-actions center">
        <button type="button" className="primary" onClick={onSample} disabled={busy}>
          {t('empty.sample')}
        </button>
        <button type="button" onClick={onPaste}>
          {t('empty.paste')}
        </button>
      </div>
    </div>
  );
}
