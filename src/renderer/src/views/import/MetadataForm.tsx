// The metadata of an article about to be saved, prefilled from the import for checking.
import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { isHttpUrl } from '../../../../shared/constants';
import type { Language } from '../../../../shared/domain';

export interface ArticleMeta {
  title: string;
  author: string;
  publisher: string;
  /** YYYY-MM-DD or empty. */
  publishedAt: string;
  url: string;
  /** '' lets the app detect the language. */
  language: Language | '';
}

export function metaFrom(doc: {
  title: string | null;
  author: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  language: Language | null;
  /** The title saving would use (import.preview says which): shown prefilled and editable. */
  suggestedTitle?: string | null;
}): ArticleMeta {
  const date = doc.publishedAt?.slice(0, 10) ?? '';
  return {
    title: doc.title ?? doc.suggestedTitle ?? '',
    author: doc.author ?? '',
    publisher: doc.publisher ?? '',
    publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
    url: doc.url ?? '',
    language: doc.language ?? '',
  };
}

export const metaProblems = (meta: ArticleMeta) => ({ url: meta.url.trim() !== '' && !isHttpUrl(meta.url.trim()) });

export function MetadataForm({ meta, onChange, disabled }: { meta: ArticleMeta; onChange(meta: ArticleMeta): void; disabled?: boolean }) {
  const { t } = useTranslation('views');
  const id = useId();
  const set = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K]) => onChange({ ...meta, [key]: value });
  const problems = metaProblems(meta);
  const fid = (key: string) => `${id}-${key}`;
  return (
    <fieldset className="cdv-form" disabled={disabled} aria-label={t('import.metadata')}>
      <div className="cdv-field cdv-field--full">
        <label htmlFor={fid('title')}>{t('import.fieldTitle')}</label>
        <input id={fid('title')} type="text" value={meta.title} maxLength={1000} onChange={(e) => set('title', e.target.value)} />
      </div>
      <div className="cdv-field">
        <label htmlFor={fid('author')}>{t('import.fieldAuthor')}</label>
        <input id={fid('author')} type="text" value={meta.author} maxLength={500} onChange={(e) => set('author', e.target.value)} />
      </div>
      <div className="cdv-field">
        <label htmlFor={fid('publisher')}>{t('import.fieldPublisher')}</label>
        <input id={fid('publisher')} type="text" value={meta.publisher} maxLength={500} onChange={(e) => set('publisher', e.target.value)} />
      </div>
      <div className="cdv-field">
        <label htmlFor={fid('published')}>{t('import.fieldPublished')}</label>
        <input id={fid('published')} type="date" value={meta.publishedAt} onChange={(e) => set('publishedAt', e.target.value)} />
      </div>
      <div className="cdv-field">
        <label htmlFor={fid('language')}>{t('import.fieldLanguage')}</label>
        <select id={fid('language')} value={meta.language} onChange={(e) => set('language', e.target.value as ArticleMeta['language'])}>
          <option value="">{t('import.languageAuto')}</option>
          <option value="de">{t('import.languageDe')}</option>
          <option value="en">{t('import.languageEn')}</option>
        </select>
      </div>
      <div className="cdv-field cdv-field--full">
        <label htmlFor={fid('url')}>{t('import.fieldUrl')}</label>
        <input
          id={fid('url')}
          type="url"
          value={meta.url}
          maxLength={2048}
          aria-invalid={problems.url}
          aria-describedby={problems.url ? fid('url-problem') : undefined}
          onChange={(e) => set('url', e.target.value)}
        />
        {problems.url && (
          <span id={fid('url-problem')} className="cdv-field__invalid">
            {t('import.urlInvalid')}
          </span>
        )}
      </div>
    </fieldset>
  );
}
