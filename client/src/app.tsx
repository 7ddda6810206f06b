import { useEffect, useMemo, useState } from 'preact/hooks';
import { LanguageSwitcher } from './components/language-switcher.tsx';
import { UpdatePrompt } from './components/update-prompt.tsx';
import { EnrolledApp } from './enrolled-app.tsx';
import { LanguageContext } from './i18n/language-context.ts';
import { preferredLanguage, type Language } from './i18n/languages.ts';
import { commonStrings } from './i18n/strings/common.ts';
import { EnrollPage } from './pages/enroll-page.tsx';
import { isBusyRoute, type Route } from './route.ts';
import { loadStartupSettings, type StartupSettings } from './settings/load-settings.ts';
import { forgetDevice, saveEnumerator, saveLanguage, saveOpenPage, type DeviceCredentials, type OpenPage } from './settings/settings.ts';

export function App() {
  const [settings, setSettings] = useState<StartupSettings | null>(null);
  const [device, setDevice] = useState<DeviceCredentials | undefined>(undefined);
  const [language, setLanguageState] = useState<Language>(() => preferredLanguage(navigator.languages));
  const [route, setRoute] = useState<Route>({ page: 'home' });
  const [enumerator, setEnumerator] = useState('');

  useEffect(() => {
    void loadStartupSettings(navigator.languages).then((loaded) => {
      setSettings(loaded);
      setDevice(loaded.device);
      setEnumerator(loaded.enumerator);
      setLanguageState(loaded.language);
      if (loaded.device && loaded.openPage) setRoute(routeOf(loaded.openPage, loaded.device.fmp));
    });
  }, []);

  function navigate(next: Route): void {
    setRoute(next);
    void saveOpenPage(openPageOf(next));
  }

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const languageState = useMemo(
    () => ({
      language,
      setLanguage(next: Language) {
        setLanguageState(next);
        void saveLanguage(next);
      },
    }),
    [language],
  );

  let content;
  if (!settings) content = <p class="muted">{commonStrings[language].loading}</p>;
  else if (!device) content = <EnrollPage onEnrolled={(enrolled) => { navigate({ page: 'home' }); setDevice(enrolled); }} />;
  else {
    content = (
      <EnrolledApp
        key={device.deviceId}
        device={device}
        enumerator={enumerator}
        onEnumeratorChange={(name) => {
          setEnumerator(name);
          void saveEnumerator(name);
        }}
        lastSyncAt={settings.lastSyncAt}
        route={route}
        onNavigate={navigate}
        onReenroll={() => void forgetDevice().then(() => setDevice(undefined))}
        onMoved={setDevice}
      />
    );
  }

  return (
    <LanguageContext.Provider value={languageState}>
      <header class="top-bar">
        <span class="brand">{commonStrings[language].appName}</span>
        <LanguageSwitcher />
      </header>
      <UpdatePrompt formOpen={isBusyRoute(route) && device !== undefined} />
      <main>{content}</main>
    </LanguageContext.Provider>
  );
}

function routeOf(open: OpenPage, fmp: string): Route {
  return open.page === 'tally' ? open : { page: 'form', target: { kind: 'stored', recordId: open.recordId, fmp } };
}

function openPageOf(route: Route): OpenPage | null {
  if (route.page === 'tally') return { page: 'tally' };
  if (route.page === 'form') return { page: 'form', recordId: route.target.recordId };
  return null;
}
