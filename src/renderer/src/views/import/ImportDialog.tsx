// Getting articles in: one file or a web page is previewed (`import.preview`), its metadata
// checked and saved (`articles.create`); many files or a folder are imported one by one
// (`import.file`) with progress, a Cancel that stops after the current file, and a summary.
import { useCallback, useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { TFunction } from 'i18next';
import type { ImportedDocumentView, ImportOutcomeView } from '../../../../shared/contract';
import { isHttpUrl } from '../../../../shared/constants';
import { ApiError, call } from '../../api/client';
import { useWorkspaceView } from '../../state';
import { ACCEPT, displayName, filesFromDrop, MAX_FILE_BYTES, readBase64, visibleFiles } from './files';
import { META_LABEL_KEY, metaFieldOf, metaFrom, metaProblems, MetadataForm, type ArticleMeta, type MetaErrors } from './MetadataForm';
import { fieldErrorsOf } from '../../lib/field-errors';
import { Dialog } from '../../components/Dialog';
import '../claims-table/verdict.css';
import './dialog.css';

const PREVIEW_CHARS = 2000;
const TABS = ['files', 'url', 'paste'] as const;
type Tab = (typeof TABS)[number];

interface BulkItem {
  name: string;
  outcome: ImportOutcomeView;
}

type Stage =
  | { kind: 'choose'; error: string | null }
  | { kind: 'previewing'; source: string }
  | {
      kind: 'review';
      source: string;
      doc: ImportedDocumentView;
      meta: ArticleMeta;
      saving: boolean;
      /** Why saving failed, a sentence of its own (shown near Save), or null. */
      error: string | null;
      /** Fields the last save refused, each said under its field. */
      fieldErrors?: MetaErrors;
      /** Saves refused so far (each moves the focus to the first refused field). */
      refusals?: number;
      notice: string | null;
      /** Set once saved (a duplicate): the form is done, only Close remains. */
      savedId?: string;
    }
  | { kind: 'bulk'; total: number; done: number; current: string; results: BulkItem[]; finished: boolean; cancelled: boolean };

const CHOOSE: Stage = { kind: 'choose', error: null };
/**
 * Why a file failed, in the UI's language. The server's sentence is English and names sizes
 * and limits, so an English UI shows it as is; other languages say it by its code.
 */
function failureText(t: TFunction<'views'>, language: string | undefined, code: string | null, reason: string): string {
  if (!code || !language || language.startsWith('en')) return reason;
  return t(`import.reason.${code}`, { defaultValue: reason });
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function ImportDialog(props: { open: boolean; onClose(): void; onImported(articleId: string): void; initialFiles?: File[] }) {
  const { t, i18n } = useTranslation('views');
  const { refreshArticles } = useWorkspaceView();
  const id = useId();
  const [tab, setTab] = useState<Tab>('files');
  const [stage, setStage] = useState<Stage>(CHOOSE);
  const [url, setUrl] = useState('');
  const [pasted, setPasted] = useState('');
  const [dragOver, setDragOver] = useState(false);
  const cancelRequested = useRef(false);
  const alive = useRef(true);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      cancelRequested.current = true;
    };
  }, []);

  // `webkitdirectory` is not in React's attribute types.
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  });

  const previewFile = useCallback(
    async (file: File) => {
      const name = displayName(file);
      if (file.size > MAX_FILE_BYTES) {
        setStage({ kind: 'choose', error: t('import.tooLarge', { name, size: megabytes(file.size, i18n.language) }) });
        return;
      }
      setStage({ kind: 'previewing', source: name });
      try {
        const doc = await call('import.preview', { fileName: file.name, contentBase64: await readBase64(file) });
        if (alive.current) setStage({ kind: 'review', source: name, doc, meta: metaFrom(doc), saving: false, error: null, notice: null });
      } catch (err) {
        if (alive.current) setStage({ kind: 'choose', error: t('import.failedFile', { name, message: messageOf(err) }) });
      }
    },
    [t],
  );

  const importMany = useCallback(
    async (files: File[]) => {
      cancelRequested.current = false;
      const results: BulkItem[] = [];
      const base = { kind: 'bulk' as const, total: files.length, finished: false, cancelled: false };
      for (const [i, file] of files.entries()) {
        if (cancelRequested.current || !alive.current) break;
        const name = displayName(file);
        setStage({ ...base, done: i, current: name, results: [...results] });
        let outcome: ImportOutcomeView;
        if (file.size > MAX_FILE_BYTES) {
          outcome = { target: file.name, status: 'failed', reason: t('import.tooLarge', { name, size: megabytes(file.size, i18n.language) }), reasonCode: null };
        } else {
          try {
            outcome = await call('import.file', { fileName: file.name, contentBase64: await readBase64(file) });
          } catch (err) {
            outcome = { target: file.name, status: 'failed', reason: messageOf(err), reasonCode: null };
          }
        }
        results.push({ name, outcome });
      }
      if (!alive.current) return;
      setStage({ ...base, done: results.length, current: '', results, finished: true, cancelled: results.length < files.length });
      if (results.some((r) => r.outcome.status === 'imported' || r.outcome.status === 'duplicate')) refreshArticles();
    },
    [t, refreshArticles],
  );

  const takeFiles = useCallback(
    (files: File[]) => {
      if (!files.length) {
        setStage({ kind: 'choose', error: t('import.noFiles') });
        return;
      }
      if (files.length === 1) void previewFile(files[0]!);
      else void importMany(files);
    },
    [previewFile, importMany, t],
  );

  // Opening starts fresh; files dropped on the window arrive as initialFiles (each list once).
  const takeFilesRef = useRef(takeFiles);
  takeFilesRef.current = takeFiles;
  const handledInitial = useRef<File[] | undefined>(undefined);
  useEffect(() => {
    if (!props.open) {
      cancelRequested.current = true;
      handledInitial.current = undefined;
      return;
    }
    setStage(CHOOSE);
    setTab('files');
    setUrl('');
    setPasted('');
  }, [props.open]);
  useEffect(() => {
    if (!props.open || !props.initialFiles?.length || handledInitial.current === props.initialFiles) return;
    handledInitial.current = props.initialFiles;
    takeFilesRef.current(visibleFiles(props.initialFiles));
  }, [props.open, props.initialFiles]);

  const previewUrl = async () => {
    const target = url.trim();
    if (!isHttpUrl(target)) return;
    setStage({ kind: 'previewing', source: target });
    try {
      const doc = await call('import.preview', { url: target });
      if (alive.current) setStage({ kind: 'review', source: target, doc: { ...doc, url: doc.url ?? target }, meta: metaFrom({ ...doc, url: doc.url ?? target }), saving: false, error: null, notice: null });
    } catch (err) {
      if (alive.current) setStage({ kind: 'choose', error: t('import.failedUrl', { url: target, message: messageOf(err) }) });
    }
  };

  const reviewPasted = async () => {
    const text = pasted.trim();
    if (!text) return;
    const source = t('import.pastedText');
    setStage({ kind: 'previewing', source });
    try {
      // The preview says which title saving would give the text (shown prefilled, as for a file).
      const doc = await call('import.preview', { text });
      if (alive.current) setStage({ kind: 'review', source, doc, meta: metaFrom(doc), saving: false, error: null, notice: null });
    } catch (err) {
      if (alive.current) setStage({ kind: 'choose', error: messageOf(err) });
    }
  };

  const save = async () => {
    if (stage.kind !== 'review' || metaProblems(stage.meta).url) return;
    const { doc, meta } = stage;
    setStage({ ...stage, saving: true, error: null, notice: null });
    const orNull = (s: string) => s.trim() || null;
    try {
      const { article, duplicate } = await call('articles.create', {
        text: doc.text,
        title: orNull(meta.title),
        author: orNull(meta.author),
        publisher: orNull(meta.publisher),
        publishedAt: orNull(meta.publishedAt),
        url: orNull(meta.url),
        language: meta.language || null,
      });
      if (!alive.current) return;
      refreshArticles();
      props.onImported(article.id);
      // A new article opens and the dialog is done; a duplicate says so and opens the existing one.
      if (duplicate) setStage({ ...stage, saving: false, error: null, notice: t('import.alreadyImported', { title: article.title }), savedId: article.id });
      else props.onClose();
    } catch (err) {
      if (!alive.current) return;
      // A refused field is said under it, with its label, in the UI's language (as Settings does), never
      // as the API's "Invalid input. title: …"; the article text (not in the form) is said near Save.
      if (err instanceof ApiError && err.code === 'validation' && err.issues?.length) {
        const fields = err.issues.filter((i) => i.path !== 'text');
        const { byField, other } = fieldErrorsOf(fields, { field: metaFieldOf, label: (f) => t(META_LABEL_KEY[f]), value: (f) => meta[f] }, t, i18n.language);
        const text = err.issues.find((i) => i.path === 'text');
        const said = [...(text ? [text.message] : []), ...other];
        setStage({ ...stage, saving: false, fieldErrors: byField, refusals: (stage.refusals ?? 0) + 1, error: said.length ? said.join(' ') : null });
        return;
      }
      setStage({ ...stage, saving: false, fieldErrors: {}, error: t('import.saveFailed', { message: messageOf(err) }) });
    }
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(tab);
    let next: Tab | undefined;
    if (event.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(i + TABS.length - 1) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragOver(false);
    void filesFromDrop(event.dataTransfer).then(takeFiles, (err: unknown) => setStage({ kind: 'choose', error: messageOf(err) }));
  };

  const busy = stage.kind === 'previewing' || (stage.kind === 'review' && stage.saving) || (stage.kind === 'bulk' && !stage.finished);
  const urlInvalid = url.trim() !== '' && !isHttpUrl(url.trim());

  return (
    <Dialog open={props.open} title={t('import.title')} onClose={props.onClose} closable={!busy} className="cdv-import">
      {stage.kind === 'choose' && (
        <>
          <div role="tablist" aria-label={t('import.ways')} className="cdv-tabs" onKeyDown={onTabKeyDown}>
            {TABS.map((name) => (
              <button
                key={name}
                id={`${id}-tab-${name}`}
                type="button"
                role="tab"
                className="cdv-tab"
                aria-selected={tab === name}
                aria-controls={`${id}-panel`}
                tabIndex={tab === name ? 0 : -1}
                onClick={() => setTab(name)}
              >
                {t(`import.tab.${name}`)}
              </button>
            ))}
          </div>
          <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`}>
            {tab === 'files' && (
              <div
                className={`cdv-drop${dragOver ? ' cdv-drop--over' : ''}`}
                onDragOver={(e) => {
                  e.preventDefault();
                  setDragOver(true);
                }}
                onDragLeave={() => setDragOver(false)}
                onDrop={onDrop}
              >
                <p>{t('import.dropHint')}</p>
                <div className="cdv-drop__buttons">
                  <button type="button" className="cdv-button cdv-button--primary" onClick={() => filesInput.current?.click()}>
                    {t('import.chooseFiles')}
                  </button>
                  <button type="button" className="cdv-button" onClick={() => folderInput.current?.click()}>
                    {t('import.chooseFolder')}
                  </button>
                </div>
                <p className="cdv-field__hint">{t('import.formats')}</p>
                <input
                  ref={filesInput}
                  type="file"
                  multiple
                  accept={ACCEPT}
                  className="cdv-visually-hidden"
                  tabIndex={-1}
                  aria-label={t('import.chooseFiles')}
                  onChange={(e) => {
                    const files = [...(e.target.files ?? [])];
                    e.target.value = '';
                    takeFiles(files);
                  }}
                />
                <input
                  ref={folderInput}
                  type="file"
                  multiple
                  className="cdv-visually-hidden"
                  tabIndex={-1}
                  aria-label={t('import.chooseFolder')}
                  onChange={(e) => {
                    const files = visibleFiles(e.target.files ?? []);
                    e.target.value = '';
                    takeFiles(files);
                  }}
                />
              </div>
            )}
            {tab === 'url' && (
              <form
                className="cdv-row"
                onSubmit={(e) => {
                  e.preventDefault();
                  void previewUrl();
                }}
              >
                <div className="cdv-field">
                  <label htmlFor={`${id}-url`}>{t('import.urlLabel')}</label>
                  <input
                    id={`${id}-url`}
                    type="url"
                    value={url}
                    placeholder="https://"
                    aria-invalid={urlInvalid}
                    aria-describedby={`${id}-url-hint`}
                    onChange={(e) => setUrl(e.target.value)}
                  />
                  <span id={`${id}-url-hint`} className={urlInvalid ? 'cdv-field__invalid' : 'cdv-field__hint'}>
                    {urlInvalid ? t('import.urlInvalid') : t('import.urlHint')}
                  </span>
                </div>
                <button type="submit" className="cdv-button cdv-button--primary" disabled={!url.trim() || urlInvalid}>
                  {t('import.fetch')}
                </button>
              </form>
            )}
            {tab === 'paste' && (
              <div>
                <div className="cdv-field">
                  <label htmlFor={`${id}-paste`}>{t('import.pasteLabel')}</label>
                  <textarea id={`${id}-paste`} className="cdv-textarea" value={pasted} onChange={(e) => setPasted(e.target.value)} />
                </div>
                <div className="cdv-actions">
                  <button type="button" className="cdv-button cdv-button--primary" disabled={!pasted.trim()} onClick={() => void reviewPasted()}>
                    {t('import.continue')}
                  </button>
                </div>
              </div>
            )}
          </div>
          {stage.error && (
            <p className="cdv-alert" role="alert">
              {stage.error}
            </p>
          )}
        </>
      )}

      {stage.kind === 'previewing' && (
        <p className="cdv-notice" role="status">
          {t('import.reading', { name: stage.source })}
        </p>
      )}

      {stage.kind === 'review' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className="cdv-scope">{t('import.checkMetadata', { name: stage.source })}</p>
          <MetadataForm meta={stage.meta} disabled={stage.saving || Boolean(stage.savedId)} errors={stage.fieldErrors} refusals={stage.refusals} onChange={(meta, edited) => setStage({ ...stage, meta, fieldErrors: { ...stage.fieldErrors, [edited]: undefined } })} />
          {stage.doc.warnings.length > 0 && (
            <ul className="cdv-warnings" aria-label={t('import.warnings')}>
              {stage.doc.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          <h3 className="cdv-field__hint" id={`${id}-preview`}>
            {t('import.previewHeading', { count: stage.doc.text.length })}
          </h3>
          <pre className="cdv-preview" aria-labelledby={`${id}-preview`} tabIndex={0}>
            {stage.doc.text.length > PREVIEW_CHARS ? `${stage.doc.text.slice(0, PREVIEW_CHARS)}…` : stage.doc.text}
          </pre>
          {stage.error && (
            <p className="cdv-alert" role="alert">
              {stage.error}
            </p>
          )}
          {stage.notice && (
            <p className="cdv-notice" role="status">
              {stage.notice}
            </p>
          )}
          <div className="cdv-actions">
            {!stage.savedId && (
              <button type="button" className="cdv-button" disabled={stage.saving} onClick={() => setStage(CHOOSE)}>
                {t('import.back')}
              </button>
            )}
            {stage.savedId ? (
              <button type="button" className="cdv-button cdv-button--primary" onClick={props.onClose} autoFocus>
                {t('import.done')}
              </button>
            ) : (
              <button type="submit" className="cdv-button cdv-button--primary" disabled={stage.saving || metaProblems(stage.meta).url || !stage.doc.text.trim()}>
                {stage.saving ? t('import.saving') : t('import.save')}
              </button>
            )}
          </div>
        </form>
      )}

      {stage.kind === 'bulk' && <BulkProgress stage={stage} onCancel={() => (cancelRequested.current = true)} onDone={props.onClose} onMore={() => setStage(CHOOSE)} />}
    </Dialog>
  );
}

/** A file's size in MB with one decimal, in the UI's way of writing numbers ("50,0" in German). */
function megabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1048576);
}

function BulkProgress({ stage, onCancel, onDone, onMore }: { stage: Extract<Stage, { kind: 'bulk' }>; onCancel(): void; onDone(): void; onMore(): void }) {
  const { t, i18n } = useTranslation('views');
  const [cancelling, setCancelling] = useState(false);
  const count = (status: ImportOutcomeView['status']) => stage.results.filter((r) => r.outcome.status === status).length;
  const failures = stage.results.filter((r) => r.outcome.status === 'failed');
  const skipped = stage.results.filter((r) => r.outcome.status === 'skipped');
  const percent = stage.total ? Math.round((stage.done / stage.total) * 100) : 100;
  return (
    <div className="cdv-progress">
      {!stage.finished ? (
        <>
          <div className="cdv-progress__line">
            <span role="status">{t('import.progress', { done: stage.done, total: stage.total })}</span>
            <span className="cdv-progress__file" title={stage.current}>
              {stage.current}
            </span>
          </div>
          <div
            className="cdv-progress__bar"
            role="progressbar"
            aria-label={t('import.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={stage.total}
            aria-valuenow={stage.done}
            aria-valuetext={t('import.progress', { done: stage.done, total: stage.total })}
          >
            <div className="cdv-progress__fill" style={{ width: `${percent}%` }} />
          </div>
          <div className="cdv-actions">
            <button
              type="button"
              className="cdv-button"
              disabled={cancelling}
              onClick={() => {
                setCancelling(true);
                onCancel();
              }}
            >
              {cancelling ? t('import.cancelling') : t('import.cancel')}
            </button>
          </div>
        </>
      ) : (
        <section aria-label={t('import.summary')}>
          <p role="status">
            {stage.cancelled ? t('import.cancelledAfter', { done: stage.done, total: stage.total }) : t('import.finished', { total: stage.total })}
          </p>
          <ul className="cdv-summary">
            <li>
              {t('import.imported')}: <strong data-testid="import-imported">{count('imported')}</strong>
            </li>
            <li>
              {t('import.duplicates')}: <strong data-testid="import-duplicates">{count('duplicate')}</strong>
            </li>
            <li>
              {t('import.failed')}: <strong data-testid="import-failed">{failures.length}</strong>
            </li>
            {skipped.length > 0 && (
              <li>
                {t('import.skipped')}: <strong data-testid="import-skipped">{skipped.length}</strong>
              </li>
            )}
          </ul>
          <NotImportedList label={t('import.failedFiles')} items={failures} language={i18n.resolvedLanguage} />
          <NotImportedList label={t('import.skippedFiles')} items={skipped} language={i18n.resolvedLanguage} />
          <div className="cdv-actions">
            <button type="button" className="cdv-button" onClick={onMore}>
              {t('import.importMore')}
            </button>
            {/* The file picker that started the batch is gone: without this the focus falls to the page. */}
            <button type="button" className="cdv-button cdv-button--primary" onClick={onDone} autoFocus>
              {t('import.done')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

/** The files of a bulk import that were not imported, each with the reason in the UI's language. */
function NotImportedList({ label, items, language }: { label: string; items: BulkItem[]; language: string | undefined }) {
  const { t } = useTranslation('views');
  if (!items.length) return null;
  return (
    <>
      <p className="cdv-failures__title" aria-hidden="true">
        {label}
      </p>
      <ul className="cdv-failures" aria-label={label}>
        {items.map((r, i) => (
          <li key={i}>
            <strong>{r.name}</strong>: {r.outcome.status === 'failed' || r.outcome.status === 'skipped' ? failureText(t, language, r.outcome.reasonCode, r.outcome.reason) : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
