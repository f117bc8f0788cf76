// A claim's history: who changed what, when, as "before → after".
import { memo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ClaimEvent } from '../../../shared/domain';
import { formatDateTime, formatRelative } from '../lib/format';

const FIELD_ORDER = ['verdict', 'ratingLabel', 'rationale', 'text', 'claimant', 'claimantRole', 'kind', 'start', 'end', 'url', 'title', 'publisher', 'stance', 'excerpt', 'archivedUrl', 'accessedAt'];

function clip(value: string, max = 140): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Memoised: the panel renders with every write; the history changes only when read again. */
export const HistoryList = memo(function HistoryList({ events }: { events: ClaimEvent[] | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!events) return <p className="muted">{t('history.loading')}</p>;
  if (events.length === 0) return <p className="muted">{t('history.empty')}</p>;

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('history.none');
    if (field === 'verdict' && typeof value === 'string') return t(`verdict.${value}`, { defaultValue: value });
    if (field === 'kind' && typeof value === 'string') return t(`kind.${value}`, { defaultValue: value });
    if (field === 'stance' && typeof value === 'string') return t(`stance.${value}`, { defaultValue: value });
    return clip(typeof value === 'string' ? value : JSON.stringify(value));
  };

  return (
    <ol className="history" aria-label={t('history.title')}>
      {[...events].reverse().map((event) => {
        const before = event.before ?? {};
        const after = event.after ?? {};
        const whole = event.action === 'source.added' || event.action === 'source.removed' || event.action === 'created' || event.action === 'deleted';
        const fields = FIELD_ORDER.filter((f) => f in before || f in after).filter((f) =>
          whole ? (after[f] ?? before[f] ?? null) !== null : JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null),
        );
        const verdictBefore = before.verdict as string | undefined;
        const verdictAfter = after.verdict as string | undefined;
        const isCorrection = event.action === 'verdict' && verdictBefore && verdictAfter && verdictBefore !== verdictAfter && verdictBefore !== 'unreviewed';
        let title: string = t(`history.action.${event.action}`, { defaultValue: event.action });
        if (event.action === 'verdict' && verdictBefore !== verdictAfter) {
          title = isCorrection
            ? t('history.correction', { before: show('verdict', verdictBefore), after: show('verdict', verdictAfter) })
            : t('history.verdictSet', { before: show('verdict', verdictBefore), after: show('verdict', verdictAfter) });
        }
        return (
          <li key={`${event.id}-${event.at}`} className={`history-item${isCorrection ? ' is-correction' : ''}`}>
            <div className="history-head">
              <span className="history-title">{title}</span>
              <span className="history-meta">
                {event.action === 'extracted' ? t('history.extractionActor') : (event.actor ?? t('history.unknownActor'))} ·{' '}
                <time dateTime={event.at} title={formatDateTime(event.at, lang)}>
                  {formatRelative(event.at, lang)}
                </time>
              </span>
            </div>
            {fields.length > 0 && (
              <dl className="history-changes">
                {fields
                  .filter((f) => !(f === 'verdict' && event.action === 'verdict'))
                  .map((f) => (
                    <div key={f} className="history-change">
                      <dt>{t(`field.${f}`, { defaultValue: f })}</dt>
                      <dd>
                        {event.action === 'source.added' || event.action === 'created' ? (
                          show(f, after[f])
                        ) : event.action === 'source.removed' || event.action === 'deleted' ? (
                          show(f, before[f])
                        ) : (
                          <>
                            <span className="before">{show(f, before[f])}</span> <span aria-hidden="true">→</span>
                            <span className="sr-only">{t('history.to')}</span> <span className="after">{show(f, after[f])}</span>
                          </>
                        )}
                      </dd>
                    </div>
                  ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
});
