// Claimants as people: the list (found by any name they were seen under) and one claimant's
// page: verdict record as a chart, aliases, every claim newest first with a jump into its
// article, and the reviewer's rename / merge / undo (history and conflicts live in the service).
import { useCallback, useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ClaimantClaim } from '../../../../shared/claimants.contract';
import type { MethodResult } from '../../../../shared/contract';
import { ApiError, call } from '../../api/client';
import { useWorkspace } from '../../state';
import { ChartFigure, RECORD_KEYS, share, VerdictRecordChart } from '../dashboard/charts';
import { RecordStrip } from '../dashboard/DashboardView';
import { ClaimantClaims } from './ClaimantClaims';
import { claimantSummary, firstSeenText } from './summary';
import '../dashboard/dashboard.css';
import './claimants.css';

type List = MethodResult<'claimants.list'>;
type Page = MethodResult<'claimants.get'>;

/**
 * Up/Down (and j/k) move between the claimants of the list, and Down from the search field
 * enters it: with the keyboard alone, reaching the tenth name took ten Tabs (each claimant is a
 * button). Enter opens the focused one, as before.
 */
function moveInList(event: KeyboardEvent<HTMLElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const fromSearch = event.target instanceof HTMLInputElement;
  const down = event.key === 'ArrowDown' || (!fromSearch && event.key === 'j');
  const up = event.key === 'ArrowUp' || (!fromSearch && event.key === 'k');
  if (!down && !up) return;
  const nav = event.currentTarget.closest('nav');
  const buttons = [...(nav?.querySelectorAll<HTMLButtonElement>('.claimants__items > li > button') ?? [])];
  if (buttons.length === 0) return;
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (fromSearch && !down) return;
  const next = fromSearch ? 0 : Math.max(0, Math.min(buttons.length - 1, at + (down ? 1 : -1)));
  event.preventDefault();
  event.stopPropagation();
  buttons[next]!.focus();
}

export function ClaimantsView({ announce }: { announce(message: string): void }) {
  const { t } = useTranslation('claimants');
  const { claimantId, openClaimant, articlesVersion } = useWorkspace();
  const [query, setQuery] = useState('');
  const [list, setList] = useState<List | null>(null);
  const [listVersion, setListVersion] = useState(0);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      call('claimants.list', { query: query.trim() || undefined, limit: 500 })
        .then((l) => live && setList(l))
        .catch(() => live && setList({ claimants: [], total: 0, unresolved: [] }));
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, articlesVersion, listVersion]);

  return (
    <div className="claimants">
      <nav className="claimants__list" aria-label={t('list.title')}>
        <h2>{t('list.title')}</h2>
        <input
          type="search"
          className="claimants__search"
          aria-label={t('list.search')}
          placeholder={t('list.searchShort')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={moveInList}
        />
        {list && <p className="claimants__count">{t('list.count', { count: list.total })}</p>}
        {list && list.claimants.length === 0 && <p className="claimants__empty">{query ? t('list.noMatch', { query }) : t('list.empty')}</p>}
        <ul className="claimants__items" onKeyDown={moveInList}>
          {list?.claimants.map((c) => (
            <li key={c.id}>
              <button type="button" aria-current={c.id === claimantId ? 'page' : undefined} onClick={() => openClaimant(c.id)}>
                <span className="claimants__name">{c.name}</span>
                <span className="claimants__meta">
                  {t(`type.${c.type}`)} · {t('list.claims', { count: c.claims })}
                </span>
                {c.firstSeen && <span className="claimants__meta claimants__seen">{firstSeenText(t, c.firstSeen)}</span>}
                <RecordStrip record={c.verdicts} />
              </button>
            </li>
          ))}
        </ul>
        {list && list.unresolved.length > 0 && (
          <section className="claimants__unresolved" aria-labelledby="unresolved-title">
            <h3 id="unresolved-title">{t('list.unresolved')}</h3>
            <p>{t('list.unresolvedNote')}</p>
            <ul>
              {list.unresolved.slice(0, 12).map((u) => (
                <li key={u.name}>
                  {u.name} <span className="claimants__meta">({u.claims})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </nav>
      <div className="claimants__page">
        {claimantId ? (
          <ClaimantPage id={claimantId} announce={announce} onChanged={() => setListVersion((v) => v + 1)} />
        ) : (
          <p className="claimants__empty">{t('list.pick')}</p>
        )}
      </div>
    </div>
  );
}

function ClaimantPage({ id, announce, onChanged }: { id: string; announce(message: string): void; onChanged(): void }) {
  const { t } = useTranslation('claimants');
  const { openClaim, openClaimant, articlesVersion } = useWorkspace();
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState('');
  const [mergeRef, setMergeRef] = useState('');
  const [reload, setReload] = useState(0);
  const [history, setHistory] = useState<MethodResult<'claimants.history'>>([]);
  // Split: the aliases and claims chosen to move to a new claimant, and its name.
  const [splitting, setSplitting] = useState(false);
  const [splitAliases, setSplitAliases] = useState<ReadonlySet<string>>(new Set());
  const [splitClaims, setSplitClaims] = useState<ReadonlySet<string>>(new Set());
  const [splitName, setSplitName] = useState('');

  useEffect(() => {
    let live = true;
    call('claimants.history', { claimant: id })
      .then((h) => live && setHistory(h))
      .catch(() => live && setHistory([]));
    return () => {
      live = false;
    };
  }, [id, reload]);

  useEffect(() => {
    let live = true;
    call('claimants.get', { claimant: id })
      .then((p) => {
        if (!live) return;
        setPage(p);
        setError(null);
        // A claimant merged into another answers as that one: show it under its own id.
        if (p.claimant.id !== id) openClaimant(p.claimant.id);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [id, articlesVersion, reload, openClaimant]);

  const act = useCallback(
    async (work: () => Promise<string>) => {
      try {
        const message = await work();
        announce(message);
        setError(null);
      } catch (e) {
        setError(e instanceof ApiError && e.code === 'conflict' ? t('page.conflict') : (e as Error).message);
      }
      setReload((r) => r + 1);
      onChanged();
    },
    [announce, onChanged, t],
  );

  const chooseClaim = useCallback((id: string) => setSplitClaims((s) => toggleIn(s, id)), []);
  const openOne = useCallback((c: ClaimantClaim) => openClaim(c.articleId, c.id), [openClaim]);

  if (error && !page) return <p role="alert">{error}</p>;
  if (!page) return null;
  const { claimant, claims } = page;
  const total = claimant.claims;
  const others = claimant.aliases.filter((a) => a !== claimant.name);

  const rename = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const c = await call('claimants.rename', { claimant: claimant.id, name, expectedVersion: claimant.version });
      setRenaming(false);
      return t('page.renamed', { name: c.name });
    });
  };
  const merge = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const c = await call('claimants.merge', { keep: claimant.id, other: mergeRef.trim(), keepVersion: claimant.version });
      setMergeRef('');
      return t('page.merged', { name: c.name });
    });
  };

  const toggle = toggleIn;
  const closeSplit = () => {
    setSplitting(false);
    setSplitAliases(new Set());
    setSplitClaims(new Set());
    setSplitName('');
  };
  const split = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const result = await call('claimants.split', {
        claimant: claimant.id,
        aliases: [...splitAliases],
        claimIds: [...splitClaims],
        name: splitName.trim() || undefined,
        expectedVersion: claimant.version,
      });
      closeSplit();
      return t('split.done', { name: result.created.name, count: result.created.claims });
    });
  };
  const lastUndoable = [...history].reverse().find((h) => !h.undone && h.action !== 'undo' && h.action !== 'merged-into' && h.action !== 'split-from');

  return (
    <article className="claimant-page" aria-labelledby="claimant-name" data-testid="claimant-page">
      <header className="claimant-page__head">
        <div>
          <h2 id="claimant-name">{claimant.name}</h2>
          <p className="claimants__meta">
            {t(`type.${claimant.type}`)} · {claimantSummary(t, claimant)}
            {claimant.firstSeen && ` · ${firstSeenText(t, claimant.firstSeen)}`}
          </p>
        </div>
        <div className="claimant-actions">
          {renaming ? (
            <form onSubmit={rename} className="claimant-actions__form">
              <label>
                {t('page.renameLabel')}
                <input autoFocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
              </label>
              <button type="submit">{t('page.save')}</button>
              <button type="button" onClick={() => setRenaming(false)}>
                {t('page.cancel')}
              </button>
            </form>
          ) : (
            <button
              type="button"
              onClick={() => {
                setName(claimant.name);
                setRenaming(true);
              }}
            >
              {t('page.rename')}
            </button>
          )}
          <button type="button" aria-expanded={splitting} onClick={() => (splitting ? closeSplit() : setSplitting(true))}>
            {t('split.open')}
          </button>
          <button type="button" disabled={!lastUndoable} onClick={() => void act(async () => (await call('claimants.undo', { claimant: claimant.id, expectedVersion: claimant.version }), t('page.undone')))}>
            {t('page.undo')}
          </button>
        </div>
      </header>
      {error && (
        <p role="alert" className="dashboard__error">
          {error}
        </p>
      )}
      {splitting && (
        <form className="claimant-card claimant-split" onSubmit={split} aria-labelledby="split-title" data-testid="claimant-split">
          <h3 id="split-title">{t('split.title')}</h3>
          <p className="claimants__meta">{t('split.note')}</p>
          {others.length > 0 && (
            <fieldset>
              <legend>{t('split.aliases')}</legend>
              {others.map((a) => (
                <label key={a} className="claimant-split__choice">
                  <input type="checkbox" checked={splitAliases.has(a)} onChange={() => setSplitAliases((s) => toggle(s, a))} />
                  {a}
                </label>
              ))}
            </fieldset>
          )}
          <p className="claimants__meta">{t('split.claimsHint', { count: splitClaims.size })}</p>
          <label className="claimant-split__name">
            {t('split.name')}
            <input value={splitName} maxLength={200} placeholder={[...splitAliases][0] ?? ''} onChange={(e) => setSplitName(e.target.value)} />
          </label>
          <div className="claimant-actions">
            <button type="submit" disabled={splitAliases.size === 0 && splitClaims.size === 0}>
              {t('split.submit')}
            </button>
            <button type="button" onClick={closeSplit}>
              {t('page.cancel')}
            </button>
          </div>
        </form>
      )}
      <div className="claimant-page__top">
        <ChartFigure
          testId="claimant-record"
          title={t('page.record')}
          table={{ head: [t('page.record'), t('dashboard.claims'), '%'], rows: RECORD_KEYS.map((k) => [t(`verdictRecord.${k}`), claimant.verdicts[k], share(claimant.verdicts[k], total)]) }}
        >
          <VerdictRecordChart record={claimant.verdicts} />
        </ChartFigure>
        <section className="claimant-card" aria-labelledby="aliases-title">
          <h3 id="aliases-title">{t('page.aliases')}</h3>
          {others.length ? (
            <ul className="claimant-aliases">
              {others.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          ) : (
            <p className="claimants__meta">{t('page.noAliases')}</p>
          )}
          <form onSubmit={merge} className="claimant-actions claimant-actions__form">
            <label>
              {t('page.mergeLabel')}
              <input value={mergeRef} maxLength={200} onChange={(e) => setMergeRef(e.target.value)} />
            </label>
            <button type="submit" disabled={!mergeRef.trim()} title={t('page.merge')}>
              {t('page.mergeButton')}
            </button>
          </form>
        </section>
      </div>
      <section className="claimant-card" aria-labelledby="claims-title">
        <h3 id="claims-title">{t('page.claims')}</h3>
        <ClaimantClaims claims={claims} choosing={splitting} chosen={splitClaims} onChoose={chooseClaim} onOpen={openOne} />
      </section>
      <section className="claimant-card" aria-labelledby="history-title" data-testid="claimant-history">
        <h3 id="history-title">{t('history.title')}</h3>
        {history.length === 0 ? (
          <p className="claimants__meta">{t('history.empty')}</p>
        ) : (
          <ol className="claimant-history">
            {[...history].reverse().map((h) => (
              <li key={h.id} className={h.undone ? 'claimant-history__undone' : undefined}>
                <span className="claimant-claims__date">{h.at.slice(0, 16).replace('T', ' ')}</span>
                <span>{describeEvent(h, t)}</span>
                <span className="claimants__meta">{h.actor ?? ''}</span>
                {h.undone && <span className="claimants__meta">{t('history.undone')}</span>}
                {h === lastUndoable && (
                  <button type="button" className="link-btn" onClick={() => void act(async () => (await call('claimants.undo', { claimant: claimant.id, expectedVersion: claimant.version }), t('page.undone')))}>
                    {t('history.undo')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function toggleIn<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** One history line in words: what changed, with the names the event kept. */
function describeEvent(h: MethodResult<'claimants.history'>[number], t: (key: string, options?: Record<string, unknown>) => string): string {
  const after = (h.after ?? {}) as Record<string, unknown>;
  const before = (h.before ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (h.action) {
    case 'renamed':
      return t('history.renamed', { from: text(before['name']), to: text(after['name']) });
    case 'merged':
      return t('history.merged', { name: text(after['otherName']) });
    case 'merged-into':
      return t('history.mergedInto', { name: text(after['keepName']) });
    case 'split':
      return t('history.split', { name: text(after['newName']) });
    case 'split-from':
      return t('history.splitFrom', { name: text(after['fromName']) });
    case 'assigned':
      return t('history.assigned', { name: text(after['name']) });
    case 'undo':
      return t('history.undoOf', { action: t(`history.actions.${text(before['action'])}`, { defaultValue: text(before['action']) }) });
    default:
      return h.action;
  }
}
