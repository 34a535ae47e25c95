import { pageTitle, usePage } from '../shared/page.js';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { problemOf, type Overview as OverviewData } from '../api/client.js';
import { formatMinor } from '../shared/money.js';
import { label, useConsole } from './session.js';

// The overview: what came in and how fast it was handled, over a date range. The numbers
// come from one API call whose SQL is bounded by (store, filing date); each chart has its
// numbers in a table beside it for screen readers.

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = ['#0b5cad', '#c2410c', '#0f766e', '#7c3aed', '#b91c1c', '#4d7c0f', '#a16207', '#be185d', '#334155', '#0369a1', '#9333ea', '#15803d'];
const DAY_MS = 86_400_000;

interface Series { label: string; values: number[] }

function BarChart({ title, labels, series, horizontal = false, stacked = false }: { title: string; labels: string[]; series: Series[]; horizontal?: boolean; stacked?: boolean }) {
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
      <div className="chart"><canvas ref={canvas} role="img" aria-label={`${title}: chart; the same numbers are in the table below`} /></div>
      <details>
        <summary>Table</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title} table`}>
          <table>
            <thead><tr><th scope="col"> </th>{series.map((entry) => <th scope="col" key={entry.label}>{entry.label}</th>)}</tr></thead>
            <tbody>{labels.map((row, index) => <tr key={row}><th scope="row">{row}</th>{series.map((entry) => <td key={entry.label}>{entry.values[index] ?? 0}</td>)}</tr>)}</tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function perDay(data: OverviewData, by: 'kind' | 'status'): { labels: string[]; series: Series[] } {
  const days = [...new Set(data.claims_per_day.map((row) => row.day))].sort();
  const keys = [...new Set(data.claims_per_day.map((row) => row[by]))].sort();
  return {
    labels: days,
    series: keys.map((key) => ({
      label: label(key),
      values: days.map((day) => data.claims_per_day.filter((row) => row.day === day && row[by] === key).reduce((sum, row) => sum + row.count, 0)),
    })),
  };
}

function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 2 * 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

export function Overview() {
  const { api, session } = useConsole();
  usePage(pageTitle('Overview', session.store.name));
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

  const byKind = useMemo(() => (data === undefined ? undefined : perDay(data, 'kind')), [data]);
  const byStatus = useMemo(() => (data === undefined ? undefined : perDay(data, 'status')), [data]);
  const reasons = useMemo(() => data === undefined ? undefined : { labels: data.top_reasons.map((row) => row.subject ?? 'no reason'), series: [{ label: 'claims', values: data.top_reasons.map((row) => row.count) }] }, [data]);
  const skus = useMemo(() => data === undefined ? undefined : { labels: data.top_skus.map((row) => row.sku), series: [{ label: 'claims', values: data.top_skus.map((row) => row.claims) }] }, [data]);

  const total = data?.claims_per_day.reduce((sum, row) => sum + row.count, 0) ?? 0;
  const issued = data?.refund_totals.filter((row) => row.status === 'issued') ?? [];
  return (
    <>
      <h1>Overview</h1>
      <form className="row card" onSubmit={(event) => event.preventDefault()} aria-label="Date range">
        <div><label htmlFor="from">From</label><input id="from" type="date" value={from} max={to} onChange={(event) => setFrom(event.target.value)} /></div>
        <div><label htmlFor="to">To (exclusive)</label><input id="to" type="date" value={to} min={from} onChange={(event) => setTo(event.target.value)} /></div>
      </form>
      {error ? <p className="notice error" role="alert">{error}</p> : null}
      {data === undefined ? <p aria-live="polite">Loading…</p> : (
        <>
          <div className="kpis">
            <div className="kpi"><span className="muted">Claims filed</span><strong>{total}</strong></div>
            <div className="kpi"><span className="muted">Refunds issued</span><strong>{issued.length === 0 ? '—' : issued.map((row) => formatMinor(row.amount, row.currency)).join(' · ')}</strong></div>
            <div className="kpi"><span className="muted">Median first response</span><strong>{duration(data.first_response.median_seconds)}</strong><span className="muted">{data.first_response.claims} claims answered</span></div>
            <div className="kpi"><span className="muted">Median time to resolution</span><strong>{duration(data.resolution.median_seconds)}</strong><span className="muted">{data.resolution.claims} claims resolved</span></div>
          </div>
          <h2>Refund totals</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Refund totals table">
            <table>
              <thead><tr><th scope="col">Status</th><th scope="col">Refunds</th><th scope="col">Amount</th></tr></thead>
              <tbody>{data.refund_totals.map((row) => <tr key={`${row.currency}-${row.status}`}><td>{row.status}</td><td>{row.count}</td><td>{formatMinor(row.amount, row.currency)}</td></tr>)}</tbody>
            </table>
          </div>
          <h2>Charts</h2>
          <div className="charts">
            {byKind ? <BarChart title="Claims per day by kind" labels={byKind.labels} series={byKind.series} stacked /> : null}
            {byStatus ? <BarChart title="Claims per day by status" labels={byStatus.labels} series={byStatus.series} stacked /> : null}
            {reasons ? <BarChart title="Top reasons" labels={reasons.labels} series={reasons.series} horizontal /> : null}
            {skus ? <BarChart title="Top SKUs" labels={skus.labels} series={skus.series} horizontal /> : null}
          </div>
        </>
      )}
    </>
  );
}
