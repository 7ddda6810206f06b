import { useState } from 'preact/hooks';
import type { AuditPage as Page } from '../../../../shared/review.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../i18n.ts';
import { api, query } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { Pager } from '../pager.tsx';

export function AuditPage() {
  const { t, language } = useT();
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const params = query({ cursor, limit: '100' });
  const page = useLoad(() => api<Page>(`/audit${params}`), params);
  return (
    <>
      <h1>{t('auditTitle')}</h1>
      {!page.data ? <p>{t('loading')}</p> : (
        <table>
          <thead><tr><th>{t('when')}</th><th>{t('who')}</th><th>{t('action')}</th><th>{t('target')}</th><th>{t('details')}</th></tr></thead>
          <tbody>
            {page.data.entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at, language)}</td><td>{e.username}</td><td>{e.action}</td><td>{e.target}</td>
                <td><code>{JSON.stringify(e.details)}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager cursor={cursor} nextCursor={page.data?.nextCursor} onCursor={setCursor} />
    </>
  );
}
