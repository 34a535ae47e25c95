import { pageTitle, usePage } from '../shared/page.js';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { problemOf, type Overview as OverviewData } from '../api/client.js';
import { formatMinor } from '../shared/money.js';
import { useT, type ConsoleI18n, type Translate } from './i18n/index.js';
import { useConsole } from './session.js';

// The overview: what came in and how fast it was handled, over a date range. The numbers
// come from one API call whose SQL is bounded by (store, filing date); each chart has its
// numbers in a table beside it for screen readers.

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = ['#0b5cad', '#c2410c', '#0f766e', '#7c3aed', '#b91c1c', '#4d7c0f', '#a16207', '#be185d', '#334155', '#0369a1', '#9333ea', '#15803d'];
const DAY_MS = 86_400_000;

interface Series { label: string; values: number[] }

function BarChart({ title, labels, series, horizontal = false, stacked = false }: { title: string; labels: string[]; series: Series[]; horizontal?: boolean; stacked?: boolean }) {
  const { t } = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: series.map((entry, index) => ({ label: entry.label, data: entry.values, backgroundColor: PALETTE[index % PALETTE.length] })) },
      options: {
        indexAxis: horizontal ? 'y' : 'x', responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: series.length > 1, position: 'bottom' } },
        scales: { x: { stacked }, y: { stacked, beginAtZero: true } },
      },
    });
    return () => chart.destroy();
  }, [labels, series, horizontal, stacked]);
  return (
    <figure className="card" style={{ margin: 0 }}>
      <figcaption><strong>{title}</strong></figcaption>
      <div className="chart"><canvas ref={canvas} role="img" aria-label={t('overview.chartLabel', { title })} /></div>
      <details>
        <summary>{t('overview.table')}</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('queue.namedTable', { name: title })}>
          <table>
            <thead><tr><th scope="col"> </th>{series.map((entry) => <th scope="col" key={entry.label}>{entry.label}</th>)}</tr></thead>
            <tbody>{labels.map((row, index) => <tr key={row}><th scope="row">{row}</th>{series.map((entry) => <td key={entry.label}>{entry.values[index] ?? 0}</td>)}</tr>)}</tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function perDay(data: OverviewData, by: 'kind' | 'status', tn: ConsoleI18n['tn']): { labels: string[]; series: Series[] } {
  const days = [...new Set(data.claims_per_day.map((row) => row.day))].sort();
  const keys = [...new Set(data.claims_per_day.map((row) => row[by]))].sort();
  return {
    labels: days,
    series: keys.map((key) => ({
      label: tn(by === 'kind' ? 'common.kind_' : 'common.status_', key),
      values: days.map((day) => data.claims_per_day.filter((row) => row.day === day && row[by] === key).reduce((sum, row) => sum + row.count, 0)),
    })),
  };
}

function duration(seconds: number | null, t: Translate, locale: string): string {
  if (seconds === null) return '—';
  if (seconds < 3600) return t('overview.minutes', { count: Math.round(seconds / 60) });
  // One decimal in the page's own notation ("1.5", "1,5"), ungrouped as toFixed wrote it.
  const tenths = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  if (seconds < 2 * 86_400) return t('overview.hours', { count: tenths.format(seconds / 3600) });
  return t('overview.days', { count: tenths.format(seconds / 86_400) });
}

export function Overview() {
  const { api, session } = useConsole();
  const { t, tn, locale } = useT();
  usePage(pageTitle(t('overview.heading'), session.store.name));
  const [from, setFrom] = useState(() => new Date(Date.now() - 30 * DAY_MS).toISOString().slice(0, 10));
  const [to, setTo] = useState(() => new Date(Date.now() + DAY_MS).toISOString().slice(0, 10));
  const [data, setData] = useState<OverviewData | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void api.GET('/v1/stats/overview', { params: { query: { from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z` } } }).then(({ data: found, error: failure, response }) => {
      if (found === undefined) return setError(problemOf(failure, response).detail);
      setError(undefined);
      setData(found);
    });
  }, [api, from, to]);

  const byKind = useMemo(() => (data === undefined ? undefined : perDay(data, 'kind', tn)), [data, tn]);
  const byStatus = useMemo(() => (data === undefined ? undefined : perDay(data, 'status', tn)), [data, tn]);
  const reasons = useMemo(() => data === undefined ? undefined : { labels: data.top_reasons.map((row) => row.subject ?? t('overview.noReason')), series: [{ label: t('overview.claimsSeries'), values: data.top_reasons.map((row) => row.count) }] }, [data, t]);
  const skus = useMemo(() => data === undefined ? undefined : { labels: data.top_skus.map((row) => row.sku), series: [{ label: t('overview.claimsSeries'), values: data.top_skus.map((row) => row.claims) }] }, [data, t]);

  const total = data?.claims_per_day.reduce((sum, row) => sum + row.count, 0) ?? 0;
  const issued = data?.refund_totals.filter((row) => row.status === 'issued') ?? [];
  return (
    <>
      <h1>{t('overview.heading')}</h1>
      <form className="row card" onSubmit={(event) => event.preventDefault()} aria-label={t('overview.dateRange')}>
        <div><label htmlFor="from">{t('overview.from')}</label><input id="from" type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} /></div>
        <div><label htmlFor="to">{t('overview.to')}</label><input id="to" type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} /></div>
      </form>
      {error ? <p className="notice error" role="alert">{error}</p> : null}
      {data === undefined ? <p aria-live="polite">{t('app.loading')}</p> : (
        <>
          <div className="kpis">
            <div className="kpi"><span className="muted">{t('overview.claimsFiled')}</span><strong>{total}</strong></div>
            <div className="kpi"><span className="muted">{t('overview.refundsIssued')}</span><strong>{issued.length === 0 ? '—' : issued.map((row) => formatMinor(row.amount, row.currency, locale)).join(' · ')}</strong></div>
            <div className="kpi"><span className="muted">{t('overview.medianFirstResponse')}</span><strong>{duration(data.first_response.median_seconds, t, locale)}</strong><span className="muted">{t('overview.claimsAnswered', { count: data.first_response.claims })}</span></div>
            <div className="kpi"><span className="muted">{t('overview.medianResolution')}</span><strong>{duration(data.resolution.median_seconds, t, locale)}</strong><span className="muted">{t('overview.claimsResolved', { count: data.resolution.claims })}</span></div>
          </div>
          <h2>{t('overview.refundTotals')}</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('queue.namedTable', { name: t('overview.refundTotals') })}>
            <table>
              <thead><tr><th scope="col">{t('overview.colStatus')}</th><th scope="col">{t('overview.colRefunds')}</th><th scope="col">{t('overview.colAmount')}</th></tr></thead>
              <tbody>{data.refund_totals.map((row) => <tr key={`${row.currency}-${row.status}`}><td>{tn('common.refund_', row.status)}</td><td>{row.count}</td><td>{formatMinor(row.amount, row.currency, locale)}</td></tr>)}</tbody>
            </table>
          </div>
          <h2>{t('overview.charts')}</h2>
          <div className="charts">
            {byKind ? <BarChart title={t('overview.perDayByKind')} labels={byKind.labels} series={byKind.series} stacked /> : null}
            {byStatus ? <BarChart title={t('overview.perDayByStatus')} labels={byStatus.labels} series={byStatus.series} stacked /> : null}
            {reasons ? <BarChart title={t('overview.topReasons')} labels={reasons.labels} series={reasons.series} horizontal /> : null}
            {skus ? <BarChart title={t('overview.topSkus')} labels={skus.labels} series={skus.series} horizontal /> : null}
          </div>
        </>
      )}
    </>
  );
}
