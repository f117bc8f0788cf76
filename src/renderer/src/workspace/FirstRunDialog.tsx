import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Dialog } from '../components/Dialog';

/**
 * The first-run question (the reviewer's name). It opens by itself at start, with nothing focused
 * before it: when it closes, focus goes to where the reviewer works (focusOnClose, the claims),
 * so j/k and the verdict keys work at once.
 */
export function FirstRunDialog({ open, onSave, onLater, focusOnClose }: { open: boolean; onSave(name: string): Promise<void>; onLater(): void; focusOnClose?: () => boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('firstRun.required'));
    try {
      await onSave(name.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Dialog open={open} title={t('firstRun.title')} onClose={onLater} className="dialog-small" focusOnClose={focusOnClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('firstRun.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('settings.reviewerName')}</label>
          <input id={`${id}-name`} value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} aria-describedby={error ? `${id}-err` : undefined} />
          {error && (
            <p id={`${id}-err`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('firstRun.save')}
          </button>
          <button type="button" onClick={onLater}>
            {t('firstRun.later')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
