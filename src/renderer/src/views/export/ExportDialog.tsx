// Exporting the verdict report. The desktop app saves through the main process (it owns the
// save dialog: `reports.save`); in a browser the report is rendered (`reports.export`) and
// downloaded from a temporary object URL.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { MethodInput, MethodResult } from '../../../../shared/contract';
import { REPORT_FORMATS } from '../../../../shared/constants';
import type { ReportFormat } from '../../../../shared/report';
import { call, isDesktop } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import '../claims-table/verdict.css';
import '../import/dialog.css';

export type ExportScope = { articleId: string } | { all: true } | { claimIds: string[] };
/** One of several things the dialog can export ("this article", "the claims shown", "this claim"). */
export interface ExportChoice {
  key: string;
  label: string;
  scope: ExportScope;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; message: string | null; warnings: string[] }
  | { kind: 'error'; message: string };

/** Turns a report into a file download: text as UTF-8, PDF decoded from base64 to bytes. */
export function downloadReport(report: MethodResult<'reports.export'>): void {
  let body: BlobPart;
  if (report.encoding === 'base64') {
    const binary = atob(report.content);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    body = bytes;
  } else {
    body = report.content;
  }
  const url = URL.createObjectURL(new Blob([body], { type: report.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = report.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportDialog(props: {
  open: boolean;
  onClose(): void;
  scope: ExportScope;
  /** What the scope is, when the default wording ("N selected claims") would not say it. */
  scopeLabel?: string;
  /** Several scopes to choose from (the first is chosen at first); `scope` is then unused. */
  choices?: ExportChoice[];
}) {
  const { t } = useTranslation('views');
  const id = useId();
  const [choiceKey, setChoiceKey] = useState<string | null>(null);
  const choice = props.choices?.find((c) => c.key === choiceKey) ?? props.choices?.[0];
  const scope = choice?.scope ?? props.scope;
  const [format, setFormat] = useState<ReportFormat>('md');
  const [semicolon, setSemicolon] = useState(false);
  const [bom, setBom] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  // While a report is made the form is disabled, and a disabled control drops the focus to the
  // page: the control that exported (or the export button) takes it back once it is done, so a
  // keyboard user can export again, pick another format or close without starting from the top.
  const resumeFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (outcome.kind !== 'done' && outcome.kind !== 'error') return;
    const el = resumeFocus.current;
    resumeFocus.current = null;
    const active = document.activeElement;
    if (el?.isConnected && (!active || active === document.body)) el.focus();
  }, [outcome]);

  useEffect(() => {
    if (props.open) {
      setOutcome({ kind: 'idle' });
      setChoiceKey(null);
    }
  }, [props.open]);

  // Germans opening CSV in Excel need ';' and a BOM: offer those defaults in a German UI.
  const { i18n } = useTranslation('views');
  useEffect(() => {
    const german = i18n.language.startsWith('de');
    setSemicolon(german);
    setBom(german);
  }, [i18n.language]);

  const scopeText =
    props.scopeLabel ??
    ('articleId' in scope
      ? t('export.scopeArticle')
      : 'claimIds' in scope
        ? t('export.scopeClaims', { count: scope.claimIds.length })
        : t('export.scopeAll'));

  const run = async () => {
    const input: MethodInput<'reports.export'> = {
      ...scope,
      format,
      ...(format === 'csv' ? { csvDelimiter: semicolon ? ';' : ',', csvBom: bom } : {}),
    };
    const active = document.activeElement;
    resumeFocus.current = active instanceof HTMLElement && active !== document.body && formRef.current?.contains(active) ? active : submitRef.current;
    setOutcome({ kind: 'working' });
    try {
      if (isDesktop) {
        const result = await call('reports.save', input);
        setOutcome({ kind: 'done', message: result.saved && result.path ? t('export.savedTo', { path: result.path }) : null, warnings: result.warnings });
      } else {
        const report = await call('reports.export', input);
        downloadReport(report);
        setOutcome({ kind: 'done', message: t('export.downloaded', { fileName: report.fileName }), warnings: report.warnings });
      }
    } catch (err) {
      setOutcome({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const working = outcome.kind === 'working';
  return (
    <Dialog open={props.open} title={t('export.title')} onClose={props.onClose} closable={!working} className="cdv-export">
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        {props.choices && props.choices.length > 1 ? (
          <fieldset className="cdv-formats cdv-scopes" disabled={working}>
            <legend>{t('export.what')}</legend>
            {props.choices.map((c) => (
              <label key={c.key} className="cdv-format">
                <input type="radio" name={`${id}-scope`} value={c.key} checked={c.key === choice?.key} onChange={() => setChoiceKey(c.key)} />
                <span className="cdv-format__name">{c.label}</span>
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="cdv-scope">{scopeText}</p>
        )}
        <fieldset className="cdv-formats" role="radiogroup" aria-labelledby={`${id}-legend`} disabled={working}>
          <legend id={`${id}-legend`}>{t('export.format')}</legend>
          {REPORT_FORMATS.map((f) => (
            <label key={f} className="cdv-format">
              <input
                type="radio"
                name={`${id}-format`}
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
                aria-labelledby={`${id}-${f}-name`}
                aria-describedby={`${id}-${f}-desc`}
              />
              <span id={`${id}-${f}-name`} className="cdv-format__name">
                {t(`export.formats.${f}.name`)}
              </span>
              <span id={`${id}-${f}-desc`} className="cdv-format__desc">
                {t(`export.formats.${f}.description`)}
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'csv' && (
          <fieldset className="cdv-options" disabled={working}>
            <legend>{t('export.csvOptions')}</legend>
            <label>
              <input type="checkbox" checked={semicolon} onChange={(e) => setSemicolon(e.target.checked)} /> {t('export.csvSemicolon')}
            </label>
            <label>
              <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> {t('export.csvBom')}
            </label>
          </fieldset>
        )}

        {outcome.kind === 'error' && (
          <p className="cdv-alert" role="alert">
            {outcome.message}
          </p>
        )}
        {outcome.kind === 'done' && outcome.message && (
          <p className="cdv-notice" role="status">
            {outcome.message}
          </p>
        )}
        {outcome.kind === 'done' && outcome.warnings.length > 0 && (
          <ul className="cdv-warnings" aria-label={t('export.warnings')}>
            {outcome.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )}

        <div className="cdv-actions">
          <button type="button" className="cdv-button" disabled={working} onClick={props.onClose}>
            {t('export.close')}
          </button>
          <button ref={submitRef} type="submit" className="cdv-button cdv-button--primary" disabled={working}>
            {working ? t('export.working') : isDesktop ? t('export.save') : t('export.download')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
