import { useEffect, useMemo, useState } from 'preact/hooks';
import { LanguageSwitcher } from './components/language-switcher.tsx';
import { UpdatePrompt } from './components/update-prompt.tsx';
import { EnrolledApp, type Route } from './enrolled-app.tsx';
import { LanguageContext } from './i18n/language-context.ts';
import { preferredLanguage, type Language } from './i18n/languages.ts';
import { commonStrings } from './i18n/strings/common.ts';
import { EnrollPage } from './pages/enroll-page.tsx';
import { loadStartupSettings, type StartupSettings } from './settings/load-settings.ts';
import { forgetDevice, saveEnumerator, saveLanguage, type DeviceCredentials } from './settings/settings.ts';

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
    });
  }, []);

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
  else if (!device) content = <EnrollPage onEnrolled={(enrolled) => { setRoute({ page: 'home' }); setDevice(enrolled); }} />;
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
        onNavigate={setRoute}
        onReenroll={() => void forgetDevice().then(() => setDevice(undefined))}
      />
    );
  }

  return (
    <LanguageContext.Provider value={languageState}>
      <header class="top-bar">
        <span class="brand">{commonStrings[language].appName}</span>
        <LanguageSwitcher />
      </header>
      <UpdatePrompt formOpen={route.page === 'form' && device !== undefined} />
      <main>{content}</main>
    </LanguageContext.Provider>
  );
}
