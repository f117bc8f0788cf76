import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Article } from '../../../../shared/domain';
import { useDate } from '../../lib/use-date';
import { ExternalLink } from '../ClaimPanel';

/** What the header's buttons do; an action the host cannot offer is null and has no button. */
export interface ArticleHeaderActions {
  onEdit(): void;
  onReextract(): void;
  onDelete(): void;
  onExport: (() => void) | null;
}

/** Memoised: the workspace renders with every write; the header changes with the article only. */
export const ArticleHeader = memo(function ArticleHeader({ article, actions }: { article: Article; actions: ArticleHeaderActions }) {
  const { t, i18n } = useTranslation();
  const { t: ta } = useTranslation('articles');
  // The date shows once the first screen has painted (use-date.ts): the first date formatter is slow to make.
  const date = useDate(article.publishedAt, i18n.language);
  const meta = [article.publisher, article.author, date, t(`language.${article.language}`)].filter(Boolean);
  return (
    <header className="article-header">
      <h1 className="article-title">{article.title}</h1>
      <div className="article-header-row">
        <p className="article-meta">
          {meta.map((m, i) => (
            <span key={i}>{m}</span>
          ))}
          {article.url && <ExternalLink url={article.url} label={t('article.openOriginal')} />}
        </p>
        <div className="article-actions" role="group" aria-label={ta('actions.label')}>
          <button type="button" className="small-btn" onClick={actions.onEdit} aria-keyshortcuts="Shift+E" title={ta('shortcuts.keys.shiftE')}>
            {ta('actions.edit')}
          </button>
          <button type="button" className="small-btn" onClick={actions.onReextract} aria-keyshortcuts="Shift+R" title={ta('shortcuts.keys.shiftR')}>
            {ta('actions.reextract')}
          </button>
          {actions.onExport && (
            <button type="button" className="small-btn" onClick={actions.onExport}>
              {ta('actions.export')}
            </button>
          )}
          <button type="button" className="small-btn danger-link" onClick={actions.onDelete} aria-keyshortcuts="Shift+D" title={ta('shortcuts.keys.shiftD')}>
            {ta('actions.delete')}
          </button>
        </div>
      </div>
    </header>
  );
});
