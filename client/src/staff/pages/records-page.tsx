import { useState } from 'preact/hooks';
import type { RecordsPage as Page } from '../../../../shared/records.ts';
import { REVIEW_STATES } from '../../../../shared/records.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api, query } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { Pager } from '../pager.tsx';
import { ReviewPanel } from './review-panel.tsx';
import { dayStart } from '../day-start.ts';
import { useDeployment } from '../../settings/deployment-context.ts';
import { STATE_LABEL } from '../review-state-label.ts';
import { FmpAndDaysFields } from '../fmp-and-days-fields.tsx';

interface Filters {
  form: string;
  fmp: string;
  from: string;
  to: string;
  state: string;
  hasWarnings: string;
}

const EMPTY: Filters = { form: '', fmp: '', from: '', to: '', state: '', hasWarnings: '' };

export function RecordsPage() {
  const { t, language } = useI18n();
  const timeZone = useDeployment()?.timeZone ?? 'UTC';
  const [filters, setFilters] = useState(EMPTY);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [openId, setOpenId] = useState<string | null>(null);
  const params = query({
    ...filters,
    from: filters.from && dayStart(filters.from, timeZone),
    to: filters.to && dayStart(filters.to, timeZone, 1),
    cursor,
    limit: '50',
  });
  const page = useLoad(() => api<Page>(`/records${params}`), params);
  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: keyof Filters) => String(form.get(name) ?? '');
    setFilters({
      form: value('form'),
      fmp: value('fmp'),
      from: value('from'),
      to: value('to'),
      state: value('state'),
      hasWarnings: value('hasWarnings'),
    });
    setCursor(undefined);
  };
  return (
    <>
      <h1>{t('staff-records.recordsTitle')}</h1>
      {openId && <ReviewPanel id={openId} onClose={() => setOpenId(null)} onChanged={page.reload} />}
      <form class="filters" onSubmit={apply}>
        <label>
          {t('staff-records.form')}
          <select name="form">
            <option value="">{t('staff-records.any')}</option>
            <option>fmr</option>
            <option>fms</option>
            <option>screening</option>
          </select>
        </label>
        <FmpAndDaysFields />
        <label>
          {t('staff.state')}
          <select name="state">
            <option value="">{t('staff-records.any')}</option>
            {REVIEW_STATES.map((s) => (
              <option key={s} value={s}>
                {t(STATE_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('staff-records.hasWarnings')}
          <select name="hasWarnings">
            <option value="">{t('staff-records.any')}</option>
            <option value="true">{t('staff.yes')}</option>
            <option value="false">{t('staff.no')}</option>
          </select>
        </label>
        <button type="submit">{t('staff.filter')}</button>
      </form>
      {page.error && (
        <p role="alert" class="error">
          {t('staff.failed', { message: page.error })}
        </p>
      )}
      {!page.data ? (
        <p>{t('staff.loading')}</p>
      ) : page.data.records.length === 0 ? (
        <p>{t('staff-records.noRecords')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('staff-records.observed')}</th>
              <th>{t('staff-records.form')}</th>
              <th>{t('staff.fmp')}</th>
              <th>{t('staff-records.enumerator')}</th>
              <th>{t('staff.state')}</th>
              <th>{t('staff-records.warnings')}</th>
              <th>{t('staff-records.revision')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {page.data.records.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.occurredAt, language.locale)}</td>
                <td>{r.form}</td>
                <td>{r.fmp}</td>
                <td>{r.enumerator}</td>
                <td>{t(STATE_LABEL[r.state])}</td>
                <td>{r.warnings.map((w) => w.code).join(', ')}</td>
                <td>{r.revision}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setOpenId(r.id)}
                    aria-label={t('staff-records.openRecord', { id: r.id.slice(0, 8) })}
                  >
                    {t('staff.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager cursor={cursor} nextCursor={page.data?.nextCursor} onCursor={setCursor} />
    </>
  );
}
