// Add or edit a source: URL (http/https only, checked as you type), title, publisher, stance,
// excerpt, archived copy and accessed date (today by default). Enter or Ctrl+Enter adds it;
// Escape is the workspace's (it closes the form and leaves the field).
import { UrlField } from '../components/UrlField';
import { forwardRef, useId, useImperativeHandle, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { STANCES, isHttpUrl } from '../../../shared/constants';
import type { Source, Stance } from '../../../shared/domain';
import { todayIso } from '../lib/format';
import { isSubmitShortcut } from '../lib/keys';
import { withScheme } from '../lib/url-input';

export interface SourceDraft {
  url: string;
  title: string;
  publisher: string;
  stance: Stance;
  excerpt: string;
  archivedUrl: string;
  accessedAt: string;
}

export interface SourceFormHandle {
  focusUrl(): void;
}

interface Props {
  source?: Source;
  /** The stance a new source starts with (a disputed claim's source most often refutes it). */
  defaultStance?: Stance;
  busy?: boolean;
  error?: string | null;
  onSubmit(draft: SourceDraft): void;
  onCancel(): void;
}

/** A message for a URL field, or null when it is fine (empty is fine for optional fields). */
export function urlProblem(value: string, t: (key: string) => string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (/^\s*(javascript|data|vbscript|file):/i.test(trimmed)) return t('source.urlScheme');
  if (!isHttpUrl(trimmed)) return t('source.urlInvalid');
  return null;
}

export const SourceForm = forwardRef<SourceFormHandle, Props>(function SourceForm({ source, defaultStance = 'supports', busy, error, onSubmit, onCancel }, ref) {
  const { t } = useTranslation();
  const id = useId();
  const urlRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      focusUrl: () => {
        // The whole form into view (on a short screen it opens below the fold), then the URL.
        formRef.current?.scrollIntoView({ block: 'nearest' });
        urlRef.current?.focus({ preventScroll: true });
      },
    }),
    [],
  );
  const [draft, setDraft] = useState<SourceDraft>(() => ({
    url: source?.url ?? '',
    title: source?.title ?? '',
    publisher: source?.publisher ?? '',
    stance: source?.stance ?? defaultStance,
    excerpt: source?.excerpt ?? '',
    archivedUrl: source?.archivedUrl ?? '',
    accessedAt: source?.accessedAt?.slice(0, 10) ?? todayIso(),
  }));
  /** An address typed without https:// (as in Settings): what was typed, while the field holds it completed. */
  const [schemeAddedTo, setSchemeAddedTo] = useState<{ url?: string; archivedUrl?: string }>({});
  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (key === 'url' || key === 'archivedUrl') setSchemeAddedTo((added) => ({ ...added, [key]: undefined }));
  };
  // Judged as they will be added: "example.org/page" gets https:// (on leaving the field, or on adding).
  const urlMessage = urlProblem(withScheme(draft.url), t);
  const archivedMessage = urlProblem(withScheme(draft.archivedUrl), t);
  const canSubmit = !busy && draft.url.trim() !== '' && !urlMessage && !archivedMessage;

  /** Adds https:// to the field's address where it was left out, says so, and returns the draft as it now is. */
  const complete = (key: 'url' | 'archivedUrl', from: SourceDraft = draft): SourceDraft => {
    const completed = withScheme(from[key]);
    if (completed === from[key].trim() || !completed.startsWith('https://')) return from;
    setSchemeAddedTo((added) => ({ ...added, [key]: from[key].trim() }));
    const next = { ...from, [key]: completed };
    setDraft(next);
    return next;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSubmit) onSubmit(complete('archivedUrl', complete('url')));
  };
  // Said in the field's own message line: a note that appeared below it on leaving the field
  // moved the Add button from under a pointer already pressing it (the click was lost).
  const schemeNote = (key: 'url' | 'archivedUrl') => (schemeAddedTo[key] !== undefined ? t('source.schemeAdded', { typed: schemeAddedTo[key] }) : null);

  return (
    <form
      ref={formRef}
      className="source-form"
      noValidate
      onSubmit={submit}
      aria-label={source ? t('source.editTitle') : t('source.addTitle')}
      onKeyDown={(e) => {
        if (isSubmitShortcut(e)) {
          // Ours, not the claim panel's save.
          e.preventDefault();
          e.stopPropagation();
          formRef.current?.requestSubmit();
        }
      }}
    >
      <UrlField
        ref={urlRef}
        id={`${id}-url`}
        label={t('source.url')}
        value={draft.url}
        onValueChange={(v) => set('url', v)}
        message={urlMessage}
        note={schemeNote('url')}
        onBlur={() => complete('url')}
        required
        autoComplete="off"
        data-source-url
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('source.title')}</label>
          <input id={`${id}-title`} value={draft.title} onChange={(e) => set('title', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-publisher`}>{t('source.publisher')}</label>
          <input id={`${id}-publisher`} value={draft.publisher} onChange={(e) => set('publisher', e.target.value)} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-stance`}>{t('source.stance')}</label>
          <select id={`${id}-stance`} value={draft.stance} onChange={(e) => set('stance', e.target.value as Stance)}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {t(`stance.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-accessed`}>{t('source.accessedAt')}</label>
          <input id={`${id}-accessed`} type="date" value={draft.accessedAt} onChange={(e) => set('accessedAt', e.target.value)} />
        </div>
      </div>
      <UrlField
        id={`${id}-archived`}
        label={t('source.archivedUrl')}
        value={draft.archivedUrl}
        onValueChange={(v) => set('archivedUrl', v)}
        message={archivedMessage}
        note={schemeNote('archivedUrl')}
        onBlur={() => complete('archivedUrl')}
        placeholder="https://web.archive.org/…"
      />
      <div className="field">
        <label htmlFor={`${id}-excerpt`}>{t('source.excerpt')}</label>
        <textarea id={`${id}-excerpt`} rows={3} value={draft.excerpt} onChange={(e) => set('excerpt', e.target.value)} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!canSubmit}>
          {source ? t('source.saveEdit') : t('source.saveAdd')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
});
