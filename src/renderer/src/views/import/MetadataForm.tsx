// The metadata of an article about to be saved, prefilled from the import for checking.
import { useEffect, useId, useRef } from 'react';
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

/** The label key of each field, for its input and for a refused field's sentence (lib/field-errors.ts). */
export const META_LABEL_KEY: Record<keyof ArticleMeta, string> = {
  title: 'import.fieldTitle',
  author: 'import.fieldAuthor',
  publisher: 'import.fieldPublisher',
  publishedAt: 'import.fieldPublished',
  url: 'import.fieldUrl',
  language: 'import.fieldLanguage',
};
/** The form field an articles.create path belongs to, or null ("text" is not in this form). */
export const metaFieldOf = (path: string): keyof ArticleMeta | null => (Object.hasOwn(META_LABEL_KEY, path) ? (path as keyof ArticleMeta) : null);

/** Refused fields' sentences, each shown under its field (from the last save; a field edited loses its sentence). */
export type MetaErrors = Partial<Record<keyof ArticleMeta, string>>;

export function MetadataForm({
  meta,
  onChange,
  disabled,
  errors = {},
  refusals = 0,
}: {
  meta: ArticleMeta;
  onChange(meta: ArticleMeta, edited: keyof ArticleMeta): void;
  disabled?: boolean;
  errors?: MetaErrors;
  /** How many saves were refused so far: each new one moves the focus to the first refused field. */
  refusals?: number;
}) {
  const { t } = useTranslation('views');
  const id = useId();
  const set = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K]) => onChange({ ...meta, [key]: value }, key);
  const problems = metaProblems(meta);
  const fid = (key: string) => `${id}-${key}`;
  /** aria for a field the last save refused, and its sentence under it. */
  const refused = (key: keyof ArticleMeta) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': fid(`${key}-error`) } : {});
  // A save refused: the first refused field takes the focus (its sentence is its description).
  const form = useRef<HTMLFieldSetElement>(null);
  const firstRefused = (Object.keys(META_LABEL_KEY) as Array<keyof ArticleMeta>).find((key) => errors[key]);
  useEffect(() => {
    if (firstRefused) form.current?.querySelector<HTMLElement>(`[aria-describedby="${fid(`${firstRefused}-error`)}"]`)?.focus();
    // Only when a save's refusal arrives, not on every key typed.
  }, [refusals]);
  const refusal = (key: keyof ArticleMeta) =>
    errors[key] ? (
      <span id={fid(`${key}-error`)} className="cdv-field__invalid" role="alert">
        {errors[key]}
      </span>
    ) : null;
  return (
    <fieldset ref={form} className="cdv-form" disabled={disabled} aria-label={t('import.metadata')}>
      <div className="cdv-field cdv-field--full">
        <label htmlFor={fid('title')}>{t('import.fieldTitle')}</label>
        <input id={fid('title')} type="text" value={meta.title} maxLength={1000} onChange={(e) => set('title', e.target.value)} {...refused('title')} />
        {refusal('title')}
      </div>
      <div className="cdv-field">
        <label htmlFor={fid('author')}>{t('import.fieldAuthor')}</label>
        <input id={fid('author')} type="text" value={meta.author} maxLength={500} onChange={(e) => set('author', e.target.value)} {...refused('author')} />
        {refusal('author')}
      </div>
      <div className="cdv-field">
        <label htmlFor={fid('publisher')}>{t('import.fieldPublisher')}</label>
        <input id={fid('publisher')} type="text" value={meta.publisher} maxLength={500} onChange={(e) => set('publisher', e.target.value)} {...refused('publisher')} />
        {refusal('publisher')}
      </div>
      <div className="cdv-field">
        <label htmlFor={fid('published')}>{t('import.fieldPublished')}</label>
        <input id={fid('published')} type="date" value={meta.publishedAt} onChange={(e) => set('publishedAt', e.target.value)} {...refused('publishedAt')} />
        {refusal('publishedAt')}
      </div>
      <div className="cdv-field">
        <label htmlFor={fid('language')}>{t('import.fieldLanguage')}</label>
        <select id={fid('language')} value={meta.language} onChange={(e) => set('language', e.target.value as ArticleMeta['language'])} {...refused('language')}>
          <option value="">{t('import.languageAuto')}</option>
          <option value="de">{t('import.languageDe')}</option>
          <option value="en">{t('import.languageEn')}</option>
        </select>
        {refusal('language')}
      </div>
      <div className="cdv-field cdv-field--full">
        <label htmlFor={fid('url')}>{t('import.fieldUrl')}</label>
        <input
          id={fid('url')}
          type="url"
          value={meta.url}
          maxLength={2048}
          aria-invalid={problems.url || Boolean(errors.url)}
          aria-describedby={problems.url ? fid('url-problem') : errors.url ? fid('url-error') : undefined}
          onChange={(e) => set('url', e.target.value)}
        />
        {!problems.url && refusal('url')}
        {problems.url && (
          <span id={fid('url-problem')} className="cdv-field__invalid">
            {t('import.urlInvalid')}
          </span>
        )}
      </div>
    </fieldset>
  );
}
