// The desk at a glance (stats.desk): verdicts per week, open claims by check-worthiness, the
// median time to a verdict, verdicts per reviewer and the most-claimed claimants, with filters
// for date range, language and claimant. No figures are computed here: the service does.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ClaimantFirstSeen, DeskStats } from '../../../../shared/claimants.contract';
import type { MethodResult } from '../../../../shared/contract';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useWorkspace } from '../../state';
import { firstSeenText } from '../claimants/summary';
import { ChartFigure, CountBars, RECORD_KEYS, VerdictRecordChart, WeeksChart } from './charts';
import './dashboard.css';

interface Filters {
  from: string;
  to: string;
  language: '' | 'de' | 'en';
  claimantId: string;
}

export function DashboardView() {
  const { t, i18n } = useTranslation('claimants');
  const { openClaimant, articlesVersion } = useWorkspace();
  const number = (n: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(n);
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', language: '', claimantId: '' });
  const [stats, setStats] = useState<DeskStats | null>(null);
  const [claimants, setClaimants] = useState<MethodResult<'claimants.list'>['claimants']>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('stats.desk', {
      from: filters.from || undefined,
      to: filters.to || undefined,
      language: filters.language || undefined,
      claimantId: filters.claimantId || undefined,
    })
      .then((s) => live && (setStats(s), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [filters, articlesVersion]);

  // The claimant filter's full list is asked only once the dashboard has painted from stats.desk
  // (until then it offers the most-claimed people stats.desk brought): the first paint waits for
  // one call, not two.
  const painted = stats !== null;
  useEffect(() => {
    if (!painted) return;
    let live = true;
    const timer = window.setTimeout(() => {
      call('claimants.list', { limit: 200 })
        .then((r) => live && setClaimants(r.claimants))
        .catch(() => live && setClaimants([]));
    }, 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [painted, articlesVersion]);
  const claimantOptions = useMemo(() => {
    const options: Array<{ id: string; name: string; firstSeen?: ClaimantFirstSeen }> = claimants.length ? claimants : (stats?.topClaimants ?? []);
    // The chosen claimant stays listed whichever list is shown.
    const listed = filters.claimantId && !options.some((c) => c.id === filters.claimantId) ? [...options, { id: filters.claimantId, name: filters.claimantId }] : options;
    // Two of the same name say where each first appears (an option has no room for a second line).
    const named = new Map<string, number>();
    for (const c of listed) named.set(c.name, (named.get(c.name) ?? 0) + 1);
    return listed.map((c) => ({ id: c.id, label: named.get(c.name)! > 1 && c.firstSeen ? `${c.name} (${firstSeenText(t, c.firstSeen)})` : c.name }));
  }, [claimants, stats, filters.claimantId, t]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const record = (k: (typeof RECORD_KEYS)[number]) => t(`verdictRecord.${k}`);
  const median = stats?.medianHoursToVerdict;

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <header className="dashboard__head">
        <h2 id="dashboard-title">{t('dashboard.title')}</h2>
        <div className="dashboard__filters" role="group" aria-label={t('dashboard.title')}>
          <DateField label={t('dashboard.from')} value={filters.from} onChange={(iso) => set('from', iso)} />
          <DateField label={t('dashboard.to')} value={filters.to} onChange={(iso) => set('to', iso)} />
          <label>
            {t('dashboard.language')}
            <select value={filters.language} onChange={(e) => set('language', e.target.value as Filters['language'])}>
              <option value="">{t('dashboard.anyLanguage')}</option>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            {t('dashboard.claimant')}
            <select value={filters.claimantId} onChange={(e) => set('claimantId', e.target.value)}>
              <option value="">{t('dashboard.anyClaimant')}</option>
              {claimantOptions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {error && <p role="alert" className="dashboard__error">{error}</p>}
      {!stats ? (
        <p className="dashboard__loading">{t('dashboard.loading')}</p>
      ) : (
        <div className="dashboard__grid" data-testid="dashboard">
          <ChartFigure
            testId="dashboard-weeks"
            wide
            title={t('dashboard.perWeek')}
            note={t('dashboard.perWeekNote')}
            table={{ head: [t('dashboard.week'), ...RECORD_KEYS.map(record)], rows: stats.perWeek.map((w) => [w.week, ...RECORD_KEYS.map((k) => w[k])]) }}
          >
            <WeeksChart weeks={stats.perWeek} />
          </ChartFigure>
          <ChartFigure
            testId="dashboard-totals"
            title={t('dashboard.totals')}
            table={{ head: [t('dashboard.totals'), t('dashboard.claims')], rows: RECORD_KEYS.map((k) => [record(k), stats.verdicts[k]]) }}
          >
            <VerdictRecordChart record={stats.verdicts} />
          </ChartFigure>
          <ChartFigure
            testId="dashboard-bands"
            title={t('dashboard.openByBand')}
            table={{ head: [t('dashboard.band'), t('dashboard.claims')], rows: stats.openByCheckworthiness.map((b) => [t(`dashboard.bands.${b.band}`), b.claims]) }}
          >
            <CountBars data={stats.openByCheckworthiness.map((b) => ({ label: t(`dashboard.bands.${b.band}`), value: b.claims }))} name={t('dashboard.claims')} fill="#8a8478" />
          </ChartFigure>
          <ChartFigure
            testId="dashboard-reviewers"
            title={t('dashboard.reviewers')}
            table={{ head: [t('dashboard.reviewer'), t('dashboard.verdicts')], rows: stats.reviewers.map((r) => [r.name || t('dashboard.unnamed'), r.verdicts]) }}
          >
            <CountBars data={stats.reviewers.slice(0, 12).map((r) => ({ label: r.name || t('dashboard.unnamed'), value: r.verdicts }))} name={t('dashboard.verdicts')} />
          </ChartFigure>
          <div className="dashboard__figure-card">
            <h3>{t('dashboard.median')}</h3>
            <p className="dashboard__big" data-testid="median-hours">
              {median === null || median === undefined ? t('dashboard.none') : median >= 48 ? t('dashboard.days', { days: number(median / 24) }) : t('dashboard.hours', { hours: number(median) })}
            </p>
          </div>
          <section className="dashboard__top" aria-labelledby="top-claimants">
            <h3 id="top-claimants">{t('dashboard.topClaimants')}</h3>
            {stats.topClaimants.length === 0 ? (
              <p className="dashboard__empty">{t('dashboard.empty')}</p>
            ) : (
              <table className="chart-table">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.claimant')}</th>
                    <th scope="col">{t('dashboard.claims')}</th>
                    {RECORD_KEYS.map((k) => (
                      <th scope="col" key={k}>
                        {record(k)}
                      </th>
                    ))}
                    <th scope="col" aria-hidden="true" />
                  </tr>
                </thead>
                <tbody>
                  {stats.topClaimants.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <button type="button" className="link-btn" onClick={() => openClaimant(c.id)}>
                          {c.name}
                        </button>
                        {c.firstSeen && <span className="dashboard__seen">{firstSeenText(t, c.firstSeen)}</span>}
                      </th>
                      <td>{c.claims}</td>
                      {RECORD_KEYS.map((k) => (
                        <td key={k}>{c.verdicts[k]}</td>
                      ))}
                      <td aria-hidden="true">
                        <RecordStrip record={c.verdicts} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>
      )}
    </section>
  );
}

/** A tiny stacked bar of a verdict record (decoration beside the numbers of a table row). */
export function RecordStrip({ record }: { record: DeskStats['verdicts'] }) {
  const total = RECORD_KEYS.reduce((n, k) => n + record[k], 0) || 1;
  let x = 0;
  return (
    <svg className="record-strip" width="120" height="10" viewBox="0 0 120 10" aria-hidden="true" focusable="false">
      {RECORD_KEYS.map((k) => {
        const w = (120 * record[k]) / total;
        const rect = <rect key={k} x={x} y={0} width={w} height={10} className={`record-strip__${k}`} />;
        x += w;
        return rect;
      })}
    </svg>
  );
}
