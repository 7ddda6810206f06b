import { useState } from 'preact/hooks';
import type { DeviceStatus } from '../../../../shared/devices.ts';
import type { FmpView } from '../../../../shared/staff-admin.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { QrCode } from '../qr-code.tsx';
import { daysSince } from '../days-since.ts';

/** A tablet silent this long is worth a phone call. */
const STALE_DAYS = 3;

function EnrollmentPanel() {
  const { t, language } = useI18n();
  const fmps = useLoad(() => api<{ fmps: FmpView[] }>('/fmps'), 'fmps');
  const [fmp, setFmp] = useState('MPONDWE');
  const [code, setCode] = useState<{ code: string; expiresAt: string; fmp: string } | null>(null);
  const create = async () =>
    setCode({
      ...(await api<{ code: string; expiresAt: string }>('/enrollments', { method: 'POST', body: { fmp } })),
      fmp,
    });
  return (
    <section>
      <h2>{t('staff-fleet.enrollTitle')}</h2>
      <label>
        {t('staff.fmp')}{' '}
        <select value={fmp} onChange={(e) => setFmp(e.currentTarget.value)}>
          {fmps.data?.fmps
            .filter((f) => f.active)
            .map((f) => (
              <option key={f.code} value={f.code}>
                {f.name}
              </option>
            ))}
        </select>
      </label>{' '}
      <button type="button" onClick={create}>
        {t('staff-fleet.newCode')}
      </button>
      {code && (
        <div class="code-card">
          <QrCode text={code.code} label={code.code} />
          <p class="code">{code.code}</p>
          <p>{t('staff-fleet.codeFor', { fmp: code.fmp, until: formatDateTime(code.expiresAt, language.locale) })}</p>
        </div>
      )}
    </section>
  );
}

export function FleetPage() {
  const { t, language } = useI18n();
  const devices = useLoad(() => api<{ devices: DeviceStatus[] }>('/devices'), 'devices');
  const revoke = async (deviceId: string) => {
    if (!confirm(t('staff-fleet.confirmRevoke'))) return;
    await api(`/devices/${deviceId}`, { method: 'DELETE' });
    devices.reload();
  };
  return (
    <>
      <h1>{t('staff-fleet.fleetTitle')}</h1>
      {devices.error && (
        <p role="alert" class="error">
          {t('staff.failed', { message: devices.error })}
        </p>
      )}
      {!devices.data ? (
        <p>{t('staff.loading')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('staff-fleet.device')}</th>
              <th>{t('staff.fmp')}</th>
              <th>{t('staff-fleet.label')}</th>
              <th>{t('staff-fleet.lastSync')}</th>
              <th>{t('staff-fleet.waiting')}</th>
              <th>{t('staff-fleet.seqGaps')}</th>
              <th>{t('staff-fleet.appVersion')}</th>
              <th>{t('staff-fleet.storage')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {devices.data.devices.map((d) => {
              const silentDays = d.lastSeenAt ? daysSince(d.lastSeenAt) : daysSince(d.enrolledAt);
              const stale = !d.revoked && silentDays >= STALE_DAYS;
              return (
                <tr key={d.deviceId} class={stale ? 'stale' : d.revoked ? 'revoked' : ''}>
                  <td>
                    <code>{d.deviceId.slice(0, 8)}</code>
                  </td>
                  <td>{d.fmp}</td>
                  <td>{d.label}</td>
                  <td>
                    {d.lastSeenAt ? formatDateTime(d.lastSeenAt, language.locale) : t('staff-fleet.never')}
                    {stale && <strong class="warn"> — {t('staff-fleet.staleDays', { days: silentDays })}</strong>}
                  </td>
                  <td>
                    {d.outboxPending ?? '–'}
                    {d.oldestPendingAt &&
                      ` (${t('staff-fleet.waitingSince', {
                        count: d.outboxPending ?? 0,
                        since: formatDateTime(d.oldestPendingAt, language.locale),
                      })})`}
                  </td>
                  <td>
                    {d.missingSeqCount > 0
                      ? d.gaps.map((g) => (g.first === g.last ? g.first : `${g.first}–${g.last}`)).join(', ')
                      : '0'}
                  </td>
                  <td>{d.appVersion ?? '–'}</td>
                  <td>{d.storagePersisted === null ? '–' : d.storagePersisted ? t('staff.yes') : t('staff.no')}</td>
                  <td>
                    {d.revoked ? (
                      t('staff-fleet.revoked')
                    ) : (
                      <button type="button" onClick={() => revoke(d.deviceId)}>
                        {t('staff-fleet.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <EnrollmentPanel />
    </>
  );
}
