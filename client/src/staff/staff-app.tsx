import { useCallback, useEffect, useState } from 'preact/hooks';
import { loaders } from 'virtual:i18n/staff';
import { I18nContext, useI18n } from '../i18n/i18n-context.ts';
import { LANGUAGES, isLanguage, preferredLanguage } from '../i18n/languages.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { api, loadSession, saveSession, type Session } from './staff-api.ts';
import { SignInPage } from './pages/sign-in-page.tsx';
import { FleetPage } from './pages/fleet-page.tsx';
import { RecordsPage } from './pages/records-page.tsx';
import { QueuesPage } from './pages/queues-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { DashboardPage } from './pages/dashboard-page.tsx';
import { AdminPage } from './pages/admin-page.tsx';
import { FormsPage } from './pages/forms-page.tsx';
import type { MessageKey } from '../i18n/message-key.ts';
import type { Deployment } from '../../../shared/deployment.ts';
import { DeploymentContext } from '../settings/deployment-context.ts';
import { useLoad } from './use-load.ts';

type Role = Session['user']['role'];
const PAGES: { id: string; label: MessageKey; roles: Role[] }[] = [
  { id: 'fleet', label: 'staff.navFleet', roles: ['admin', 'officer'] },
  { id: 'records', label: 'staff.navRecords', roles: ['admin', 'officer'] },
  { id: 'queues', label: 'staff.navQueues', roles: ['admin', 'officer'] },
  { id: 'audit', label: 'staff.navAudit', roles: ['admin', 'officer'] },
  { id: 'dashboard', label: 'staff.navDashboard', roles: ['admin', 'officer', 'analyst'] },
  { id: 'forms', label: 'staff.navForms', roles: ['admin', 'officer'] },
  { id: 'admin', label: 'staff.navAdmin', roles: ['admin'] },
];

const currentHash = () => location.hash.replace(/^#\/?/, '');

function Shell({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const { t, language, setLanguage } = useI18n();
  const allowed = PAGES.filter((p) => p.roles.includes(session.user.role));
  const [page, setPage] = useState(currentHash());
  useEffect(() => {
    const onHash = () => setPage(currentHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const active = allowed.find((p) => p.id === page) ?? allowed[0];
  // Days picked on these pages are days on the deployment's calendar.
  const deployment = useLoad(() => api<Deployment>('/deployment'), 'deployment');
  return (
    <>
      <header class="staff-bar">
        <strong>{t('staff.appTitle')}</strong>
        <nav>
          {allowed.map((p) => (
            <a key={p.id} href={`#/${p.id}`} aria-current={p.id === active?.id ? 'page' : undefined}>
              {t(p.label)}
            </a>
          ))}
        </nav>
        <span>{t('staff.signedInAs', { username: session.user.username, role: session.user.role })}</span>
        <select
          aria-label={t('staff.language')}
          value={language.code}
          onChange={(e) => setLanguage(e.currentTarget.value)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
              {l.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={onSignOut}>
          {t('staff.signOut')}
        </button>
      </header>
      <main class="staff-main">
        {deployment.error && <p role="alert">{deployment.error}</p>}
        {deployment.data && (
          <DeploymentContext.Provider value={deployment.data}>
            {active?.id === 'fleet' && <FleetPage />}
            {active?.id === 'records' && <RecordsPage />}
            {active?.id === 'queues' && <QueuesPage />}
            {active?.id === 'audit' && <AuditPage />}
            {active?.id === 'dashboard' && <DashboardPage />}
            {active?.id === 'forms' && <FormsPage />}
            {active?.id === 'admin' && <AdminPage onDeploymentChanged={deployment.reload} />}
          </DeploymentContext.Provider>
        )}
      </main>
    </>
  );
}

const LANGUAGE_KEY = 'fmp-staff-language';

export function StaffApp() {
  const [session, setSession] = useState(loadSession());
  // The browser's language, unless a person picked another one on these pages.
  const [start] = useState(() => {
    const picked = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(picked) ? picked : preferredLanguage(navigator.languages);
  });
  const i18n = useCatalog(
    loaders,
    start,
    useCallback((code: string) => localStorage.setItem(LANGUAGE_KEY, code), []),
  );
  const signOut = async () => {
    // The request takes the token before it is forgotten here; the page signs out at once either way.
    const ending = api('/sessions/current', { method: 'DELETE' });
    saveSession(null);
    setSession(null);
    await ending.catch(() => undefined);
  };
  if (!i18n) return null;
  return (
    <I18nContext.Provider value={i18n}>
      {session ? (
        <Shell session={session} onSignOut={signOut} />
      ) : (
        <SignInPage onSignedIn={(s) => (saveSession(s), setSession(s))} />
      )}
    </I18nContext.Provider>
  );
}
