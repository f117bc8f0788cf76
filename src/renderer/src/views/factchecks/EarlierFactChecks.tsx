// The claim panel's "Earlier fact-checks": the best matches from the fact-check library (imported
// fact-checks and this desk's own reviews) with rating, organisation, date, similarity and a link.
// A match is cited as a source with the stance chosen; the key c cites the best one.
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { STANCES } from '../../../../shared/constants';
import type { ClaimWithSources, Stance } from '../../../../shared/domain';
import type { FactCheckMatch } from '../../../../shared/factchecks.contract';
import { call } from '../../api/client';
import { formatDate } from '../../lib/format';
import { after, DETAILS_AFTER_MS } from '../../lib/rest';
import { useWorkspaceView } from '../../state';
import { ExternalLink } from '../../workspace/ClaimPanel';
import { FactCheckImport } from './FactCheckImport';
import './factchecks.css';

interface Props {
  claim: ClaimWithSources;
  /** Cites a match as a source of the claim (through the article's write queue). */
  cite(factCheckId: number, stance: Stance): Promise<{ ok: boolean; error?: { message: string } }>;
  announce(message: string): void;
}

/** The stance a fact-check's rating suggests for the same claim: rated false refutes it, rated true supports it. */
export function suggestedStance(m: Pick<FactCheckMatch, 'ratingValue' | 'bestRating' | 'worstRating' | 'conflict'>): Stance {
  if (m.conflict || m.ratingValue === null) return 'context';
  const best = m.bestRating ?? 5;
  const worst = m.worstRating ?? 1;
  const share = best > worst ? (m.ratingValue - worst) / (best - worst) : 0.5;
  return share <= 0.34 ? 'refutes' : share >= 0.75 ? 'supports' : 'context';
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'file'].includes(target.type));
}

function EarlierFactChecksSection({ claim, cite, announce }: Props) {
  const { t, i18n } = useTranslation('factchecks');
  const { t: tw } = useTranslation();
  const id = useId();
  const { openClaim, refreshArticles } = useWorkspaceView();
  const [state, setState] = useState<{ matches: FactCheckMatch[]; sameClaimMin: number } | { error: string } | null>(null);
  const [stances, setStances] = useState<Record<number, Stance>>({});
  const [reload, setReload] = useState(0);
  const citedUrls = new Set(claim.sources.map((s) => s.url));

  useEffect(() => {
    let live = true;
    setState(null);
    // Once the claim has been selected a moment (lib/rest.ts), not for every claim j passes.
    const cancel = after(DETAILS_AFTER_MS, () => {
      call('factchecks.match', { claimId: claim.id, limit: 5 }).then(
        (result) => live && setState(result),
        (error: Error) => live && setState({ error: error.message }),
      );
    });
    return () => {
      live = false;
      cancel();
    };
    // Matching reads the text; a new version may be a new text or a new review.
  }, [claim.id, claim.text, reload]);

  const stanceOf = (m: FactCheckMatch) => stances[m.id] ?? suggestedStance(m);
  const citeMatch = useCallback(
    async (m: FactCheckMatch, stance: Stance) => {
      const result = await cite(m.id, stance);
      announce(result.ok ? t('cited') : (result.error?.message ?? ''));
    },
    [cite, announce, t],
  );

  // c: cite the best match that can be cited and is not cited yet, with its chosen stance.
  const keyState = useRef({ state, citeMatch, stanceOf, citedUrls, announce, t });
  keyState.current = { state, citeMatch, stanceOf, citedUrls, announce, t };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'c' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const k = keyState.current;
      e.preventDefault();
      // A key that does nothing leaves the reviewer guessing: say why nothing was cited.
      const best = k.state && 'matches' in k.state ? k.state.matches.find((m) => m.url && !m.conflict && !k.citedUrls.has(m.url)) : undefined;
      if (best) void k.citeMatch(best, k.stanceOf(best));
      else if (!k.state) k.announce(k.t('loading'));
      else if ('error' in k.state) k.announce(k.t('error', { message: k.state.error }));
      else k.announce(k.t(k.state.matches.length === 0 ? 'nothingToCite' : 'allCited'));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const lang = i18n.language;
  const matches = state && 'matches' in state ? state.matches : [];
  return (
    <section className="panel-section fc-section" aria-labelledby={`${id}-fc`} data-testid="earlier-factchecks">
      <div className="section-head">
        <h2 id={`${id}-fc`}>
          {t('heading')} <span className="count">{matches.length}</span>
        </h2>
        <FactCheckImport
          onImported={() => {
            setReload((n) => n + 1);
            refreshArticles(); // the claims list asks again which claims were checked before
          }}
        />
      </div>
      {state === null && <p className="muted small">{t('loading')}</p>}
      {state && 'error' in state && <p className="fc-error small">{t('error', { message: state.error })}</p>}
      {state && 'matches' in state && matches.length === 0 && <p className="muted small">{t('none')}</p>}
      {matches.length > 0 && (
        <ol className="fc-matches">
          {matches.map((m) => {
            const same = 'sameClaimMin' in state! && m.similarity >= state.sameClaimMin;
            const cited = m.url !== null && citedUrls.has(m.url);
            return (
              <li key={m.id} className={`fc-match${same ? ' is-same' : ''}`} data-testid="factcheck-match">
                <div className="fc-head">
                  <span className="fc-similarity" title={t('similarity', { percent: Math.round(m.similarity * 100) })}>
                    {Math.round(m.similarity * 100)} %
                  </span>
                  {/* The desk's own entries keep their verdict as a code: named here in the UI language (a reviewer's own label first). */}
                  {(m.ratingName ?? m.ratingCode) && <span className="fc-rating">{m.ratingName ?? tw(`verdict.${m.ratingCode!}`)}</span>}
                  <span className="fc-org">{m.origin === 'desk' ? (m.organisation ?? t('thisDesk')) : m.organisation}</span>
                  {m.reviewDate && <span className="muted">{formatDate(m.reviewDate, lang)}</span>}
                  {same && <span className="fc-same">{t('sameClaim')}</span>}
                </div>
                <p className="fc-claim" lang={m.language ?? undefined}>
                  {m.claimReviewed}
                  {m.claimant && <span className="muted"> — {t('claimant', { name: m.claimant })}</span>}
                </p>
                {m.conflict && <p className="fc-conflict small">{t(`conflict.${m.conflict}`)}</p>}
                <div className="fc-actions">
                  {m.url ? (
                    <>
                      <ExternalLink url={m.url} label={t('openReview')} />
                      <label className="fc-stance">
                        <span>{t('citeAs')}</span>
                        <select value={stanceOf(m)} onChange={(e) => setStances((s) => ({ ...s, [m.id]: e.target.value as Stance }))}>
                          {STANCES.map((s) => (
                            <option key={s} value={s}>
                              {t(`stance.${s}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                      <button type="button" className="small-btn" disabled={cited} onClick={() => void citeMatch(m, stanceOf(m))} aria-label={t('citeNamed', { organisation: m.organisation ?? '' })}>
                        {cited ? t('cited') : t('cite')}
                      </button>
                    </>
                  ) : (
                    <>
                      <span className="muted">{t('deskReview')}</span>
                      {m.articleId && m.claimId && (
                        <button type="button" className="link-btn" onClick={() => openClaim(m.articleId!, m.claimId)}>
                          {t('openClaim')}
                        </button>
                      )}
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {matches.some((m) => m.url && !m.conflict) && <p className="muted small fc-hint">{t('citeHint')}</p>}
    </section>
  );
}

const sourceUrls = (claim: ClaimWithSources) => claim.sources.map((s) => s.url).join('\n');

/**
 * Memoised on what it reads of the claim (its id, text and cited URLs): a verdict's answer is a
 * new claim object, and the section has nothing to show differently for it.
 */
export const EarlierFactChecks = memo(
  EarlierFactChecksSection,
  (a, b) => a.cite === b.cite && a.announce === b.announce && a.claim.id === b.claim.id && a.claim.text === b.claim.text && sourceUrls(a.claim) === sourceUrls(b.claim),
);
