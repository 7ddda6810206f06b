import { useState } from 'preact/hooks';
import { FEED_TOKEN_ROLES, type CreatedFeedToken, type FeedTokenView } from '../../../../shared/feed-tokens.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { CreateForm, useSubmit } from './admin-controls.tsx';

/** Read-only tokens for Power BI and Excel: the token is shown once, when made; the server keeps its hash. */
export function FeedTokensSection() {
  const { t, language } = useI18n();
  const tokens = useLoad(() => api<{ feedTokens: FeedTokenView[] }>('/feed-tokens'), 'feed-tokens');
  const { error, run } = useSubmit(tokens.reload);
  const [made, setMade] = useState<CreatedFeedToken | null>(null);
  const create = async (fields: Record<string, string>) => {
    setMade(null);
    await run('/feed-tokens', 'POST', fields, setMade);
  };
  return (
    <section>
      <h2 id="feed-tokens-title">{t('staff-admin.feedTokensTitle')}</h2>
      <p>{t('staff-admin.feedTokensHelp', { url: `${location.origin}/api/v1/odata/` })}</p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {made && (
        <div class="code-card" role="status">
          <p>{t('staff-admin.feedTokenShownOnce', { name: made.name })}</p>
          <p class="code">{made.token}</p>
        </div>
      )}
      <table aria-labelledby="feed-tokens-title">
        <thead>
          <tr>
            <th>{t('staff-admin.name')}</th>
            <th>{t('staff.role')}</th>
            <th>{t('staff-admin.madeBy')}</th>
            <th>{t('staff-admin.revokedAt')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tokens.data?.feedTokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{token.role}</td>
              <td>
                {t('staff-admin.madeByOn', {
                  username: token.createdBy,
                  date: formatDateTime(token.createdAt, language.locale),
                })}
              </td>
              <td>{token.revokedAt ? formatDateTime(token.revokedAt, language.locale) : t('staff-admin.inUse')}</td>
              <td>
                {!token.revokedAt && (
                  <button type="button" onClick={() => void run(`/feed-tokens/${token.id}`, 'DELETE', undefined)}>
                    {t('staff-admin.revokeFeedToken', { name: token.name })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreateForm submit={t('staff-admin.createFeedToken')} onCreate={(fields) => void create(fields)}>
        <label>
          {t('staff-admin.name')}
          <input name="name" maxLength={100} required />
        </label>
        <label>
          {t('staff.role')}
          <select name="role">
            {FEED_TOKEN_ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
      </CreateForm>
    </section>
  );
}
