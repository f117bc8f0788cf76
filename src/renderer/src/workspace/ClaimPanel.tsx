// The selected claim: what was said and by whom, its verdict, sources and history. Shows the
// reviewer's unsaved input (the workspace keeps a draft per claim for the session) and sends
// every write with the version it read.
import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { CLAIM_KINDS, VERDICTS, VERDICTS_NEEDING_SOURCE } from '../../../shared/constants';
import type { ClaimEvent, ClaimKind, ClaimWithSources, Source, Stance, Verdict } from '../../../shared/domain';
import { reasonDirection } from '../../../shared/checkworthiness';
import { call } from '../api/client';
import { formatDate } from '../lib/format';
import { isHttpUrl, openExternal } from '../lib/links';
import { ClaimantAssign } from './ClaimantAssign';
import { ConflictBanner } from './ConflictBanner';
import { EarlierFactChecks } from '../views/factchecks/EarlierFactChecks';
import { HistoryList } from './HistoryList';
import { SourceForm, type SourceDraft, type SourceFormHandle } from './SourceForm';
import { SourceSnapshot } from './sources/SourceSnapshot';
import { dirtyFieldsOf, storedValue, type Draft, type DraftField, type DraftUpdate } from './drafts';
import type { ArticleActions, ConflictState } from './useArticle';
import { isSubmitShortcut } from '../lib/keys';
import { after, DETAILS_AFTER_MS } from '../lib/rest';
import { stepCharacter } from '../lib/characters';

export interface ClaimPanelHandle {
  setVerdict(verdict: Verdict): void;
  focusEditor(): void;
  /** Puts the cursor at the end of the Rationale (the verdict's words), with nothing selected. */
  focusRationale(): void;
  openSourceForm(): void;
  /** Closes an open source form and clears the message; true if there was something to close. */
  escape(): boolean;
}

interface Props {
  claim: ClaimWithSources;
  /** The article's text: the span's nudges step over whole characters in it. */
  articleText: string;
  claimants: string[];
  ratingLabels: string[];
  conflict: ConflictState | undefined;
  /** The unsaved input for this claim (kept by the workspace across claim changes). */
  draft: Draft;
  setDraft(update: DraftUpdate): void;
  actions: ArticleActions;
  announce(message: string): void;
  onDelete(claim: ClaimWithSources): void;
  getTextSelection(): { start: number; end: number } | null;
  onWritten(): void;
  /** Ctrl+Enter saved the panel's fields: where focus goes next (the claims). */
  onSubmitFromKeyboard?(): void;
}

/** How long a verdict's answer may take before the panel shows the chosen verdict as pending. */
const PENDING_AFTER_MS = 50;

export const ClaimPanel = forwardRef<ClaimPanelHandle, Props>(function ClaimPanel(props, ref) {
  const { claim, conflict, actions, announce, claimants, ratingLabels, onWritten, draft, setDraft } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The verdict just chosen, shown while it is being saved. */
  const [optimistic, setOptimistic] = useState<Verdict | null>(null);
  const [sourceForm, setSourceForm] = useState<null | { source?: Source }>(null);
  /** A verdict asked for on a claim without sources: applied once the first source is saved. */
  const [verdictAfterSource, setVerdictAfterSource] = useState<Verdict | null>(null);
  const addSourceRef = useRef<HTMLButtonElement>(null);
  const focusAddSource = useRef(false);
  const [sourceError, setSourceError] = useState<string | null>(null);
  const [history, setHistory] = useState<ClaimEvent[] | null>(null);
  const [editingOpen, setEditingOpen] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const sourceFormRef = useRef<SourceFormHandle>(null);
  const focusUrlOnOpen = useRef(false);
  const claimRef = useRef(claim);
  claimRef.current = claim;
  /** Whether the panel still shows the claim an action started on (the panel is reused from claim to claim). */
  const stillShowing = (claimId: string) => claimRef.current.id === claimId;

  // The panel is reused when the selection moves (j/k build no new panel): what belongs to one
  // claim starts afresh for the next, as it did when each claim had a panel of its own.
  const [panelClaimId, setPanelClaimId] = useState(claim.id);
  if (panelClaimId !== claim.id) {
    setPanelClaimId(claim.id);
    setMessage(null);
    setPending(null);
    setBusy(false);
    setOptimistic(null);
    setSourceForm(null);
    setVerdictAfterSource(null);
    setSourceError(null);
    setHistory(null);
    setEditingOpen(false);
    focusAddSource.current = false;
    focusUrlOnOpen.current = false;
  }

  // History follows the claim's version: every write bumps it. Asked once the claim has been
  // selected a moment (lib/rest.ts), not for every claim j passes.
  useEffect(() => {
    let cancelled = false;
    const cancel = after(DETAILS_AFTER_MS, () => {
      call('claims.history', { claimId: claim.id })
        .then((events) => !cancelled && setHistory(events))
        .catch(() => !cancelled && setHistory([]));
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [claim.id, claim.version]);

  useEffect(() => {
    if (!sourceForm && focusAddSource.current) {
      focusAddSource.current = false;
      addSourceRef.current?.focus();
    }
    if (sourceForm && focusUrlOnOpen.current) {
      focusUrlOnOpen.current = false;
      sourceFormRef.current?.focusUrl();
    }
  }, [sourceForm]);

  const editingText = editingOpen || draft.text !== undefined;
  const focusEditor = () => {
    setEditingOpen(true);
    // The editor mounts on this render; focus it right after.
    requestAnimationFrame(() => {
      textRef.current?.focus();
      textRef.current?.select();
    });
  };

  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const focusRationale = () => {
    const field = rationaleRef.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  };

  const value = (field: DraftField) => draft[field] ?? storedValue(claim, field);
  const dirtyFields = dirtyFieldsOf(draft, claim);
  const hasSources = claim.sources.length > 0;
  const shownVerdict = optimistic ?? claim.verdict;

  const fail = (text: string) => setMessage({ kind: 'error', text });

  const applyVerdict = useCallback(
    async (verdict: Verdict, from: 'key' | 'radio') => {
      const base = claimRef.current;
      if (VERDICTS_NEEDING_SOURCE.includes(verdict) && base.sources.length === 0) {
        // The hint under the verdicts says why; the verdict follows once the source is saved.
        setMessage(null);
        setVerdictAfterSource(verdict);
        focusUrlOnOpen.current = true;
        setSourceForm((f) => f ?? {});
        if (sourceForm) sourceFormRef.current?.focusUrl();
        return;
      }
      // The write goes out first. The chosen verdict shows in the panel before the answer only
      // when the answer is slow (PENDING_AFTER_MS): most come within a frame or two, and then
      // the verdict shows with the stored claim in one render. Rendering and painting it as
      // pending at once made the answer wait behind that render and its frame (a verdict key
      // was traced at 6 ms of keydown render and a 9 ms frame before the answer was read).
      const written = actions.setVerdict(base, verdict);
      setMessage(null);
      setVerdictAfterSource(null);
      const label = t(`verdict.${verdict}`);
      const showAsPending = () => {
        setPending(label);
        setOptimistic(verdict);
      };
      // A clicked radio shows its choice in the same render, as a native control does: were it
      // held back, React would put the old choice back and the click would look lost (and a
      // screen reader would announce the old state). Only a key waits for a slow answer.
      let showPending: number | undefined;
      if (from === 'radio') showAsPending();
      else
        showPending = window.setTimeout(() => {
          if (stillShowing(base.id)) showAsPending();
        }, PENDING_AFTER_MS);
      const result = await written;
      window.clearTimeout(showPending);
      const here = stillShowing(base.id);
      if (here) setOptimistic(null);
      if (result.ok) {
        if (here) setPending(null);
        announce(t('announce.verdict', { verdict: label }));
        onWritten();
      } else if (result.error.code === 'conflict') {
        // The conflict banner says which change was not saved.
        if (here) setPending(label);
      } else if (here) {
        setPending(null);
        fail(result.error.message);
      }
    },
    [actions, announce, onWritten, t, sourceForm],
  );

  // Stable (the claim is read when citing), so the memoised earlier fact-checks skip a verdict's render.
  const citeFactCheck = useCallback(
    async (factCheckId: number, stance: Stance) => {
      const result = await actions.citeFactCheck(claimRef.current, factCheckId, stance);
      if (result.ok) onWritten();
      return result;
    },
    [actions, onWritten],
  );

  const openSourceForm = useCallback(() => {
    focusUrlOnOpen.current = true;
    setSourceError(null);
    setSourceForm((f) => f ?? {});
    if (sourceForm) sourceFormRef.current?.focusUrl();
  }, [sourceForm]);

  useImperativeHandle(
    ref,
    () => ({
      setVerdict: (v) => void applyVerdict(v, 'key'),
      focusEditor,
      focusRationale,
      openSourceForm,
      escape: () => {
        const closed = Boolean(sourceForm || message);
        setSourceForm(null);
        setVerdictAfterSource(null);
        setMessage(null);
        return closed;
      },
    }),
    [applyVerdict, openSourceForm, sourceForm, message],
  );

  /** True from the start of a save to its end (a ref: a second Ctrl+Enter may come before the next render). */
  const saving = useRef(false);
  /** Saves the draft; false when the save was refused (the message says why). */
  const save = async (): Promise<boolean> => {
    if (saving.current || dirtyFields.length === 0) return true;
    saving.current = true;
    try {
      return await saveDraft();
    } finally {
      saving.current = false;
    }
  };

  const saveDraft = async (): Promise<boolean> => {
    // What this save sends: input typed while it is on its way stays in the draft.
    const sent: Draft = {};
    for (const f of dirtyFields) sent[f] = draft[f];
    setBusy(true);
    setMessage(null);
    let base = claim;
    const claimPatch: Record<string, string | null> = {};
    for (const f of ['text', 'claimant', 'claimantRole', 'kind'] as const) if (dirtyFields.includes(f)) claimPatch[f] = f === 'text' || f === 'kind' ? value(f) : value(f).trim() || null;
    if (Object.keys(claimPatch).length) {
      if (claimPatch.text !== undefined && !claimPatch.text?.trim()) {
        setBusy(false);
        fail(t('claim.textRequired'));
        return false;
      }
      const result = await actions.update(base, claimPatch as { text?: string; claimant?: string | null; claimantRole?: string | null; kind?: ClaimKind });
      if (!result.ok) {
        if (stillShowing(base.id)) {
          setBusy(false);
          if (result.error.code !== 'conflict') fail(result.error.message);
        }
        return false;
      }
      base = result.claim;
    }
    if (dirtyFields.includes('rationale') || dirtyFields.includes('ratingLabel')) {
      const result = await actions.setReview(base, {
        rationale: value('rationale').trim() || null,
        ratingLabel: value('ratingLabel').trim() || null,
      });
      if (!result.ok) {
        if (stillShowing(base.id)) {
          setBusy(false);
          if (result.error.code !== 'conflict') fail(result.error.message);
        }
        return false;
      }
    }
    const here = stillShowing(base.id);
    if (here) setBusy(false);
    // Only the fields still as they were sent leave the draft; the rest was typed since.
    setDraft((d) => {
      const left = { ...d };
      for (const f of Object.keys(sent) as DraftField[]) if (left[f] === sent[f]) delete left[f];
      return left;
    });
    if (here) {
      setEditingOpen(false);
      setMessage({ kind: 'info', text: t('claim.saved') });
    }
    announce(t('claim.saved'));
    onWritten();
    return true;
  };

  const adjustSpan = async (start: number, end: number) => {
    if (end <= start || start < 0 || end > props.articleText.length) return;
    setMessage(null);
    const result = await actions.update(claim, { start, end });
    if (!result.ok && result.error.code !== 'conflict' && stillShowing(claim.id)) fail(result.error.message);
    else if (result.ok) announce(t('span.changed'));
  };

  /** Moves the start or the end by one character as the reader sees it (-1 earlier, 1 later). */
  const nudge = async (startBy: number, endBy: number) => {
    const start = stepCharacter(props.articleText, claim.start, startBy);
    const end = stepCharacter(props.articleText, claim.end, endBy);
    if (end <= start || start < 0 || end > props.articleText.length) return;
    setMessage(null);
    const result = await actions.nudgeSpan(claim, startBy, endBy);
    if (!result.ok && result.error.code !== 'conflict' && stillShowing(claim.id)) fail(result.error.message);
    else if (result.ok) announce(t('span.changed'));
  };

  const setSpanToSelection = () => {
    const sel = props.getTextSelection();
    if (!sel) return fail(t('span.noSelection'));
    void adjustSpan(sel.start, sel.end);
  };

  const submitSource = async (d: SourceDraft) => {
    setSourceError(null);
    const fields = {
      url: d.url.trim(),
      title: d.title.trim() || null,
      publisher: d.publisher.trim() || null,
      stance: d.stance,
      excerpt: d.excerpt.trim() || null,
      archivedUrl: d.archivedUrl.trim() || null,
      accessedAt: d.accessedAt || null,
    };
    const editing = sourceForm?.source;
    const result = editing ? await actions.updateSource(claim, { id: editing.id, ...fields }) : await actions.addSource(claim, fields);
    const here = stillShowing(claim.id);
    if (!result.ok) return void (here && setSourceError(result.error.message));
    if (here) {
      closeSourceForm();
      setMessage(null);
      setVerdictAfterSource(null);
    }
    announce(editing ? t('source.updated') : t('source.added'));
    onWritten();
    // The verdict asked for before there was a source, on the claim as the source left it.
    const wanted = verdictAfterSource;
    if (wanted && !editing && result.claim.sources.length > 0) {
      if (here) setPending(t(`verdict.${wanted}`));
      const applied = await actions.setVerdict(result.claim, wanted);
      const stillHere = stillShowing(claim.id);
      if (stillHere) setPending(null);
      if (applied.ok) announce(t('announce.verdict', { verdict: t(`verdict.${wanted}`) }));
      else if (applied.error.code !== 'conflict' && stillHere) fail(applied.error.message);
    }
  };

  /** Closes the source form and puts focus back on the Add source button (it mounts again). */
  const closeSourceForm = () => {
    focusAddSource.current = true;
    setSourceForm(null);
  };

  const cancelSourceForm = () => {
    setVerdictAfterSource(null);
    closeSourceForm();
  };

  const refreshClaim = useCallback(() => actions.refresh(claim.id), [actions, claim.id]);

  const removeSource = async (source: Source) => {
    const result = await actions.removeSource(claim, source.id);
    if (!result.ok) return void (stillShowing(claim.id) && fail(result.error.message));
    announce(t('source.removed'));
    onWritten();
  };

  const onFieldKey = (e: React.KeyboardEvent) => {
    if (isSubmitShortcut(e)) {
      e.preventDefault();
      // Saved from the keyboard: focus goes back to the claims at once, so j/k/v work without a
      // click even while the save is on its way. A refused save puts focus back in the field.
      const field = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      props.onSubmitFromKeyboard?.();
      void save().then((saved) => {
        if (!saved && field?.isConnected) field.focus();
      });
    }
  };

  const lang = i18n.language;
  const score = Math.round(claim.checkworthiness * 100);

  return (
    <div className="claim-panel" onKeyDown={onFieldKey}>
      {conflict && (
        <ConflictBanner
          conflict={conflict}
          pending={pending}
          onLoadTheirs={() => {
            setPending(null);
            actions.loadTheirs(claim.id);
          }}
        />
      )}

      <section className="panel-section" aria-labelledby={`${id}-claim`}>
        <div className="section-head">
          <h2 id={`${id}-claim`}>{t('claim.heading')}</h2>
          <span className="muted small">
            {claim.origin === 'manual' ? t('claim.manual') : t('claim.extracted')}
            {claim.edited ? ` · ${t('claim.edited')}` : ''}
          </span>
          <span className="spacer" />
          {!editingText && (
            <button type="button" className="link-btn nowrap" onClick={() => focusEditor()}>
              {t('claim.editText')}
            </button>
          )}
        </div>
        {editingText ? (
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('claim.text')}</label>
            <textarea
              id={`${id}-text`}
              ref={textRef}
              rows={3}
              value={value('text')}
              onChange={(e) => {
                // Stays open when the text is typed back to the stored one (the draft then has no text).
                setEditingOpen(true);
                setDraft((d) => ({ ...d, text: e.target.value }));
              }}
            />
          </div>
        ) : (
          <blockquote className="claim-quote">{claim.text}</blockquote>
        )}
        <div className="meta-line">
          <span className="score" title={t('claim.checkworthiness')}>
            <span className="score-bar" aria-hidden="true">
              <span className="score-fill" style={{ width: `${score}%` }} />
            </span>
            {t('claim.score', { score })}
          </span>
          <span className="chip">{t(`claimType.${claim.claimType}`)}</span>
          {claim.checkworthinessReasons.map((r) => {
            // The model's reasons say which way they pushed; older stored ones ('added by a reviewer') do not.
            const effect = reasonDirection(r);
            return (
              <span key={r} className={`chip chip-muted reason-${effect}`} title={effect === 'none' ? undefined : t(`reasonEffect.${effect}`)}>
                {t(`reason.${r}`, { defaultValue: r })}
              </span>
            );
          })}
        </div>

        <div className="field-row">
          <div className="field field-wide">
            <label htmlFor={`${id}-claimant`}>{t('claim.claimant')}</label>
            <input id={`${id}-claimant`} list={`${id}-claimants`} value={value('claimant')} placeholder={t('claim.ownVoice')} onChange={(e) => setDraft((d) => ({ ...d, claimant: e.target.value }))} />
            <datalist id={`${id}-claimants`}>
              {claimants.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
            <ClaimantAssign claimId={claim.id} name={claim.claimant} claimantId={claim.claimantId} announce={announce} onWritten={onWritten} />
          </div>
          <div className="field field-wide">
            <label htmlFor={`${id}-role`}>{t('claim.claimantRole')}</label>
            <input id={`${id}-role`} value={value('claimantRole')} onChange={(e) => setDraft((d) => ({ ...d, claimantRole: e.target.value }))} />
          </div>
        </div>
        <div className="field-row">
          <div className="field field-narrow">
            <label htmlFor={`${id}-kind`}>{t('claim.kind')}</label>
            <select id={`${id}-kind`} value={value('kind')} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value }))}>
              {CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="span-tools" role="group" aria-label={t('span.label')}>
          <span className="muted small">{t('span.position', { start: claim.start, end: claim.end })}</span>
          <span className="nudge">
            <span className="nudge-label" aria-hidden="true">{t('span.start')}</span>
            <button type="button" className="small-btn" onClick={() => void nudge(-1, 0)} aria-label={t('span.startEarlier')} title={t('span.startEarlier')}>
              ‹
            </button>
            <button type="button" className="small-btn" onClick={() => void nudge(1, 0)} aria-label={t('span.startLater')} title={t('span.startLater')}>
              ›
            </button>
          </span>
          <span className="nudge">
            <span className="nudge-label" aria-hidden="true">{t('span.end')}</span>
            <button type="button" className="small-btn" onClick={() => void nudge(0, -1)} aria-label={t('span.endEarlier')} title={t('span.endEarlier')}>
              ‹
            </button>
            <button type="button" className="small-btn" onClick={() => void nudge(0, 1)} aria-label={t('span.endLater')} title={t('span.endLater')}>
              ›
            </button>
          </span>
          <button type="button" className="small-btn" onMouseDown={(e) => e.preventDefault()} onClick={setSpanToSelection}>
            {t('span.toSelection')}
          </button>
        </div>
      </section>

      <section className="panel-section" aria-labelledby={`${id}-verdict`}>
        <h2 id={`${id}-verdict`}>{t('verdict.heading')}</h2>
        <div className="segmented" role="radiogroup" aria-labelledby={`${id}-verdict`} aria-describedby={hasSources ? undefined : `${id}-needs-source`}>
          {VERDICTS.map((v) => {
            const disabled = VERDICTS_NEEDING_SOURCE.includes(v) && !hasSources;
            return (
              <label key={v} className={`seg seg-${v}${shownVerdict === v ? ' is-checked' : ''}${disabled ? ' is-disabled' : ''}`} title={disabled ? t('verdict.needsSource') : undefined}>
                <input
                  type="radio"
                  name={`${id}-verdict`}
                  value={v}
                  checked={shownVerdict === v}
                  disabled={disabled}
                  onChange={() => void applyVerdict(v, 'radio')}
                />
                <span>{t(`verdict.${v}`)}</span>
              </label>
            );
          })}
        </div>
        {!hasSources && (
          <p id={`${id}-needs-source`} className="hint" role={verdictAfterSource ? 'status' : undefined}>
            {verdictAfterSource ? t('verdict.needsSourceThen', { verdict: t(`verdict.${verdictAfterSource}`) }) : t('verdict.needsSource')}
          </p>
        )}
        {claim.reviewer && claim.reviewedAt && (
          <p className="muted small">{t('verdict.reviewedBy', { name: claim.reviewer, date: formatDate(claim.reviewedAt, lang) })}</p>
        )}
        <div className="field">
          <label htmlFor={`${id}-label`}>{t('verdict.ratingLabel')}</label>
          <input id={`${id}-label`} list={`${id}-labels`} value={value('ratingLabel')} onChange={(e) => setDraft((d) => ({ ...d, ratingLabel: e.target.value }))} />
          <datalist id={`${id}-labels`}>
            {ratingLabels.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rationale`}>{t('verdict.rationale')}</label>
          <textarea ref={rationaleRef} id={`${id}-rationale`} rows={4} value={value('rationale')} onChange={(e) => setDraft((d) => ({ ...d, rationale: e.target.value }))} />
        </div>
        <div className="form-actions">
          <button type="button" className="primary" disabled={busy || dirtyFields.length === 0} onClick={() => void save()}>
            {t('claim.save')}
          </button>
          {dirtyFields.length > 0 && (
            <button
              type="button"
              onClick={() => {
                setDraft({});
                setEditingOpen(false);
                setMessage(null);
                // Discarding also drops the conflict: the form shows the claim as it is now.
                if (conflict) {
                  setPending(null);
                  actions.loadTheirs(claim.id);
                }
              }}
            >
              {t('claim.discard')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="danger-link" onClick={() => props.onDelete(claim)}>
            {t('claim.delete')}
          </button>
        </div>
        {dirtyFields.length > 0 && <p className="muted small">{t('claim.unsaved')}</p>}
        {message && (
          <p className={message.kind === 'error' ? 'field-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </section>

      <section className="panel-section" aria-labelledby={`${id}-sources`}>
        <div className="section-head">
          <h2 id={`${id}-sources`}>
            {t('source.heading')} <span className="count">{claim.sources.length}</span>
          </h2>
          {!sourceForm && (
            <button ref={addSourceRef} type="button" className="small-btn" onClick={openSourceForm}>
              {t('source.add')}
            </button>
          )}
        </div>
        {sourceForm && !sourceForm.source && (
          <SourceForm
            ref={sourceFormRef}
            // For a claim marked (or about to be marked) Disputed, a new source starts as refuting it: with
            // "supports" kept by default, reports listed a disputed claim's only source as supporting it.
            defaultStance={(verdictAfterSource ?? claim.verdict) === 'disputed' ? 'refutes' : 'supports'}
            busy={busy}
            error={sourceError}
            onSubmit={(d) => void submitSource(d)}
            onCancel={cancelSourceForm}
          />
        )}
        {claim.sources.length === 0 && !sourceForm && <p className="muted small">{t('source.none')}</p>}
        <ul className="sources">
          {claim.sources.map((s) =>
            sourceForm?.source?.id === s.id ? (
              <li key={s.id}>
                <SourceForm ref={sourceFormRef} source={s} error={sourceError} onSubmit={(d) => void submitSource(d)} onCancel={cancelSourceForm} />
              </li>
            ) : (
              <li key={s.id} className="source">
                <div className="source-head">
                  <span className={`stance stance-${s.stance}`}>{t(`stance.${s.stance}`)}</span>
                  <span className="source-title">{s.title || s.url}</span>
                </div>
                <div className="source-meta">
                  {s.publisher && <span>{s.publisher}</span>}
                  <ExternalLink url={s.url} label={t('source.open')} />
                  {s.archivedUrl && <ExternalLink url={s.archivedUrl} label={t('source.archived')} />}
                  {s.accessedAt && <span>{t('source.accessedOn', { date: formatDate(s.accessedAt, lang) })}</span>}
                </div>
                {s.excerpt && <blockquote className="source-excerpt">{s.excerpt}</blockquote>}
                <SourceSnapshot source={s} refresh={refreshClaim} announce={announce} />
                <div className="source-actions">
                  <button
                    type="button"
                    className="link-btn"
                    onClick={() => {
                      setSourceError(null);
                      focusUrlOnOpen.current = true;
                      setSourceForm({ source: s });
                    }}
                    aria-label={t('source.editNamed', { name: s.title || s.url })}
                  >
                    {t('source.edit')}
                  </button>
                  <button type="button" className="link-btn danger-link" onClick={() => void removeSource(s)} aria-label={t('source.removeNamed', { name: s.title || s.url })}>
                    {t('source.remove')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      </section>

      <EarlierFactChecks claim={claim} cite={citeFactCheck} announce={announce} />

      <section className="panel-section" aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>{t('history.title')}</h2>
        <HistoryList events={history} />
      </section>
    </div>
  );
});

export function ExternalLink({ url, label }: { url: string; label: string }) {
  if (!isHttpUrl(url)) return <span className="muted">{url}</span>;
  return (
    <a
      href={url}
      className="ext-link"
      title={url}
      rel="noopener noreferrer"
      target="_blank"
      onClick={(e) => {
        e.preventDefault();
        void openExternal(url);
      }}
    >
      {label}
    </a>
  );
}
