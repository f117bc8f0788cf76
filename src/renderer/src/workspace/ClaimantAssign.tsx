// Under the claim's claimant field, when its name went to no claimant (a bare surname two
// people fit, a role with no name): say so, and let the reviewer link this one claim to a
// claimant by hand (claimants.assign). Candidates come from claimants.list (any name a
// claimant was seen under); type to look for another. Keyboard: Tab through the candidates,
// Enter in the box takes the first one.
import { memo, useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { MethodResult } from '../../../shared/contract';
import { call } from '../api/client';
import { firstSeenText } from '../views/claimants/summary';
import './claimant-assign.css';

type Candidate = MethodResult<'claimants.list'>['claimants'][number];

/** Memoised: its props are the claim's fields and stable callbacks, so a verdict leaves it be. */
export const ClaimantAssign = memo(function ClaimantAssign({ claimId, name, claimantId, announce, onWritten }: { claimId: string; name: string | null; claimantId: string | null; announce(message: string): void; onWritten(): void }) {
  const { t } = useTranslation('claimants');
  const id = useId();
  const [assigned, setAssigned] = useState<{ claimId: string; name: string } | null>(null);
  const [query, setQuery] = useState('');
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const unresolved = Boolean(name?.trim()) && claimantId === null && assigned?.claimId !== claimId;
  // The name's last word ("Biden", "Regierungssprecher") finds the claimants it may mean.
  const search = query.trim() || (name ?? '').trim().split(/\s+/).pop() || '';

  useEffect(() => {
    setQuery('');
    setError(null);
  }, [claimId]);
  useEffect(() => {
    if (!unresolved) return;
    let live = true;
    const timer = window.setTimeout(() => {
      call('claimants.list', { query: search || undefined, limit: 8 })
        .then((r) => live && setCandidates(r.claimants))
        .catch(() => live && setCandidates([]));
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [unresolved, search]);

  if (assigned?.claimId === claimId) return <p className="claimant-assign claimant-assign--done">{t('assign.linked', { name: assigned.name })}</p>;
  if (!unresolved) return null;
  const assign = async (candidate: Candidate) => {
    try {
      const c = await call('claimants.assign', { claimId, claimant: candidate.id, expectedVersion: candidate.version });
      setAssigned({ claimId, name: c.name });
      announce(t('assign.done', { name: c.name }));
      onWritten();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="claimant-assign" role="group" aria-labelledby={`${id}-title`} data-testid="claimant-assign">
      <p id={`${id}-title`} className="claimant-assign__note">
        {t('assign.unresolved', { name })}
      </p>
      <label htmlFor={`${id}-q`} className="claimant-assign__label">
        {t('assign.label')}
      </label>
      <input
        id={`${id}-q`}
        type="text"
        autoComplete="off"
        value={query}
        placeholder={search}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && candidates[0]) {
            e.preventDefault();
            void assign(candidates[0]);
          }
        }}
      />
      {candidates.length === 0 ? (
        <p className="claimant-assign__none">{t('assign.none')}</p>
      ) : (
        <ul className="claimant-assign__list">
          {candidates.map((c) => (
            <li key={c.id}>
              <button type="button" className="link-btn" onClick={() => void assign(c)}>
                {t('assign.to', { name: c.name })}
              </button>{' '}
              <span className="claimant-assign__meta">
                {t('list.claims', { count: c.claims })}
                {c.firstSeen && ` · ${firstSeenText(t, c.firstSeen)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
});
