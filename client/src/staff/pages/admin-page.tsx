import { ROLES } from '../../../../shared/api.ts';
import type { FmpView, UserView } from '../../../../shared/staff-admin.ts';
import { FEED_TOKEN_ROLES, type CreatedFeedToken, type FeedTokenView } from '../../../../shared/feed-tokens.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { userRefusalKey } from '../user-refusal.ts';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A toggle button in a table row: sends one change and reloads. */
function Toggle({ on, labels, onToggle }: { on: boolean; labels: [string, string]; onToggle: () => void }) {
  return (
    <td>
      <button type="button" onClick={onToggle}>
        {on ? labels[0] : labels[1]}
      </button>
    </td>
  );
}

/** A create form whose named fields are sent as one JSON object. */
function CreateForm({
  onCreate,
  children,
  submit,
}: {
  onCreate: (fields: Record<string, string>) => void;
  children: ComponentChildren;
  submit: string;
}) {
  return (
    <form
      class="filters"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate(Object.fromEntries([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)])));
      }}
    >
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}

/** Sends a form's fields as JSON, then reloads; a refusal is shown, not thrown. */
function useSubmit(reload: () => void) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const run = async <T,>(path: string, method: string, body: unknown, onAnswer?: (answer: T) => void) => {
    try {
      const answer = await api<T>(path, { method, body });
      setError(null);
      onAnswer?.(answer);
      reload();
    } catch (err) {
      const refusal = userRefusalKey(err);
      setError(refusal ? t(refusal) : t('staff.failed', { message: (err as Error).message }));
    }
  };
  return { error, run };
}

function UsersSection() {
  const { t } = useI18n();
  const users = useLoad(() => api<{ users: UserView[] }>('/users'), 'users');
  const { error, run } = useSubmit(users.reload);
  return (
    <section>
      <h2 id="users-title">{t('staff-admin.usersTitle')}</h2>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <table aria-labelledby="users-title">
        <thead>
          <tr>
            <th>{t('staff.username')}</th>
            <th>{t('staff.role')}</th>
            <th>{t('staff-admin.disabled')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.data?.users.map((u) => (
            <tr key={u.username}>
              <td>{u.username}</td>
              <td>
                <select
                  aria-label={t('staff.role')}
                  value={u.role}
                  onChange={(e) => void run(`/users/${u.username}`, 'PATCH', { role: e.currentTarget.value })}
                >
                  {ROLES.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </td>
              <td>{u.disabled ? t('staff.yes') : t('staff.no')}</td>
              <Toggle
                on={u.disabled}
                labels={[t('staff-admin.enable'), t('staff-admin.disable')]}
                onToggle={() => void run(`/users/${u.username}`, 'PATCH', { disabled: !u.disabled })}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <CreateForm submit={t('staff-admin.createUser')} onCreate={(fields) => void run('/users', 'POST', fields)}>
        <label>
          {t('staff.username')}
          <input name="username" required />
        </label>
        <label>
          {t('staff.password')}
          <input name="password" type="password" autocomplete="new-password" minLength={10} required />
        </label>
        <label>
          {t('staff.role')}
          <select name="role">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
      </CreateForm>
    </section>
  );
}

function FmpsSection() {
  const { t } = useI18n();
  const fmps = useLoad(() => api<{ fmps: FmpView[] }>('/fmps'), 'fmps');
  const { error, run } = useSubmit(fmps.reload);
  return (
    <section>
      <h2 id="fmps-title">{t('staff-admin.fmpsTitle')}</h2>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <table aria-labelledby="fmps-title">
        <thead>
          <tr>
            <th>{t('staff.code')}</th>
            <th>{t('staff-admin.name')}</th>
            <th>{t('staff-admin.district')}</th>
            <th>{t('staff-admin.timeZone')}</th>
            <th>{t('staff-admin.active')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {fmps.data?.fmps.map((f) => (
            <tr key={f.code}>
              <td>{f.code}</td>
              <td>{f.name}</td>
              <td>{f.district}</td>
              <td>{f.timeZone}</td>
              <td>{f.active ? t('staff.yes') : t('staff.no')}</td>
              <Toggle
                on={f.active}
                labels={[t('staff-admin.retire'), t('staff-admin.reactivate')]}
                onToggle={() => void run(`/fmps/${f.code}`, 'PATCH', { active: !f.active })}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <CreateForm submit={t('staff-admin.createFmp')} onCreate={(fields) => void run('/fmps', 'POST', fields)}>
        <label>
          {t('staff.code')}
          <input name="code" pattern="[A-Z][A-Z0-9_]{1,31}" required />
        </label>
        <label>
          {t('staff-admin.name')}
          <input name="name" required />
        </label>
        <label>
          {t('staff-admin.district')}
          <input name="district" required />
        </label>
      </CreateForm>
    </section>
  );
}

/** Read-only tokens for Power BI and Excel: the token is shown once, when made; the server keeps its hash. */
function FeedTokensSection() {
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

export function AdminPage() {
  return (
    <>
      <UsersSection />
      <FmpsSection />
      <FeedTokensSection />
    </>
  );
}
