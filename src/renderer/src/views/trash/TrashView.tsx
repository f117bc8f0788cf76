// The trash: deleted articles with their claim counts, when each was deleted and when it will be
// deleted for good. Restore brings one back as it was; Empty trash (after a confirmation)
// deletes them all for good.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { TRASH_DAYS } from '../../../../shared/constants';
import type { TrashedArticle } from '../../../../shared/contract';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { formatDate } from '../../lib/format';
import { useWorkspace } from '../../state';
import './trash.css';

export function TrashView({ announce }: { announce(message: string): void }) {
  const { t, i18n } = useTranslation('articles');
  const { t: tw } = useTranslation();
  const { articlesVersion, refreshArticles, openClaim } = useWorkspace();
  const titleId = useId();
  const [articles, setArticles] = useState<TrashedArticle[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    call('articles.listTrash', {})
      .then((list) => {
        setArticles(list);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(load, [load, articlesVersion]);

  const restore = async (article: TrashedArticle) => {
    try {
      await call('articles.restore', { id: article.id });
      announce(t('delete.restored', { title: article.title }));
      refreshArticles();
      openClaim(article.id, null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const emptyTrash = async () => {
    setBusy(true);
    try {
      const { removed } = await call('articles.emptyTrash', { ids: (articles ?? []).map((a) => a.id) });
      setConfirming(false);
      announce(t('trash.emptied', { count: removed }));
      load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const lang = i18n.language;
  return (
    <section className="trash-view" aria-labelledby={titleId}>
      <header className="trash-bar">
        <h2 id={titleId}>{t('trash.title')}</h2>
        <p className="muted small">{t('trash.intro', { days: TRASH_DAYS })}</p>
        <span className="spacer" />
        <button type="button" className="danger-link" disabled={!articles?.length} onClick={() => setConfirming(true)}>
          {t('trash.emptyTrash')}
        </button>
      </header>
      {error && (
        <p className="field-error pad" role="alert">
          {error}
        </p>
      )}
      {articles && articles.length === 0 && <p className="muted pad">{t('trash.empty')}</p>}
      {articles && articles.length > 0 && (
        <ul className="trash-list">
          {articles.map((a) => {
            const reviewed = a.counts.verified + a.counts.disputed + a.counts.inconclusive;
            return (
              <li key={a.id} className="trash-row">
                <div className="trash-row-main">
                  <span className="trash-row-title">{a.title}</span>
                  <span className="trash-row-meta">
                    {[a.publisher, t('trash.claims', { count: a.claimCount }), reviewed ? t('trash.reviewed', { count: reviewed }) : null].filter(Boolean).join(' · ')}
                  </span>
                </div>
                <span className="trash-row-when">
                  {t('trash.deletedOn', { date: formatDate(a.deletedAt, lang) })}
                  <span className="muted"> · {t('trash.purgeOn', { date: formatDate(a.purgeAt, lang) })}</span>
                </span>
                <button type="button" className="small-btn" onClick={() => void restore(a)} aria-label={t('trash.restoreNamed', { title: a.title })}>
                  {t('trash.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Dialog open={confirming} title={t('trash.confirmTitle')} onClose={() => setConfirming(false)} closable={!busy} initialFocus=".trash-cancel">
        <p className="dialog-text">{t('trash.confirmBody', { count: articles?.length ?? 0 })}</p>
        <div className="form-actions">
          <button type="button" className="danger" disabled={busy} onClick={() => void emptyTrash()}>
            {t('trash.confirm')}
          </button>
          <button type="button" className="trash-cancel" disabled={busy} onClick={() => setConfirming(false)}>
            {tw('common:cancel')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
