import { useState } from 'preact/hooks';
import type { DeviceStatus } from '../../../../shared/devices.ts';
import type { FmpView } from '../../../../shared/staff-admin.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../i18n.ts';
import { api } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { QrCode } from '../qr-code.tsx';
import { daysSince } from '../days-since.ts';

/** A tablet silent this long is worth a phone call. */
const STALE_DAYS = 3;

function EnrollmentPanel() {
  const { t, language } = useT();
  const fmps = useLoad(() => api<{ fmps: FmpView[] }>('/fmps'), 'fmps');
  const [fmp, setFmp] = useState('MPONDWE');
  const [code, setCode] = useState<{ code: string; expiresAt: string; fmp: string } | null>(null);
  const create = async () => setCode({ ...(await api<{ code: string; expiresAt: string }>('/enrollments', { method: 'POST', body: { fmp } })), fmp });
  return (
    <section>
      <h2>{t('enrollTitle')}</h2>
      <label>{t('fmp')}{' '}
        <select value={fmp} onChange={(e) => setFmp(e.currentTarget.value)}>
          {fmps.data?.fmps.filter((f) => f.active).map((f) => <option key={f.code} value={f.code}>{f.name}</option>)}
        </select>
      </label>{' '}
      <button type="button" onClick={create}>{t('newCode')}</button>
      {code && (
        <div class="code-card">
          <QrCode text={code.code} label={code.code} />
          <p class="code">{code.code}</p>
          <p>{t('codeFor', { fmp: code.fmp, until: formatDateTime(code.expiresAt, language) })}</p>
        </div>
      )}
    </section>
  );
}

export function FleetPage() {
  const { t, language } = useT();
  const devices = useLoad(() => api<{ devices: DeviceStatus[] }>('/devices'), 'devices');
  const revoke = async (deviceId: string) => {
    if (!confirm(t('confirmRevoke'))) return;
    await api(`/devices/${deviceId}`, { method: 'DELETE' });
    devices.reload();
  };
  return (
    <>
      <h1>{t('fleetTitle')}</h1>
      {devices.error && <p role="alert" class="error">{t('failed', { message: devices.error })}</p>}
      {!devices.data ? <p>{t('loading')}</p> : (
        <table>
          <thead>
            <tr>
              <th>{t('device')}</th><th>{t('fmp')}</th><th>{t('label')}</th><th>{t('lastSync')}</th><th>{t('waiting')}</th>
              <th>{t('seqGaps')}</th><th>{t('appVersion')}</th><th>{t('storage')}</th><th />
            </tr>
          </thead>
          <tbody>
            {devices.data.devices.map((d) => {
              const silentDays = d.lastSeenAt ? daysSince(d.lastSeenAt) : daysSince(d.enrolledAt);
              const stale = !d.revoked && silentDays >= STALE_DAYS;
              return (
                <tr key={d.deviceId} class={stale ? 'stale' : d.revoked ? 'revoked' : ''}>
                  <td><code>{d.deviceId.slice(0, 8)}</code></td>
                  <td>{d.fmp}</td>
                  <td>{d.label}</td>
                  <td>
                    {d.lastSeenAt ? formatDateTime(d.lastSeenAt, language) : t('never')}
                    {stale && <strong class="warn"> — {t('staleDays', { days: silentDays })}</strong>}
                  </td>
                  <td>{d.outboxPending ?? '–'}{d.oldestPendingAt && ` (${t('waitingSince', { count: d.outboxPending ?? 0, since: formatDateTime(d.oldestPendingAt, language) })})`}</td>
                  <td>{d.missingSeqCount > 0 ? d.gaps.map((g) => (g.first === g.last ? g.first : `${g.first}–${g.last}`)).join(', ') : '0'}</td>
                  <td>{d.appVersion ?? '–'}</td>
                  <td>{d.storagePersisted === null ? '–' : d.storagePersisted ? t('yes') : t('no')}</td>
                  <td>{d.revoked ? t('revoked') : <button type="button" onClick={() => revoke(d.deviceId)}>{t('revoke')}</button>}</td>
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
