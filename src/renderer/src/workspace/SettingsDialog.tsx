import { useEffect, useId, useState, type FormEvent } from 'react';
import { UrlField } from '../components/UrlField';
import { useTranslation } from 'react-i18next';
import type { Settings, UiLanguage } from '../../../shared/domain';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { urlProblem } from './SourceForm';

export function SettingsDialog({ open, settings, onClose, onSaved }: { open: boolean; settings: Settings | null; onClose(): void; onSaved(settings: Settings): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState({ reviewerName: '', uiLanguage: '' as '' | UiLanguage, organisationName: '', organisationUrl: '', methodology: '' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open && settings) {
      setForm({
        reviewerName: settings.reviewerName ?? '',
        uiLanguage: settings.uiLanguage ?? '',
        organisationName: settings.organisationName ?? '',
        organisationUrl: settings.organisationUrl ?? '',
        methodology: settings.methodology ?? '',
      });
      setError(null);
    }
  }, [open, settings]);
  const urlMessage = urlProblem(form.organisationUrl, t);
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (urlMessage) return;
    try {
      const saved = await call('settings.set', {
        reviewerName: form.reviewerName.trim() || null,
        uiLanguage: form.uiLanguage || null,
        organisationName: form.organisationName.trim() || null,
        organisationUrl: form.organisationUrl.trim() || null,
        methodology: form.methodology.trim() || null,
      });
      onSaved(saved);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Dialog open={open} title={t('settings.title')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('settings.reviewerName')}</label>
            <input id={`${id}-name`} value={form.reviewerName} onChange={(e) => set('reviewerName', e.target.value)} />
          </div>
          <div className="field field-narrow">
            <label htmlFor={`${id}-lang`}>{t('settings.language')}</label>
            <select id={`${id}-lang`} value={form.uiLanguage} onChange={(e) => set('uiLanguage', e.target.value)}>
              <option value="">{t('settings.languageSystem')}</option>
              <option value="en">English</option>
              <option value="de">Deutsch</option>
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-org`}>{t('settings.organisationName')}</label>
            <input id={`${id}-org`} value={form.organisationName} onChange={(e) => set('organisationName', e.target.value)} />
          </div>
          <UrlField
            id={`${id}-orgurl`}
            label={t('settings.organisationUrl')}
            value={form.organisationUrl}
            onValueChange={(v) => set('organisationUrl', v)}
            message={urlMessage}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-method`}>{t('settings.methodology')}</label>
          <textarea id={`${id}-method`} rows={5} value={form.methodology} onChange={(e) => set('methodology', e.target.value)} />
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={Boolean(urlMessage)}>
            {t('common:save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
