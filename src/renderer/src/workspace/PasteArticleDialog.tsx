import { memo, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { staysClosed } from '../lib/closed-dialog';
import { UrlField } from '../components/UrlField';
import { useTranslation } from '../i18n/use-translation';
import { LANGUAGES } from '../../../shared/constants';
import type { Language } from '../../../shared/domain';
import { ApiError, call } from '../api/client';
import { fieldErrorsOf } from '../lib/field-errors';
import { Dialog } from '../components/Dialog';
import { urlProblem } from './SourceForm';
import { isSubmitShortcut } from '../lib/keys';

const EMPTY = { title: '', url: '', publisher: '', publishedAt: '', language: '' as '' | Language, text: '' };

/** The label key of each field, for a refused field's sentence (lib/field-errors.ts). */
const PASTE_LABEL_KEY: Record<keyof typeof EMPTY, string> = { title: 'paste.articleTitle', url: 'paste.url', publisher: 'paste.publisher', publishedAt: 'paste.date', language: 'paste.language', text: 'paste.text' };
const pasteFieldOf = (path: string): keyof typeof EMPTY | null => (Object.hasOwn(PASTE_LABEL_KEY, path) ? (path as keyof typeof EMPTY) : null);

/**
 * The start of the text, enough for the title saving derives (its first lines, after a byline):
 * what is sent to import.preview while typing, so a long pasted article is not sent on each key.
 */
function titleSource(text: string): string {
  let end = 0;
  for (let lines = 0; lines < 16 && end !== -1 && end < 4000; lines++) end = text.indexOf('\n', end + 1);
  return (end === -1 ? text : text.slice(0, end)).slice(0, 4000);
}
/** Wait this long after the last change of the text's first lines before asking for the title. */
const PREVIEW_DEBOUNCE_MS = 200;

export const PasteArticleDialog = memo(PasteArticleDialogView, staysClosed);

function PasteArticleDialogView({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(articleId: string, duplicate: boolean): void }) {
  const { t, i18n } = useTranslation();
  const { t: tv } = useTranslation('views');
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The title saving would give the text (import.preview's suggestedTitle), shown in the Title
  // field until the person types a title of their own; saved as null, so the server derives it.
  const [suggested, setSuggested] = useState('');
  const [titleEdited, setTitleEdited] = useState(false);
  useEffect(() => {
    if (open) {
      setForm(EMPTY);
      setError(null);
      setSuggested('');
      setTitleEdited(false);
    }
  }, [open]);
  const head = useMemo(() => titleSource(form.text), [form.text]);
  useEffect(() => {
    if (!open || !head.trim()) {
      setSuggested('');
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      call('import.preview', { text: head }).then(
        (doc) => live && setSuggested(doc.suggestedTitle ?? ''),
        () => live && setSuggested(''),
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, head]);
  const set = (key: keyof typeof form, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const urlMessage = urlProblem(form.url, t);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.text.trim()) return setError(t('paste.textRequired'));
    if (urlMessage) return;
    setBusy(true);
    try {
      const result = await call('articles.create', {
        text: form.text,
        title: (titleEdited && form.title.trim()) || null,
        url: form.url.trim() || null,
        publisher: form.publisher.trim() || null,
        publishedAt: form.publishedAt || null,
        language: form.language || null,
      });
      onCreated(result.article.id, result.duplicate);
      onClose();
    } catch (e) {
      // A refused field in words with its label (as Settings and the import dialog say it), not the API's "Invalid input. title: …".
      if (e instanceof ApiError && e.code === 'validation' && e.issues?.length) {
        const { byField, other } = fieldErrorsOf(e.issues, { field: pasteFieldOf, label: (f) => t(PASTE_LABEL_KEY[f]), value: (f) => (f === 'title' && !titleEdited ? suggested : form[f]) }, tv, i18n.language);
        setError([...Object.values(byField), ...other].join(' '));
      } else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    // Focus starts in the article text: what one pastes first (Ctrl+V went into the one-line Title,
    // which now fills itself from the text).
    <Dialog open={open} title={t('paste.title')} onClose={onClose} className="dialog-wide" initialFocus="textarea.paste-text">
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        onKeyDown={(e) => {
          if (isSubmitShortcut(e)) {
            e.preventDefault();
            e.currentTarget.requestSubmit();
          }
        }}
      >
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('paste.articleTitle')}</label>
            <input
              id={`${id}-title`}
              value={titleEdited ? form.title : suggested}
              placeholder={suggested}
              onChange={(e) => {
                setTitleEdited(true);
                set('title', e.target.value);
              }}
            />
          </div>
          <UrlField id={`${id}-url`} label={t('paste.url')} value={form.url} onValueChange={(v) => set('url', v)} message={urlMessage} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-publisher`}>{t('paste.publisher')}</label>
            <input id={`${id}-publisher`} value={form.publisher} onChange={(e) => set('publisher', e.target.value)} />
          </div>
          <div className="field field-narrow">
            <label htmlFor={`${id}-date`}>{t('paste.date')}</label>
            <input id={`${id}-date`} type="date" value={form.publishedAt} onChange={(e) => set('publishedAt', e.target.value)} />
          </div>
          <div className="field field-narrow">
            <label htmlFor={`${id}-lang`}>{t('paste.language')}</label>
            <select id={`${id}-lang`} value={form.language} onChange={(e) => set('language', e.target.value)}>
              <option value="">{t('paste.languageDetect')}</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('paste.text')}</label>
          <textarea id={`${id}-text`} className="paste-text" rows={14} value={form.text} onChange={(e) => set('text', e.target.value)} />
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('paste.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
