// Edit details: title, outlet, author, publication date, URL and language of an article. Only
// the fields changed are sent (a stored date with a time stays as it is unless it is edited);
// the contract validates them, and a refusal shows next to the form, changing nothing.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ArticleSummary } from '../../../../shared/domain';
import { LANGUAGES } from '../../../../shared/constants';
import type { Language } from '../../../../shared/domain';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { UrlField } from '../../components/UrlField';
import { isSubmitShortcut } from '../../lib/keys';
import { urlProblem } from '../SourceForm';

type Fields = { title: string; publisher: string; author: string; publishedAt: string; url: string; language: Language };

function fieldsOf(article: ArticleSummary): Fields {
  return {
    title: article.title,
    publisher: article.publisher ?? '',
    author: article.author ?? '',
    publishedAt: article.publishedAt?.slice(0, 10) ?? '',
    url: article.url ?? '',
    language: article.language,
  };
}

interface Props {
  article: ArticleSummary | null;
  onClose(): void;
  onSaved(article: ArticleSummary, languageChanged: boolean): void;
}

export function ArticleDetailsDialog({ article, onClose, onSaved }: Props) {
  const { t } = useTranslation('articles');
  return (
    <Dialog open={article !== null} title={t('edit.title')} onClose={onClose} className="dialog-article-details">
      {/* Keyed: each opening starts from the article as it is now. */}
      {article && <DetailsForm key={`${article.id}:${JSON.stringify(fieldsOf(article))}`} article={article} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function DetailsForm({ article, onClose, onSaved }: Props & { article: ArticleSummary }) {
  const { t } = useTranslation('articles');
  const { t: tw } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<Fields>(() => fieldsOf(article));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setForm((f) => ({ ...f, [key]: value }));
  // The source form's check, in words about an article's address.
  const urlMessage = urlProblem(form.url, (key) => (key === 'source.urlScheme' ? t('edit.urlScheme') : tw(key)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (urlMessage) return;
    const before = fieldsOf(article);
    const changed = (key: keyof Fields) => form[key].trim() !== before[key].trim();
    const orNull = (value: string) => value.trim() || null;
    const patch = {
      ...(changed('title') && { title: orNull(form.title) }),
      ...(changed('publisher') && { publisher: orNull(form.publisher) }),
      ...(changed('author') && { author: orNull(form.author) }),
      ...(changed('publishedAt') && { publishedAt: orNull(form.publishedAt) }),
      ...(changed('url') && { url: orNull(form.url) }),
      ...(changed('language') && { language: form.language }),
    };
    setBusy(true);
    setError(null);
    try {
      const saved = await call('articles.update', { id: article.id, ...patch });
      onSaved(saved, changed('language'));
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
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
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('edit.articleTitle')}</label>
        <input id={`${id}-title`} value={form.title} maxLength={1000} onChange={(e) => set('title', e.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-publisher`}>{t('edit.publisher')}</label>
          <input id={`${id}-publisher`} value={form.publisher} maxLength={500} onChange={(e) => set('publisher', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`}>{t('edit.author')}</label>
          <input id={`${id}-author`} value={form.author} maxLength={500} onChange={(e) => set('author', e.target.value)} />
        </div>
      </div>
      <div className="field-row">
        <div className="field field-narrow">
          <label htmlFor={`${id}-date`}>{t('edit.date')}</label>
          <input id={`${id}-date`} type="date" value={form.publishedAt} onChange={(e) => set('publishedAt', e.target.value)} />
        </div>
        <div className="field field-narrow">
          <label htmlFor={`${id}-lang`}>{t('edit.language')}</label>
          <select id={`${id}-lang`} value={form.language} aria-describedby={`${id}-lang-hint`} onChange={(e) => set('language', e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {tw(`language.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <p id={`${id}-lang-hint`} className="muted small field-hint">
          {t('edit.languageHint')}
        </p>
      </div>
      <UrlField id={`${id}-url`} label={t('edit.url')} value={form.url} onValueChange={(v) => set('url', v)} message={urlMessage} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('edit.save')}
        </button>
        <button type="button" onClick={onClose}>
          {tw('common:cancel')}
        </button>
        <span className="muted small">{tw('shortcuts.keys.ctrlEnter')}</span>
      </div>
    </form>
  );
}
