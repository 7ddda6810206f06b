import type { WebhookView } from '../../../../shared/webhooks.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { api } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { CreateForm, Toggle, useSubmit } from './admin-controls.tsx';

/** Each webhook's queue as the admin watches it: what waits, what went, what fails and why. */
export function WebhooksSection() {
  const { t, language } = useI18n();
  const webhooks = useLoad(() => api<{ webhooks: WebhookView[] }>('/webhooks'), 'webhooks');
  const { error, run } = useSubmit(webhooks.reload);
  const count = (n: number) => formatNumber(n, language.locale);
  return (
    <section>
      <h2 id="webhooks-title">{t('staff-admin.webhooksTitle')}</h2>
      <p>{t('staff-admin.webhooksHelp')}</p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <table aria-labelledby="webhooks-title">
        <thead>
          <tr>
            <th>{t('staff-admin.webhookUrl')}</th>
            <th>{t('staff-admin.pending')}</th>
            <th>{t('staff-admin.delivered')}</th>
            <th>{t('staff-admin.failing')}</th>
            <th>{t('staff-admin.failed')}</th>
            <th>{t('staff-admin.lastError')}</th>
            <th>{t('staff-admin.disabled')}</th>
            <th />
            <th />
          </tr>
        </thead>
        <tbody>
          {webhooks.data?.webhooks.map((w) => (
            <tr key={w.id}>
              <td>{w.url}</td>
              <td>{count(w.pending)}</td>
              <td>{count(w.delivered)}</td>
              <td>{count(w.failing)}</td>
              <td>{count(w.failed)}</td>
              <td>
                {w.lastError && w.lastErrorAt
                  ? t('staff-admin.lastErrorAt', {
                      error: w.lastError,
                      at: formatDateTime(w.lastErrorAt, language.locale),
                    })
                  : t('staff-admin.noError')}
              </td>
              <td>{w.disabled ? t('staff.yes') : t('staff.no')}</td>
              <Toggle
                on={w.disabled}
                labels={[t('staff-admin.enable'), t('staff-admin.disable')]}
                onToggle={() => void run(`/webhooks/${w.id}`, 'PATCH', { disabled: !w.disabled })}
              />
              <td>
                <button
                  type="button"
                  onClick={() => {
                    // Its queue goes with it: events still waiting are never sent.
                    if (confirm(t('staff-admin.confirmDeleteWebhook', { url: w.url, pending: w.pending })))
                      void run(`/webhooks/${w.id}`, 'DELETE', undefined);
                  }}
                >
                  {t('staff-admin.deleteWebhook')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreateForm submit={t('staff-admin.createWebhook')} onCreate={(fields) => void run('/webhooks', 'POST', fields)}>
        <label>
          {t('staff-admin.webhookUrl')}
          <input name="url" type="url" required />
        </label>
        <label>
          {t('staff-admin.webhookSecret')}
          <input name="secret" type="password" autocomplete="off" minLength={16} maxLength={256} required />
        </label>
      </CreateForm>
    </section>
  );
}
