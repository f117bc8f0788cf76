// Settings: reviewer name, language, organisation and a methodology note per report language. Nothing typed here is
// ever dropped silently: an address without a scheme gets https:// (and says so), Save stays
// reachable and explains what to fix, and closing with changes asks first.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { UrlField } from '../components/UrlField';
import { useTranslation } from '../i18n/use-translation';
import type { Settings, UiLanguage } from '../../../shared/domain';
import { DEFAULT_METHODOLOGY } from '../../../shared/constants';
import { ApiError, call } from '../api/client';
import { fieldErrorsOf } from '../lib/field-errors';
import { Dialog } from '../components/Dialog';
import { CheckSourcesSection } from './sources/CheckSourcesSection';
import { TeamServerSection } from '../views/team/TeamServerSection';
import { isDesktop } from '../api/client';
import { urlProblem } from './SourceForm';
import { withScheme } from '../lib/url-input';

type Form = { reviewerName: string; uiLanguage: '' | UiLanguage; organisationName: string; organisationUrl: string; methodologyEn: string; methodologyDe: string };

type FieldErrors = Partial<Record<keyof Form, string>>;

/** The form field of a settings.set input path (methodologyNotes.de → methodologyDe). */
function fieldOfPath(path: string): keyof Form | null {
  const [head, language] = path.split('.');
  if (head === 'methodologyNotes' || head === 'methodology') return language === 'de' ? 'methodologyDe' : 'methodologyEn';
  return head === 'reviewerName' || head === 'organisationName' || head === 'organisationUrl' || head === 'uiLanguage' ? head : null;
}

const LABEL_KEY: Record<keyof Form, string> = {
  reviewerName: 'settings.reviewerName',
  uiLanguage: 'settings.language',
  organisationName: 'settings.organisationName',
  organisationUrl: 'settings.organisationUrl',
  methodologyEn: 'settings.methodologyEn',
  methodologyDe: 'settings.methodologyDe',
};

const EMPTY_FORM: Form = { reviewerName: '', uiLanguage: '', organisationName: '', organisationUrl: '', methodologyEn: '', methodologyDe: '' };

function formOf(settings: Settings | null): Form {
  if (!settings) return EMPTY_FORM;
  return {
    reviewerName: settings.reviewerName ?? '',
    uiLanguage: settings.uiLanguage ?? '',
    organisationName: settings.organisationName ?? '',
    organisationUrl: settings.organisationUrl ?? '',
    methodologyEn: settings.methodologyNotes.en ?? '',
    methodologyDe: settings.methodologyNotes.de ?? '',
  };
}

export function SettingsDialog({ open, settings, onClose, onSaved }: { open: boolean; settings: Settings | null; onClose(): void; onSaved(settings: Settings): void }) {
  const { t, i18n } = useTranslation();
  const { t: tv } = useTranslation('views');
  const id = useId();
  const [form, setForm] = useState<Form>(EMPTY_FORM);
  const [initial, setInitial] = useState<Form>(EMPTY_FORM);
  const [error, setError] = useState<string | null>(null);
  /** What the last save refused, field by field, in the UI's language; a field's sentence goes when it is edited. */
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  /** The address as typed before https:// was added, while the field still holds the result. */
  const [schemeAddedTo, setSchemeAddedTo] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const urlRef = useRef<HTMLInputElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) {
      const current = formOf(settings);
      setForm(current);
      setInitial(current);
      setError(null);
      setFieldErrors({});
      setSchemeAddedTo(null);
      setConfirming(false);
    }
  }, [open, settings]);

  const dirty = (Object.keys(form) as (keyof Form)[]).some((key) => form[key].trim() !== initial[key].trim());
  // The address is judged as it will be saved (with https:// added where it was left out).
  const urlMessage = urlProblem(withScheme(form.organisationUrl), t);
  const set = (key: keyof Form, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setFieldErrors((errors) => (errors[key] === undefined ? errors : { ...errors, [key]: undefined }));
    if (key === 'organisationUrl') setSchemeAddedTo(null);
  };

  const completeUrl = (): string => {
    const completed = withScheme(form.organisationUrl);
    if (completed !== form.organisationUrl.trim()) {
      setSchemeAddedTo(form.organisationUrl.trim());
      setForm((f) => ({ ...f, organisationUrl: completed }));
    }
    return completed;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const url = completeUrl();
    if (urlProblem(url, t)) {
      // Keep everything typed; say what to fix and go there.
      setConfirming(false);
      urlRef.current?.focus();
      return;
    }
    try {
      const saved = await call('settings.set', {
        reviewerName: form.reviewerName.trim() || null,
        uiLanguage: form.uiLanguage || null,
        organisationName: form.organisationName.trim() || null,
        organisationUrl: url || null,
        methodologyNotes: { en: form.methodologyEn.trim() || null, de: form.methodologyDe.trim() || null },
      });
      onSaved(saved);
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'validation' && e.issues?.length) {
        const { byField, other } = fieldErrorsOf(e.issues, { field: fieldOfPath, label: (field) => t(LABEL_KEY[field]), value: (field) => form[field] }, tv, i18n.language);
        setFieldErrors(byField);
        setError(other.length ? other.join(' ') : null);
        return;
      }
      setFieldErrors({});
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  /** Cancel, Escape and the close button: with changes, ask first. */
  const requestClose = () => {
    if (!dirty) return onClose();
    setConfirming(true);
    window.setTimeout(() => saveRef.current?.focus(), 0);
  };
  const requestCloseRef = useRef(requestClose);
  requestCloseRef.current = requestClose;

  // With changes, Escape asks here before it reaches the native <dialog>: Chromium closes a
  // dialog on a second Escape even when its cancel event is prevented, which would drop them.
  useEffect(() => {
    if (!open || !dirty) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      requestCloseRef.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [open, dirty]);

  /** A field the last save refused: marked invalid and described by its sentence. */
  const invalid = (key: keyof Form) => (fieldErrors[key] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${key}-error` } : {});

  return (
    <Dialog open={open} title={t('settings.title')} onClose={requestClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('settings.reviewerName')}</label>
            <input id={`${id}-name`} value={form.reviewerName} onChange={(e) => set('reviewerName', e.target.value)} {...invalid('reviewerName')} />
            <FieldError id={`${id}-reviewerName-error`} message={fieldErrors.reviewerName} />
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
            <input id={`${id}-org`} value={form.organisationName} onChange={(e) => set('organisationName', e.target.value)} {...invalid('organisationName')} />
            <FieldError id={`${id}-organisationName-error`} message={fieldErrors.organisationName} />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 }}>
            <UrlField
              ref={urlRef}
              id={`${id}-orgurl`}
              label={t('settings.organisationUrl')}
              value={form.organisationUrl}
              onValueChange={(v) => set('organisationUrl', v)}
              onBlur={() => completeUrl()}
              message={fieldErrors.organisationUrl ?? urlMessage}
            />
            {schemeAddedTo !== null && !urlMessage && (
              <p className="notice" role="status" data-testid="scheme-added">
                {tv('settings.schemeAdded', { typed: schemeAddedTo })}
              </p>
            )}
          </div>
        </div>
        {/* One note per report language (a German report never carries an English note); the
            note of the UI's language first. Empty, the report carries the default shown. */}
        {(i18n.language.startsWith('de') ? (['de', 'en'] as const) : (['en', 'de'] as const)).map((language) => {
          const key = language === 'de' ? 'methodologyDe' : 'methodologyEn';
          return (
            <div className="field" key={language}>
              <label htmlFor={`${id}-method-${language}`}>{t(`settings.${key}`)}</label>
              <textarea
                id={`${id}-method-${language}`}
                lang={language}
                rows={4}
                value={form[key]}
                placeholder={DEFAULT_METHODOLOGY[language]}
                aria-describedby={fieldErrors[key] ? `${id}-${key}-error ${id}-method-hint` : `${id}-method-hint`}
                aria-invalid={fieldErrors[key] ? true : undefined}
                onChange={(e) => set(key, e.target.value)}
              />
              <FieldError id={`${id}-${key}-error`} message={fieldErrors[key]} />
            </div>
          );
        })}
        <p className="muted small" id={`${id}-method-hint`}>
          {t('settings.methodologyDefault')}
        </p>
        <CheckSourcesSection />
        {isDesktop && <TeamServerSection />}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {confirming && (
          <p className="hint" role="alert">
            {tv('settings.unsaved')}
          </p>
        )}
        <div className="form-actions">
          <button ref={saveRef} type="submit" className="primary">
            {t('common:save')}
          </button>
          {confirming ? (
            <>
              <button type="button" className="danger-link" onClick={onClose}>
                {tv('settings.discard')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  saveRef.current?.focus();
                }}
              >
                {tv('settings.keepEditing')}
              </button>
            </>
          ) : (
            <button type="button" onClick={requestClose}>
              {t('common:cancel')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}

/** The sentence for a field the last save refused (nothing when there is none). */
function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}
