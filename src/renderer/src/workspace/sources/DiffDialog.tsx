// "Show changes" of a source the link check found changed: the readable text of the snapshot
// against the page at the check, line by line, as text (React text nodes; never HTML). Added
// and removed lines are told apart by a sign and a label for screen readers, not by colour alone.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { MethodResult } from '../../../../shared/contract';
import type { Source } from '../../../../shared/domain';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { formatDate } from '../../lib/format';

type SourceDiff = MethodResult<'sources.diff'>;

const SIGN = { added: '+', removed: '−', same: ' ', gap: '…' } as const;

export function DiffDialog({ source, onClose }: { source: Source; onClose(): void }) {
  const { t, i18n } = useTranslation('sources');
  const [state, setState] = useState<SourceDiff | { error: string } | null>(null);

  useEffect(() => {
    let live = true;
    call('sources.diff', { id: source.id }).then(
      (result) => live && setState(result),
      (e: Error) => live && setState({ error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [source.id]);

  return (
    <Dialog open title={t('diff.title', { name: source.title || source.url })} onClose={onClose} className="snapshot-dialog diff-dialog">
      {state === null && <p role="status">{t('diff.loading')}</p>}
      {state && 'error' in state && (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      )}
      {state && !('error' in state) && (
        <>
          <p className="muted small">{t('diff.meta', { date: formatDate(state.checkedAt, i18n.language as 'en' | 'de') })}</p>
          {state.lines.length === 0 ? (
            <p className="muted">{state.detail ?? t('diff.none')}</p>
          ) : (
            <div className="snapshot-text diff-text" tabIndex={0} role="document" aria-label={t('diff.label')}>
              {state.lines.map((line, i) => (
                <div key={i} className={`diff-line diff-${line.kind}`}>
                  <span className="diff-sign" aria-hidden="true">
                    {SIGN[line.kind]}
                  </span>
                  {line.kind === 'added' || line.kind === 'removed' ? <span className="sr-only">{t(`diff.${line.kind}`)}: </span> : null}
                  {line.kind === 'gap' ? <span className="diff-gap">{line.text || t('diff.gap')}</span> : line.text || ' '}
                </div>
              ))}
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}
