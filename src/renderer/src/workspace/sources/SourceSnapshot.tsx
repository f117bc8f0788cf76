// A source's local copy in the claim panel: archived (date, size, hash, open), failed (reason,
// retry, attach a file), pending (polled until it settles), or none yet; and its last link check
// (a changed page: "Show changes" opens the diff of its readable text).
import { memo, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Source } from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { formatDate } from '../../lib/format';
import { DiffDialog } from './DiffDialog';
import { SnapshotDialog } from './SnapshotDialog';

interface Props {
  source: Source;
  /** Reads the claim again, so the source shows its new snapshot. */
  refresh(): Promise<void>;
  announce(text: string): void;
}

const POLL_MS = 1500;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** Memoised: a verdict's answer keeps the claim's sources (claim-store.ts), and a snapshot has nothing new to show for it. */
export const SourceSnapshot = memo(function SourceSnapshot({ source, refresh, announce }: Props) {
  const { t, i18n } = useTranslation('sources');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [viewing, setViewing] = useState(false);
  const [diffing, setDiffing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Closing a dialog puts focus back on the button that opened it.
  const openButton = useRef<HTMLButtonElement>(null);
  const diffButton = useRef<HTMLButtonElement>(null);
  const snap = source.snapshot;
  const name = source.title || source.url;

  // A pending snapshot is being taken in the background: look again until it settles. A look
  // that finds it still pending changes nothing this effect depends on, so the effect itself
  // keeps looking (one look at a time) rather than waiting to be re-run.
  useEffect(() => {
    if (snap?.status !== 'pending') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lookAgain = () => {
      timer = setTimeout(() => {
        void refresh()
          .catch(() => undefined)
          .then(() => {
            if (!stopped) lookAgain();
          });
      }, POLL_MS);
    };
    lookAgain();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [snap?.status, refresh, source.id]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await refresh();
      announce(done);
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const retake = () => run(() => call('sources.snapshot', { id: source.id }), t('snapshot.taken'));
  const attach = (file: File) =>
    run(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      await call('sources.attachSnapshot', { id: source.id, fileName: file.name, contentBase64: btoa(binary) });
    }, t('snapshot.attached'));

  let status: ReactElement;
  if (!snap) status = <span className="snap snap-none">{t('snapshot.none')}</span>;
  else if (snap.status === 'pending') status = <span className="snap snap-pending" role="status">{t('snapshot.pending')}</span>;
  else if (snap.status === 'failed') status = <span className="snap snap-failed">{t('snapshot.failed', { reason: snap.reason ?? '' })}</span>;
  else
    status = (
      <span className="snap snap-archived">
        {t('snapshot.archived', { date: formatDate(snap.retrievedAt ?? '', i18n.language as 'en' | 'de'), size: formatBytes(snap.bytes ?? 0) })}{' '}
        <code className="hash" title={`SHA-256 ${snap.sha256 ?? ''}`}>
          {(snap.sha256 ?? '').slice(0, 12)}
        </code>
        {snap.reason && <span className="snap-note"> · {snap.reason}</span>}
      </span>
    );

  return (
    <div className="source-snapshot">
      <div className="snap-line">
        {status}
        {source.linkCheck && (
          <span className={`link-check link-${source.linkCheck.result}`} title={source.linkCheck.detail ?? undefined}>
            {t(`linkCheck.${source.linkCheck.result}`)} · {formatDate(source.linkCheck.checkedAt, i18n.language as 'en' | 'de')}
          </span>
        )}
      </div>
      <div className="snap-actions">
        {snap?.status === 'archived' && (
          <button ref={openButton} type="button" className="link-btn" onClick={() => setViewing(true)} aria-label={t('snapshot.openNamed', { name })}>
            {t('snapshot.open')}
          </button>
        )}
        {snap?.status !== 'pending' && (
          <button type="button" className="link-btn" disabled={busy} onClick={() => void retake()} aria-label={t(snap?.status === 'failed' ? 'snapshot.retryNamed' : 'snapshot.takeNamed', { name })}>
            {busy ? t('snapshot.taking') : snap?.status === 'failed' ? t('snapshot.retry') : snap ? t('snapshot.retake') : t('snapshot.take')}
          </button>
        )}
        {source.linkCheck?.result === 'changed' && (
          <button ref={diffButton} type="button" className="link-btn" onClick={() => setDiffing(true)} aria-label={t('diff.openNamed', { name })}>
            {t('diff.open')}
          </button>
        )}
        <button type="button" className="link-btn" disabled={busy} onClick={() => fileInput.current?.click()} aria-label={t('snapshot.attachNamed', { name })}>
          {t('snapshot.attach')}
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".pdf,.png,.jpg,.jpeg,.webp,.gif,.html,.htm,.txt,.md"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void attach(file);
          }}
        />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {viewing && (
        <SnapshotDialog
          source={source}
          onClose={() => {
            setViewing(false);
            requestAnimationFrame(() => openButton.current?.focus());
          }}
        />
      )}
      {diffing && (
        <DiffDialog
          source={source}
          onClose={() => {
            setDiffing(false);
            requestAnimationFrame(() => diffButton.current?.focus());
          }}
        />
      )}
    </div>
  );
});
