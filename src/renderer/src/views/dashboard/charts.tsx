// The dashboard's and claimant page's charts: Recharts (SVG; React sets its styles through the
// DOM, so it needs no inline <style> and runs under the app's CSP). Every chart sits in a
// ChartFigure: a heading, the chart (keyboard-reachable through Recharts' accessibility layer:
// Tab to it, arrow keys step through the values), and the same figures as a table, shown on
// request and always there for screen readers.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VerdictRecord } from '../../../../shared/claimants.contract';

/** The verdict colours of styles.css (SVG fills take values, not CSS variables, in print too). */
export const VERDICT_FILL: Record<keyof VerdictRecord, string> = { verified: '#2d7a46', disputed: '#b03a2e', inconclusive: '#a26a00', open: '#8a8478' };
export const RECORD_KEYS = ['verified', 'disputed', 'inconclusive', 'open'] as const;

export interface TableData {
  head: string[];
  rows: Array<Array<string | number>>;
}

export function ChartFigure({ title, note, table, children, testId, wide }: { title: string; note?: string; table: TableData; children: ReactNode; testId?: string; wide?: boolean }) {
  const { t } = useTranslation('claimants');
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <figure className={`chart-figure${wide ? ' chart-figure--wide' : ''}`} aria-labelledby={headingId} data-testid={testId}>
      <div className="chart-figure__head">
        <h3 id={headingId}>{title}</h3>
        <button type="button" className="link-btn" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </div>
      {note && <p className="chart-figure__note">{note}</p>}
      {!asTable && (
        <div className="chart-figure__chart" title={t('chart.keyboardHint')}>
          {children}
        </div>
      )}
      <table className={asTable ? 'chart-table' : 'sr-only'}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            {table.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** One bar per verdict (verified, disputed, inconclusive, open), with its count. */
export function VerdictRecordChart({ record, height = 150 }: { record: VerdictRecord; height?: number }) {
  const { t } = useTranslation('claimants');
  const data = RECORD_KEYS.map((k) => ({ key: k, name: t(`verdictRecord.${k}`), value: record[k] }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer>
        <CartesianGrid horizontal={false} stroke="#e7e3dc" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={100} tick={{ fontSize: 12 }} />
        <Tooltip cursor={{ fill: '#f1efea' }} />
        <Bar dataKey="value" name={t('dashboard.claims')} isAnimationActive={false} label={{ position: 'right', fontSize: 12 }}>
          {data.map((d) => (
            <Cell key={d.key} fill={VERDICT_FILL[d.key]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Verdicts per ISO week, stacked. */
export function WeeksChart({ weeks }: { weeks: Array<VerdictRecord & { week: string }> }) {
  const { t } = useTranslation('claimants');
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={weeks} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
        <CartesianGrid vertical={false} stroke="#e7e3dc" />
        <XAxis dataKey="week" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
        <Tooltip cursor={{ fill: '#f1efea' }} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {RECORD_KEYS.map((k) => (
          <Bar key={k} dataKey={k} stackId="v" name={t(`verdictRecord.${k}`)} fill={VERDICT_FILL[k]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Plain horizontal bars: a label and a count each. */
export function CountBars({ data, name, fill = '#2f5d8a', height }: { data: Array<{ label: string; value: number }>; name: string; fill?: string; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height ?? Math.max(90, data.length * 30 + 20)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 8 }} accessibilityLayer>
        <CartesianGrid horizontal={false} stroke="#e7e3dc" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} />
        <Tooltip cursor={{ fill: '#f1efea' }} />
        <Bar dataKey="value" name={name} fill={fill} isAnimationActive={false} label={{ position: 'right', fontSize: 12 }} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export const share = (n: number, total: number) => (total ? Math.round((100 * n) / total) : 0);
