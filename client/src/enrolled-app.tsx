import { FmrFormPage } from './pages/fmr-form-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import type { LocalRecord } from './db/database.ts';
import type { DeviceCredentials } from './settings/settings.ts';
import { useSync } from './sync/use-sync.ts';

/** `fresh` carries a new draft that is not stored yet; reopened drafts are read from the database. */
export type Route = { page: 'home' } | { page: 'form'; recordId: string; fresh?: LocalRecord };

interface EnrolledAppProps {
  device: DeviceCredentials;
  enumerator: string;
  onEnumeratorChange: (name: string) => void;
  lastSyncAt: string | null;
  route: Route;
  onNavigate: (route: Route) => void;
  onReenroll: () => void;
}

export function EnrolledApp(props: EnrolledAppProps) {
  const { device, enumerator, onEnumeratorChange, lastSyncAt, route, onNavigate, onReenroll } = props;
  const sync = useSync(device, lastSyncAt);
  const home = (): void => onNavigate({ page: 'home' });

  if (route.page === 'form') {
    return (
      <FmrFormPage
        key={route.recordId}
        recordId={route.recordId}
        fresh={route.fresh}
        fmp={device.fmp}
        onClose={home}
        onFinalized={() => {
          home();
          void sync.engine.sync('queued');
        }}
      />
    );
  }
  return (
    <HomePage
      device={device}
      enumerator={enumerator}
      onEnumeratorChange={onEnumeratorChange}
      sync={sync}
      onOpenRecord={(recordId) => onNavigate({ page: 'form', recordId })}
      onNewRecord={(fresh) => onNavigate({ page: 'form', recordId: fresh.id, fresh })}
      onReenroll={onReenroll}
    />
  );
}
