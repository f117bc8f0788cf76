// Shown when a write was refused because the claim changed elsewhere: what they changed, and
// a way to take their version. Never overwrites: the reviewer's unsaved input stays as typed.
import { useTranslation } from '../i18n/use-translation';
import type { ClaimWithSources } from '../../../shared/domain';
import type { ConflictState } from './useArticle';

type Field = 'verdict' | 'ratingLabel' | 'rationale' | 'text' | 'claimant' | 'claimantRole' | 'kind' | 'span' | 'sources';

function valueOf(claim: ClaimWithSources, field: Field): string | null {
  switch (field) {
    case 'span':
      return `${claim.start}–${claim.end}`;
    case 'sources':
      return claim.sources.map((s) => s.title || s.url).join(', ') || null;
    default:
      return claim[field] ?? null;
  }
}

const FIELDS: Field[] = ['verdict', 'ratingLabel', 'rationale', 'text', 'claimant', 'claimantRole', 'kind', 'span', 'sources'];

export function conflictDiff(base: ClaimWithSources, current: ClaimWithSources): { field: Field; before: string | null; after: string | null }[] {
  return FIELDS.map((field) => ({ field, before: valueOf(base, field), after: valueOf(current, field) })).filter((d) => d.before !== d.after);
}

export function ConflictBanner({ conflict, pending, onLoadTheirs }: { conflict: ConflictState; pending: string | null; onLoadTheirs(): void }) {
  const { t } = useTranslation();
  const diff = conflictDiff(conflict.base, conflict.current);
  const show = (field: Field, value: string | null) => {
    if (value === null || value === '') return t('history.none');
    if (field === 'verdict') return t(`verdict.${value}`);
    if (field === 'kind') return t(`kind.${value}`);
    return value.length > 160 ? `${value.slice(0, 159)}…` : value;
  };
  return (
    <div className="conflict-banner" role="alert" data-testid="conflict-banner">
      <p className="conflict-title">
        {conflict.actor ? t('conflict.titleBy', { name: conflict.actor }) : t('conflict.title')} — {t('conflict.theirVersion')}
      </p>
      {diff.length ? (
        <dl className="conflict-diff">
          {diff.map((d) => (
            <div key={d.field}>
              <dt>{t(`field.${d.field}`)}</dt>
              <dd>
                <span className="before">{show(d.field, d.before)}</span> <span aria-hidden="true">→</span>
                <span className="sr-only">{t('history.to')}</span> <span className="after">{show(d.field, d.after)}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('conflict.noVisibleChange')}</p>
      )}
      <p className="conflict-note">{pending ? t('conflict.notSavedWith', { change: pending }) : t('conflict.notSaved')}</p>
      <button type="button" className="primary" onClick={onLoadTheirs}>
        {t('conflict.loadTheirs')}
      </button>
    </div>
  );
}
