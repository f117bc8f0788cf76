import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/domain';
import { formatDate } from '../lib/format';
import { ExternalLink } from './ClaimPanel';

export function ArticleHeader({ article, onExport }: { article: Article; onExport: (() => void) | null }) {
  const { t, i18n } = useTranslation();
  const meta = [article.publisher, article.author, formatDate(article.publishedAt, i18n.language), t(`language.${article.language}`)].filter(Boolean);
  return (
    <header className="article-header">
      <div className="article-header-main">
        <h1 className="article-title">{article.title}</h1>
        <p className="article-meta">
          {meta.map((m, i) => (
            <span key={i}>{m}</span>
          ))}
          {article.url && <ExternalLink url={article.url} label={t('article.openOriginal')} />}
        </p>
      </div>
      {onExport && (
        <button type="button" onClick={onExport}>
          {t('article.export')}
        </button>
      )}
    </header>
  );
}
