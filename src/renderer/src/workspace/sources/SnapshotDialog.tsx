// "Open snapshot": the stored readable text, shown as text (React text nodes; never HTML), with
// the source's excerpt marked where it occurs, or a warning when it does not occur at all.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Source } from '../../../../shared/domain';
import type { MethodResult } from '../../../../shared/contract';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { formatDate } from '../../lib/format';

type SnapshotText = MethodResult<'sources.snapshotText'>;

export function SnapshotDialog({ source, onClose }: { source: Source; onClose(): void }) {
  const { t, i18n } = useTranslation('sources');
  const [state, setState] = useState<SnapshotText | { error: string } | null>(null);
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    call('sources.snapshotText', { id: source.id }).then(
      (result) => live && setState(result),
      (e: Error) => live && setState({ error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [source.id]);

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [state]);

  const snap = source.snapshot;
  return (
    <Dialog open title={t('snapshot.dialogTitle', { name: source.title || source.url })} onClose={onClose} className="snapshot-dialog">
      {snap && (
        <p className="muted small">
          {t('snapshot.dialogMeta', { date: formatDate(snap.retrievedAt ?? '', i18n.language as 'en' | 'de'), url: snap.finalUrl ?? source.url })}{' '}
          <code className="hash">SHA-256 {snap.sha256}</code>
        </p>
      )}
      {state === null && <p role="status">{t('snapshot.loading')}</p>}
      {state && 'error' in state && (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      )}
      {state && !('error' in state) && (
        <>
          {state.excerptFound === false && (
            <p className="notice excerpt-missing" role="alert">
              {t('snapshot.excerptMissing')}
            </p>
          )}
          {state.excerptFound === true && <p className="muted small">{t('snapshot.excerptFound')}</p>}
          {state.text === null ? (
            <p className="muted">{t('snapshot.noText')}</p>
          ) : (
            <pre className="snapshot-text" tabIndex={0} aria-label={t('snapshot.textLabel')}>
              {state.excerptStart !== null && state.excerptEnd !== null ? (
                <>
                  {state.text.slice(0, state.excerptStart)}
                  <mark ref={mark}>{state.text.slice(state.excerptStart, state.excerptEnd)}</mark>
                  {state.text.slice(state.excerptEnd)}
                </>
              ) : (
                state.text
              )}
            </pre>
          )}
        </>
      )}
    </Dialog>
  );
}
