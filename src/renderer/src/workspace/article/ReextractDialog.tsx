// Re-extract: says what will be kept, runs extraction again, then says what it added and removed
// (the claims themselves, not only how many), so nothing changes without a word.
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { TFunction } from 'i18next';
import type { MethodResult } from '../../../../shared/contract';
import type { ArticleSummary } from '../../../../shared/domain';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';

export type ReextractResult = MethodResult<'articles.reextract'>;

/** What a re-extraction did, in a sentence (the dialog shows it, the live region says it). */
export function reextractSummary(t: TFunction<'articles'>, result: ReextractResult): string {
  const changed = result.added + result.removed + result.updated > 0;
  return t(changed ? 'reextract.summary' : 'reextract.unchanged', { ...result, count: result.kept });
}

interface Props {
  article: ArticleSummary | null;
  onClose(): void;
  onDone(result: ReextractResult): void;
}

export function ReextractDialog({ article, onClose, onDone }: Props) {
  const { t } = useTranslation('articles');
  return (
    <Dialog open={article !== null} title={t('reextract.title')} onClose={onClose} className="dialog-reextract" initialFocus="button.primary">
      {article && <Reextract key={article.id} article={article} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function Reextract({ article, onClose, onDone }: Props & { article: ArticleSummary }) {
  const { t } = useTranslation('articles');
  const { t: tw } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ReextractResult | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await call('articles.reextract', { id: article.id });
      setResult(done);
      onDone(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (!result) {
    return (
      <>
        <p className="dialog-text">{t('reextract.intro')}</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
            {busy ? t('reextract.running') : t('reextract.run')}
          </button>
          <button type="button" onClick={onClose}>
            {tw('common:cancel')}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p className="dialog-text" role="status" data-testid="reextract-summary">
        {reextractSummary(t, result)}
      </p>
      <ClaimTexts title={t('reextract.added', { count: result.addedClaims.length })} claims={result.addedClaims} mark="+" />
      <ClaimTexts title={t('reextract.removed', { count: result.removedClaims.length })} claims={result.removedClaims} mark="−" />
      <div className="form-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          {t('reextract.done')}
        </button>
      </div>
    </>
  );
}

function ClaimTexts({ title, claims, mark }: { title: string; claims: ReextractResult['addedClaims']; mark: string }) {
  if (claims.length === 0) return null;
  return (
    <section className="reextract-list">
      <h3>{title}</h3>
      <ul>
        {claims.map((c) => (
          <li key={`${c.start}:${c.end}`}>
            <span className="reextract-mark" aria-hidden="true">
              {mark}
            </span>
            {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
