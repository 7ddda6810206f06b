import { useRef, useState } from 'preact/hooks';
import { ClockSkewWarning } from '../components/clock-skew-warning.tsx';
import { EnumeratorPicker } from '../components/enumerator-picker.tsx';
import { lazyPage } from '../components/lazy-page.tsx';
import { StorageStatus } from '../components/storage-status.tsx';
import { SyncStatusLine } from '../components/sync-status-line.tsx';
import { useOnline } from '../components/use-online.ts';
import { db } from '../db/database.ts';
import { todayCounts, type TodayCounts } from '../db/today-counts.ts';
import { useLiveQuery } from '../db/use-live-query.ts';
import type { EntryForm } from '../forms/form-layout.ts';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { commonStrings } from '../i18n/strings/common.ts';
import { homeStrings } from '../i18n/strings/home.ts';
import type { Route } from '../route.ts';
import { rememberEnumerator, type DeviceCredentials } from '../settings/settings.ts';
import type { SyncEngine, SyncStatus } from '../sync/sync-engine.ts';

/** Record rows name forms and server reasons, so they load after the home screen is up. */
const recentRecords = lazyPage(() => import('../components/record-list.tsx'));
const RECENT = 5;

interface HomePageProps {
  device: DeviceCredentials;
  enumerator: string;
  onEnumeratorChange: (name: string) => void;
  sync: { engine: SyncEngine; status: SyncStatus };
  onNewRecord: (form: EntryForm, enumerator: string) => void;
  onNavigate: (route: Route) => void;
  onOpenRecord: (id: string) => void;
  onReenroll: () => void;
}

export function HomePage(props: HomePageProps) {
  const { device, enumerator, onEnumeratorChange, sync, onNewRecord, onNavigate, onOpenRecord, onReenroll } = props;
  const s = useStrings(homeStrings);
  const common = useStrings(commonStrings);
  const { language } = useLanguage();
  const online = useOnline();
  const [nameMissing, setNameMissing] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const counts = useLiveQuery<TodayCounts | undefined>(() => todayCounts(db), [], undefined);
  const tallyOpen = useLiveQuery(() => db.tallies.where('state').equals('open').count(), [], 0) > 0;
  const count = (n: number | undefined): string => (n === undefined ? '…' : formatNumber(n, language));

  /** Every record carries the name of the person at the tablet, so nothing starts without one. */
  function withName(start: (name: string) => void): void {
    const name = enumerator.trim();
    if (!name) {
      setNameMissing(true);
      nameInput.current?.focus();
      return;
    }
    void rememberEnumerator(name);
    start(name);
  }

  const entries = [
    { id: 'new-fmr', label: s.newFmr, hint: s.newFmrHint, start: (name: string) => onNewRecord('fmr', name) },
    { id: 'start-tally', label: s.tally, hint: tallyOpen ? s.tallyOpen : s.tallyHint, start: () => onNavigate({ page: 'tally' }) },
    { id: 'new-fms', label: s.newFms, hint: s.newFmsHint, start: (name: string) => onNewRecord('fms', name) },
    { id: 'new-screening', label: s.newScreening, hint: s.newScreeningHint, start: (name: string) => onNewRecord('screening', name) },
  ];

  return (
    <section class="page home">
      {sync.status.phase === 'revoked' && (
        <div class="banner error" role="alert">
          <span>{s.revoked}</span>
          <button type="button" onClick={onReenroll}>
            {s.reenroll}
          </button>
        </div>
      )}
      <ClockSkewWarning skewMs={sync.status.clockSkewMs} />
      <div class="home-head">
        <p class="fmp">
          <span class="muted">{s.fmp}</span> <strong>{device.fmp}</strong>
        </p>
        <EnumeratorPicker
          inputRef={nameInput}
          value={enumerator}
          missing={nameMissing}
          onChange={(name) => {
            onEnumeratorChange(name);
            if (name.trim()) setNameMissing(false);
          }}
        />
      </div>
      <h1 class="visually-hidden">{common.appName}</h1>
      <div class="entries">
        {entries.map((entry) => (
          <button key={entry.id} type="button" class="entry" onClick={() => withName(entry.start)}>
            <span class="entry-label">{entry.label}</span>
            <span class="entry-hint">{entry.hint}</span>
          </button>
        ))}
      </div>
      <h2>{s.today}</h2>
      <dl class="stats">
        <div>
          <dt>{s.captured}</dt>
          <dd data-count={counts?.captured}>{count(counts?.captured)}</dd>
        </div>
        <div>
          <dt>{s.waiting}</dt>
          <dd data-count={counts?.waiting}>{count(counts?.waiting)}</dd>
        </div>
        <div>
          <dt>{s.sent}</dt>
          <dd data-count={counts?.sent}>{count(counts?.sent)}</dd>
        </div>
        <div>
          <dt>{s.lastSync}</dt>
          <dd class="small">
            {sync.status.lastSyncAt ? formatDateTime(sync.status.lastSyncAt, language) : s.never}
          </dd>
        </div>
      </dl>
      <p data-online={String(online)} class={`online-status ${online ? 'online' : 'offline'}`}>
        {online ? common.online : common.offline}
      </p>
      <SyncStatusLine status={sync.status} waiting={counts?.waiting} />
      <div class="actions">
        <button
          type="button"
          aria-busy={sync.status.phase === 'syncing'}
          onClick={() => void sync.engine.sync('manual')}
        >
          {s.syncNow}
        </button>
        <button type="button" onClick={() => onNavigate({ page: 'records' })}>
          {s.records}
        </button>
      </div>
      <StorageStatus />
      <section class="records">
        <h2 id="recent-records">{s.recent}</h2>
        <recentRecords.Page onOpen={onOpenRecord} limit={RECENT} labelledBy="recent-records" />
      </section>
    </section>
  );
}
