import { useState } from 'preact/hooks';
import type { AggregateDimension, AggregatesResponse } from '../../../../shared/aggregates.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api, download, query } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { ChartCanvas } from '../chart-canvas.tsx';
import { dailySeries, pyramid, top } from '../dashboard-data.ts';
import { dayStart } from '../day-start.ts';
import { useDeployment } from '../../settings/deployment-context.ts';
import type { MessageKey } from '../../i18n/message-key.ts';
import { FmpAndDaysFields } from '../fmp-and-days-fields.tsx';

const PALETTE = [
  '#0b3d5c',
  '#f5b700',
  '#0a6b2e',
  '#b00020',
  '#6a3d9a',
  '#1f78b4',
  '#ff7f00',
  '#8c564b',
  '#17becf',
  '#7f7f7f',
];

interface Filters {
  fmp: string;
  from: string;
  to: string;
  direction: string;
}

const TOPS: [AggregateDimension, MessageKey][] = [
  ['nationality', 'staff-dashboard.topNationalities'],
  ['origin_country', 'staff-dashboard.topOrigins'],
  ['destination_country', 'staff-dashboard.topDestinations'],
  ['reason', 'staff-dashboard.reasons'],
  ['transport', 'staff-dashboard.transport'],
];

function useAggregates(by: string, filters: Filters) {
  const params = query({ by, ...filters });
  return { params, loaded: useLoad(() => api<AggregatesResponse>(`/aggregates${params}`), params) };
}

/** A panel's table as CSV (with a byte-order mark, for Excel) and as an XLSX workbook. */
function Downloads({ path, query, name }: { path: string; query: string; name: string }) {
  const { t } = useI18n();
  const csvQuery = `${query}${query ? '&' : '?'}bom=1`;
  return (
    <>
      <button type="button" class="download" onClick={() => void download(`${path}.csv${csvQuery}`, `${name}.csv`)}>
        {t('staff-dashboard.downloadCsv')}
      </button>
      <button type="button" class="download" onClick={() => void download(`${path}.xlsx${query}`, `${name}.xlsx`)}>
        {t('staff-dashboard.downloadXlsx')}
      </button>
    </>
  );
}

function TopPanel({
  dimension,
  title,
  filters,
}: {
  dimension: AggregateDimension;
  title: MessageKey;
  filters: Filters;
}) {
  const { t, language } = useI18n();
  const { params, loaded } = useAggregates(dimension, filters);
  const rows = top(loaded.data?.rows ?? [], dimension);
  return (
    <section class="panel">
      <h2>{t(title)}</h2>
      <ChartCanvas
        label={t(title)}
        config={{
          type: 'bar',
          data: {
            labels: rows.map((r) => r.key),
            datasets: [
              {
                label: t('staff-dashboard.individuals'),
                data: rows.map((r) => r.individuals),
                backgroundColor: PALETTE[0],
              },
            ],
          },
          options: { indexAxis: 'y', plugins: { legend: { display: false } } },
        }}
      />
      <details>
        <summary>{t('staff-dashboard.showTable')}</summary>
        <table>
          <thead>
            <tr>
              <th>{dimension}</th>
              <th>{t('staff-dashboard.individuals')}</th>
              <th>{t('staff.records')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.key}</td>
                <td>{formatNumber(r.individuals, language.locale)}</td>
                <td>{formatNumber(r.records, language.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <Downloads path="/aggregates" query={params} name={dimension} />
    </section>
  );
}

export function DashboardPage() {
  const { t, language } = useI18n();
  const timeZone = useDeployment()?.timeZone ?? 'UTC';
  const [filters, setFilters] = useState<Filters>({ fmp: '', from: '', to: '', direction: '' });
  const daily = useAggregates('day,fmp,direction', filters);
  const { days, series } = dailySeries(daily.loaded.data?.rows ?? []);
  const bands = pyramid(daily.loaded.data?.rows ?? []);
  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '');
    setFilters({ fmp: value('fmp'), from: value('from'), to: value('to'), direction: value('direction') });
  };
  const recordsQuery = query({
    fmp: filters.fmp,
    from: filters.from && dayStart(filters.from, timeZone),
    to: filters.to && dayStart(filters.to, timeZone, 1),
    bom: '1',
  });
  return (
    <>
      <h1>{t('staff-dashboard.dashboardTitle')}</h1>
      <form class="filters" onSubmit={apply}>
        <FmpAndDaysFields />
        <label>
          {t('staff-dashboard.direction')}
          <select name="direction">
            <option value="">{t('staff-dashboard.both')}</option>
            <option value="incoming">{t('staff-dashboard.dirIncoming')}</option>
            <option value="outgoing">{t('staff-dashboard.dirOutgoing')}</option>
          </select>
        </label>
        <button type="submit">{t('staff.filter')}</button>
        <button type="button" onClick={() => void download(`/exports/fmr.csv${recordsQuery}`, 'fmr.csv')}>
          {t('staff-dashboard.downloadRecords')}
        </button>
        <button type="button" onClick={() => void download(`/exports/fmr.xlsx${recordsQuery}`, 'fmr.xlsx')}>
          {t('staff-dashboard.downloadRecordsXlsx')}
        </button>
      </form>
      {daily.loaded.error && (
        <p role="alert" class="error">
          {t('staff.failed', { message: daily.loaded.error })}
        </p>
      )}
      <section class="panel wide">
        <h2>{t('staff-dashboard.dailyChart')}</h2>
        <ChartCanvas
          label={t('staff-dashboard.dailyChart')}
          config={{
            type: 'line',
            data: {
              labels: days,
              datasets: series.map((s, i) => ({
                label: s.label,
                data: s.values,
                borderColor: PALETTE[i % PALETTE.length],
                backgroundColor: PALETTE[i % PALETTE.length],
              })),
            },
          }}
        />
        <details>
          <summary>{t('staff-dashboard.showTable')}</summary>
          <table>
            <thead>
              <tr>
                <th>{t('staff-dashboard.day')}</th>
                {series.map((s) => (
                  <th key={s.label}>{s.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((d, i) => (
                <tr key={d}>
                  <td>{d}</td>
                  {series.map((s) => (
                    <td key={s.label}>{formatNumber(s.values[i] ?? 0, language.locale)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        <Downloads path="/aggregates" query={daily.params} name="daily" />
      </section>
      <section class="panel">
        <h2>{t('staff-dashboard.pyramid')}</h2>
        <ChartCanvas
          label={t('staff-dashboard.pyramid')}
          config={{
            type: 'bar',
            data: {
              labels: bands.map((b) => b.band),
              datasets: [
                { label: t('staff-dashboard.males'), data: bands.map((b) => -b.males), backgroundColor: PALETTE[0] },
                { label: t('staff-dashboard.females'), data: bands.map((b) => b.females), backgroundColor: PALETTE[1] },
              ],
            },
            // Males drawn on the start side as negative bars; the axis shows how many, without the sign.
            options: {
              indexAxis: 'y',
              scales: {
                x: { stacked: true, ticks: { callback: (v) => formatNumber(Math.abs(Number(v)), language.locale) } },
                y: { stacked: true, reverse: true },
              },
            },
          }}
        />
        <table>
          <thead>
            <tr>
              <th />
              <th>{t('staff-dashboard.males')}</th>
              <th>{t('staff-dashboard.females')}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((b) => (
              <tr key={b.band}>
                <td>{b.band}</td>
                <td>{formatNumber(b.males, language.locale)}</td>
                <td>{formatNumber(b.females, language.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {TOPS.map(([dimension, title]) => (
        <TopPanel key={dimension} dimension={dimension} title={title} filters={filters} />
      ))}
    </>
  );
}
