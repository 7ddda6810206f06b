import { useCallback, useEffect, useState } from 'preact/hooks';
import { loaders } from 'virtual:i18n/tablet';
import { LanguageSwitcher } from './components/language-switcher.tsx';
import { UpdatePrompt } from './components/update-prompt.tsx';
import { EnrolledApp } from './enrolled-app.tsx';
import { I18nContext } from './i18n/i18n-context.ts';
import { useCatalog } from './i18n/use-catalog.ts';
import { EnrollPage } from './pages/enroll-page.tsx';
import { isBusyRoute, type Route } from './route.ts';
import { loadStartupSettings, type StartupSettings } from './settings/load-settings.ts';
import type { Deployment } from '../../shared/deployment.ts';
import { showFormsFor } from './forms/known-forms.ts';
import { DeploymentContext } from './settings/deployment-context.ts';
import {
  forgetDevice,
  saveDeployment,
  saveEnumerator,
  saveLanguage,
  saveOpenPage,
  type DeviceCredentials,
  type OpenPage,
} from './settings/settings.ts';

export function App() {
  const [settings, setSettings] = useState<StartupSettings | null>(null);
  const [device, setDevice] = useState<DeviceCredentials | undefined>(undefined);
  const [startLanguage, setStartLanguage] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>({ page: 'home' });
  const [enumerator, setEnumerator] = useState('');
  const [deployment, setDeployment] = useState<Deployment | null>(null);

  const adoptDeployment = useCallback((next: Deployment | null, save: boolean) => {
    showFormsFor(next);
    setDeployment((before) => (JSON.stringify(before) === JSON.stringify(next) ? before : next));
    if (next && save) void saveDeployment(next);
  }, []);

  useEffect(() => {
    void loadStartupSettings(navigator.languages).then((loaded) => {
      setSettings(loaded);
      setDevice(loaded.device);
      setEnumerator(loaded.enumerator);
      setStartLanguage(loaded.language);
      adoptDeployment(loaded.deployment, false);
      if (loaded.device && loaded.openPage) setRoute(routeOf(loaded.openPage, loaded.device.fmp));
    });
  }, []);

  function navigate(next: Route): void {
    setRoute(next);
    void saveOpenPage(openPageOf(next));
  }

  // The language chosen on this tablet is remembered; until one is, the browser's language is used.
  const i18n = useCatalog(
    loaders,
    startLanguage,
    useCallback((code: string) => void saveLanguage(code), []),
  );
  if (!settings || !i18n) return null;

  let content;
  if (!device)
    content = (
      <EnrollPage
        onEnrolled={(enrolled, config) => {
          if (config) adoptDeployment(config.deployment, true);
          navigate({ page: 'home' });
          setDevice(enrolled);
        }}
      />
    );
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
        onConfig={(config) => adoptDeployment(config.deployment, true)}
      />
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <header class="top-bar">
        <span class="brand">{i18n.t('common.appName')}</span>
        <LanguageSwitcher />
      </header>
      <UpdatePrompt formOpen={isBusyRoute(route) && device !== undefined} />
      <main>
        <DeploymentContext.Provider value={deployment}>{content}</DeploymentContext.Provider>
      </main>
    </I18nContext.Provider>
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
