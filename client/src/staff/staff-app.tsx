import { useEffect, useState } from 'preact/hooks';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, preferredLanguage, type Language } from '../i18n/languages.ts';
import { StaffLanguage, useT } from './i18n.ts';
import { api, loadSession, saveSession, type Session } from './staff-api.ts';
import { SignInPage } from './pages/sign-in-page.tsx';
import { FleetPage } from './pages/fleet-page.tsx';
import { RecordsPage } from './pages/records-page.tsx';
import { QueuesPage } from './pages/queues-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';
import { DashboardPage } from './pages/dashboard-page.tsx';
import { AdminPage } from './pages/admin-page.tsx';
import type { StaffKey } from './strings.ts';

type Role = Session['user']['role'];
const PAGES: { id: string; label: StaffKey; roles: Role[] }[] = [
  { id: 'fleet', label: 'navFleet', roles: ['admin', 'officer'] },
  { id: 'records', label: 'navRecords', roles: ['admin', 'officer'] },
  { id: 'queues', label: 'navQueues', roles: ['admin', 'officer'] },
  { id: 'audit', label: 'navAudit', roles: ['admin', 'officer'] },
  { id: 'dashboard', label: 'navDashboard', roles: ['admin', 'officer', 'analyst'] },
  { id: 'admin', label: 'navAdmin', roles: ['admin'] },
];

const currentHash = () => location.hash.replace(/^#\/?/, '');

function Shell({ session, onSignOut, onLanguage }: { session: Session; onSignOut: () => void; onLanguage: (l: Language) => void }) {
  const { t, language } = useT();
  const allowed = PAGES.filter((p) => p.roles.includes(session.user.role));
  const [page, setPage] = useState(currentHash());
  useEffect(() => {
    const onHash = () => setPage(currentHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const active = allowed.find((p) => p.id === page) ?? allowed[0];
  return (
    <>
      <header class="staff-bar">
        <strong>{t('appTitle')}</strong>
        <nav>
          {allowed.map((p) => (
            <a key={p.id} href={`#/${p.id}`} aria-current={p.id === active?.id ? 'page' : undefined}>
              {t(p.label)}
            </a>
          ))}
        </nav>
        <span>{t('signedInAs', { username: session.user.username, role: session.user.role })}</span>
        <select aria-label={t('language')} value={language} onChange={(e) => {
          const value = e.currentTarget.value;
          if (isLanguage(value)) onLanguage(value);
        }}>
          {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
        </select>
        <button type="button" onClick={onSignOut}>{t('signOut')}</button>
      </header>
      <main class="staff-main">
        {active?.id === 'fleet' && <FleetPage />}
        {active?.id === 'records' && <RecordsPage />}
        {active?.id === 'queues' && <QueuesPage />}
        {active?.id === 'audit' && <AuditPage />}
        {active?.id === 'dashboard' && <DashboardPage />}
        {active?.id === 'admin' && <AdminPage />}
      </main>
    </>
  );
}

const LANGUAGE_KEY = 'fmp-staff-language';

export function StaffApp() {
  const [session, setSession] = useState(loadSession());
  const stored = localStorage.getItem(LANGUAGE_KEY);
  const [language, setLanguage] = useState<Language>(isLanguage(stored) ? stored : preferredLanguage(navigator.languages));
  useEffect(() => {
    document.documentElement.lang = language;
    localStorage.setItem(LANGUAGE_KEY, language);
  }, [language]);
  const signOut = async () => {
    // The request takes the token before it is forgotten here; the page signs out at once either way.
    const ending = api('/sessions/current', { method: 'DELETE' });
    saveSession(null);
    setSession(null);
    await ending.catch(() => undefined);
  };
  return (
    <StaffLanguage.Provider value={language}>
      {session ? (
        <Shell session={session} onSignOut={signOut} onLanguage={setLanguage} />
      ) : (
        <SignInPage onSignedIn={(s) => (saveSession(s), setSession(s))} onLanguage={setLanguage} />
      )}
    </StaffLanguage.Provider>
  );
}
