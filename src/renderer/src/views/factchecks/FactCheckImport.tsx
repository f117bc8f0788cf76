// Importing fact-check files from the app: pick files, watch each one's progress, see what was
// refused and why. The work runs in the main process as a job (factchecks.import); this polls it.
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { FactCheckImportStatus } from '../../../../shared/factchecks.contract';
import { ApiError, call } from '../../api/client';
import { MAX_FILE_BYTES, readBase64 } from '../import/files';

const ACCEPT = '.json,.jsonld,.html,.htm,.csv,.txt';
const POLL_MS = 150;

export function FactCheckImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation('factchecks');
  const input = useRef<HTMLInputElement>(null);
  const [statuses, setStatuses] = useState<Array<FactCheckImportStatus | { fileName: string; state: 'failed'; error: string }>>([]);
  const [busy, setBusy] = useState(false);

  const run = async (files: File[]) => {
    setBusy(true);
    setStatuses([]);
    for (const [index, file] of files.entries()) {
      const put = (s: (typeof statuses)[number]) => setStatuses((all) => Object.assign([...all], { [index]: s }));
      if (file.size > MAX_FILE_BYTES) {
        put({ fileName: file.name, state: 'failed', error: t('import.tooLarge', { file: file.name }) });
        continue;
      }
      try {
        const { jobId } = await call('factchecks.import', { fileName: file.name, contentBase64: await readBase64(file) });
        let status = await call('factchecks.importStatus', { jobId });
        put(status);
        while (status.state === 'running') {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          status = await call('factchecks.importStatus', { jobId });
          put(status);
        }
      } catch (error) {
        put({ fileName: file.name, state: 'failed', error: error instanceof ApiError || error instanceof Error ? error.message : String(error) });
      }
    }
    setBusy(false);
    onImported();
  };

  return (
    <div className="fc-import">
      <button type="button" className="small-btn" disabled={busy} onClick={() => input.current?.click()}>
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPT}
        data-testid="factcheck-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void run(files);
        }}
      />
      {statuses.length > 0 && (
        <ul className="fc-import-status" aria-live="polite">
          {statuses.map((s, i) => (
            <li key={i}>
              {'jobId' in s ? <JobStatus status={s} /> : <span className="fc-error">{s.error}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function JobStatus({ status: s }: { status: FactCheckImportStatus }) {
  const { t } = useTranslation('factchecks');
  const percent = s.bytesTotal ? Math.floor((100 * s.bytesRead) / s.bytesTotal) : 100;
  return (
    <>
      <div className="fc-import-line">
        {s.state === 'running' && <progress max={100} value={percent} aria-label={t('import.running', { file: s.fileName, percent })} />}
        <span>
          {s.state === 'running'
            ? t('import.running', { file: s.fileName, percent })
            : s.state === 'done'
              ? t('import.done', { file: s.fileName })
              : t('import.failed', { file: s.fileName, error: s.error ?? '' })}
        </span>
      </div>
      <div className="muted small">{t('import.counts', s)}</div>
      {s.refusedRows.length > 0 && (
        <details className="fc-refused">
          <summary>
            {t('import.refused')} ({s.refused})
          </summary>
          <ul>
            {s.refusedRows.map((r, i) => (
              <li key={i}>
                {r.where}: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
