import { useState } from 'preact/hooks';
import type { RecordDetail } from '../../../../shared/records.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { STATE_LABEL } from '../review-state-label.ts';
import { parseFieldValue } from '../field-value.ts';

export function ReviewPanel({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const { t, language } = useI18n();
  const detail = useLoad(() => api<RecordDetail>(`/records/${id}`), id);
  const [message, setMessage] = useState<string | null>(null);
  const act = async (path: string, body: unknown) => {
    try {
      await api(`/records/${id}/${path}`, { method: 'POST', body });
      setMessage(t('staff-records.saved'));
      detail.reload();
      onChanged();
    } catch (err) {
      setMessage(t('staff.failed', { message: (err as Error).message }));
    }
  };
  const record = detail.data?.record;
  const submitForm = (handler: (form: FormData) => Promise<void>) => (event: SubmitEvent) => {
    event.preventDefault();
    const target = event.currentTarget as HTMLFormElement;
    void handler(new FormData(target)).then(() => target.reset());
  };
  return (
    <section class="review-panel" aria-label={t('staff-records.reviewTitle', { id })}>
      <h2>
        {t('staff-records.reviewTitle', { id: id.slice(0, 8) })}{' '}
        <button type="button" onClick={onClose}>
          {t('staff-records.close')}
        </button>
      </h2>
      {message && <p role="status">{message}</p>}
      {!record ? (
        <p>{t('staff.loading')}</p>
      ) : (
        <>
          <p>
            {t('staff.state')}: <strong>{t(STATE_LABEL[record.state])}</strong>
            {record.reviewComment && ` — ${record.reviewComment}`} · {t('staff-records.revision')} {record.revision}
          </p>
          {record.revisedBy && record.revisedAt && (
            <p>
              {t('staff-records.revisedBy', {
                revision: record.revision,
                by: record.revisedBy,
                at: formatDateTime(record.revisedAt, language.locale),
                reason: record.revisionReason ?? '',
              })}
            </p>
          )}
          <div class="review-body">
            <table class="fields">
              <tbody>
                {Object.entries(record.data).map(([field, value]) => (
                  <tr key={field}>
                    <th>{field}</th>
                    <td>{JSON.stringify(value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div>
              {record.warnings.length > 0 && (
                <p class="warn">
                  {t('staff-records.warnings')}: {record.warnings.map((w) => w.message).join(' · ')}
                </p>
              )}
              <div class="actions">
                <button type="button" onClick={() => act('approve', {})}>
                  {t('staff-records.approve')}
                </button>
                <form onSubmit={submitForm((f) => act('flag', { comment: f.get('comment') }))}>
                  <label>
                    {t('staff.comment')}
                    <input name="comment" required />
                  </label>
                  <button type="submit">{t('staff-records.flag')}</button>
                </form>
                <form
                  onSubmit={submitForm((f) =>
                    act('corrections', {
                      changes: {
                        [String(f.get('field'))]: parseFieldValue(
                          record.data[String(f.get('field'))],
                          String(f.get('value')),
                        ),
                      },
                      reason: f.get('reason'),
                      baseRevision: record.revision,
                    }),
                  )}
                  aria-label={t('staff-records.correct')}
                >
                  <label>
                    {t('staff-records.field')}
                    <select name="field">
                      {Object.keys(record.data).map((f) => (
                        <option key={f}>{f}</option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t('staff-records.newValue')}
                    <input name="value" required />
                  </label>
                  <label>
                    {t('staff.reason')}
                    <input name="reason" required />
                  </label>
                  <button type="submit">{t('staff-records.correct')}</button>
                </form>
              </div>
              {detail.data && detail.data.pastRevisions.length > 0 && (
                <>
                  <h3 id="past-revisions">{t('staff-records.pastRevisions')}</h3>
                  <ul aria-labelledby="past-revisions">
                    {detail.data.pastRevisions.map((r) => (
                      <li key={r.revision}>
                        {r.revisedBy
                          ? t('staff-records.revisedBy', {
                              revision: r.revision,
                              by: r.revisedBy,
                              at: formatDateTime(r.revisedAt, language.locale),
                              reason: r.revisionReason ?? '',
                            })
                          : t('staff-records.deviceRevision', {
                              revision: r.revision,
                              at: formatDateTime(r.revisedAt, language.locale),
                            })}
                        <details>
                          <summary>{t('staff.details')}</summary>
                          <pre>{JSON.stringify(r.data, null, 1)}</pre>
                        </details>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
