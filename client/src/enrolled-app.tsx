import { useEffect, useMemo } from 'preact/hooks';
import { lazyPage } from './components/lazy-page.tsx';
import { db } from './db/database.ts';
import { useLiveQuery } from './db/use-live-query.ts';
import type { EntryForm } from './forms/form-layout.ts';
import { tabletForms } from './forms/tablet-forms.ts';
import { TabletFormsContext } from './forms/tablet-forms-context.ts';
import { HomePage } from './pages/home-page.tsx';
import type { Route } from './route.ts';
import type { DeviceCredentials } from './settings/settings.ts';
import type { ConfigResponse } from '../../shared/api.ts';
import { useSync } from './sync/use-sync.ts';
import { useDeployment } from './settings/deployment-context.ts';

const formPage = lazyPage(() => import('./pages/record-form-page.tsx'));
const tallyPage = lazyPage(() => import('./pages/tally-page.tsx'));
const recordsPage = lazyPage(() => import('./pages/records-page.tsx'));

interface EnrolledAppProps {
  device: DeviceCredentials;
  enumerator: string;
  onEnumeratorChange: (name: string) => void;
  lastSyncAt: string | null;
  route: Route;
  onNavigate: (route: Route) => void;
  onReenroll: () => void;
  /** The server moved the device to another FMP. */
  onMoved: (device: DeviceCredentials) => void;
  onConfig: (config: ConfigResponse) => void;
}

/** The form versions stored on the tablet, for every page below; read again when a sync stores new ones. */
export function EnrolledApp(props: EnrolledAppProps) {
  const stored = useLiveQuery(() => db.forms.toArray(), [], null);
  // Read again when the deployment changes too: the stored built-in versions name its country.
  const deployment = useDeployment();
  const forms = useMemo(() => (stored ? tabletForms(stored) : null), [stored, deployment]);
  if (!forms) return null;
  return (
    <TabletFormsContext.Provider value={forms}>
      <EnrolledPages {...props} />
    </TabletFormsContext.Provider>
  );
}

function EnrolledPages(props: EnrolledAppProps) {
  const { device, enumerator, onEnumeratorChange, lastSyncAt, route, onNavigate, onReenroll, onMoved, onConfig } =
    props;
  const sync = useSync(device, lastSyncAt, onMoved, onConfig);
  const home = (): void => onNavigate({ page: 'home' });
  const queued = (): void => void sync.engine.sync('queued');

  useEffect(() => {
    // Once home is on screen, fetch the other pages so the first tap on them does not wait.
    const handle = setTimeout(
      () => void Promise.all([formPage, tallyPage, recordsPage].map((p) => p.preload())).catch(() => undefined),
      1000,
    );
    return () => clearTimeout(handle);
  }, []);

  const openRecord = (recordId: string): void =>
    onNavigate({ page: 'form', target: { kind: 'stored', recordId, fmp: device.fmp } });

  if (route.page === 'form') {
    return (
      <formPage.Page
        key={route.target.recordId}
        target={route.target}
        onClose={home}
        onFinalized={() => {
          home();
          queued();
        }}
      />
    );
  }
  if (route.page === 'tally') {
    return <tallyPage.Page fmp={device.fmp} enumerator={enumerator} onClose={home} onIntervalClosed={queued} />;
  }
  if (route.page === 'records')
    return <recordsPage.Page onClose={home} onOpen={openRecord} sync={sync} deviceId={device.deviceId} />;
  return (
    <HomePage
      device={device}
      enumerator={enumerator}
      onEnumeratorChange={onEnumeratorChange}
      sync={sync}
      onNewRecord={(form: EntryForm, name: string) =>
        onNavigate({
          page: 'form',
          target: { kind: 'new', recordId: crypto.randomUUID(), form, fmp: device.fmp, enumerator: name },
        })
      }
      onNavigate={onNavigate}
      onOpenRecord={openRecord}
      onReenroll={onReenroll}
    />
  );
}
