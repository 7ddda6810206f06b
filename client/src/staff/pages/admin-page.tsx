import { ROLES } from '../../../../shared/api.ts';
import type { FmpView, UserView } from '../../../../shared/staff-admin.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { api } from '../staff-api.ts';
import { useLoad } from '../use-load.ts';
import { CreateForm, Toggle, useSubmit } from './admin-controls.tsx';
import { WebhooksSection } from './webhooks-section.tsx';
import { DeploymentSection } from './deployment-section.tsx';
import { FeedTokensSection } from './feed-tokens-section.tsx';

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

export function AdminPage({ onDeploymentChanged }: { onDeploymentChanged: () => void }) {
  return (
    <>
      <DeploymentSection onChanged={onDeploymentChanged} />
      <UsersSection />
      <FmpsSection />
      <WebhooksSection />
      <FeedTokensSection />
    </>
  );
}
