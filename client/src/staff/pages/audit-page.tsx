import { useState } from 'preact/hooks';
import type { AuditPage as Page } from '../../../../shared/review.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api, query } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { Pager } from '../pager.tsx';

export function AuditPage() {
  const { t, language } = useI18n();
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const params = query({ cursor, limit: '100' });
  const page = useLoad(() => api<Page>(`/audit${params}`), params);
  return (
    <>
      <h1>{t('staff-audit.auditTitle')}</h1>
      {!page.data ? (
        <p>{t('staff.loading')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('staff-audit.when')}</th>
              <th>{t('staff-audit.who')}</th>
              <th>{t('staff-audit.action')}</th>
              <th>{t('staff-audit.target')}</th>
              <th>{t('staff.details')}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at, language.locale)}</td>
                <td>{e.username}</td>
                <td>{e.action}</td>
                <td>{e.target}</td>
                <td>
                  <code>{JSON.stringify(e.details)}</code>
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
