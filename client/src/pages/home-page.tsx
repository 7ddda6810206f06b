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
import { useI18n } from '../i18n/i18n-context.ts';
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
  const { t, language } = useI18n();
  const online = useOnline();
  const [nameMissing, setNameMissing] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const counts = useLiveQuery<TodayCounts | undefined>(() => todayCounts(db), [], undefined);
  const tallyOpen = useLiveQuery(() => db.tallies.where('state').equals('open').count(), [], 0) > 0;
  const count = (n: number | undefined): string => (n === undefined ? '…' : formatNumber(n, language.locale));

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
    {
      id: 'new-fmr',
      label: t('home.newFmr'),
      hint: t('home.newFmrHint'),
      start: (name: string) => onNewRecord('fmr', name),
    },
    {
      id: 'start-tally',
      label: t('home.tally'),
      hint: tallyOpen ? t('home.tallyOpen') : t('home.tallyHint'),
      start: () => onNavigate({ page: 'tally' }),
    },
    {
      id: 'new-fms',
      label: t('home.newFms'),
      hint: t('home.newFmsHint'),
      start: (name: string) => onNewRecord('fms', name),
    },
    {
      id: 'new-screening',
      label: t('home.newScreening'),
      hint: t('home.newScreeningHint'),
      start: (name: string) => onNewRecord('screening', name),
    },
  ];

  return (
    <section class="page home">
      {sync.status.phase === 'revoked' && (
        <div class="banner error" role="alert">
          <span>{t('home.revoked')}</span>
          <button type="button" onClick={onReenroll}>
            {t('home.reenroll')}
          </button>
        </div>
      )}
      <ClockSkewWarning skewMs={sync.status.clockSkewMs} />
      <div class="home-head">
        <p class="fmp">
          <span class="muted">{t('home.fmp')}</span> <strong>{device.fmp}</strong>
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
      <h1 class="visually-hidden">{t('common.appName')}</h1>
      <div class="entries">
        {entries.map((entry) => (
          <button key={entry.id} type="button" class="entry" onClick={() => withName(entry.start)}>
            <span class="entry-label">{entry.label}</span>
            <span class="entry-hint">{entry.hint}</span>
          </button>
        ))}
      </div>
      <h2>{t('home.today')}</h2>
      <dl class="stats">
        <div>
          <dt>{t('home.captured')}</dt>
          <dd data-count={counts?.captured}>{count(counts?.captured)}</dd>
        </div>
        <div>
          <dt>{t('home.waiting')}</dt>
          <dd data-count={counts?.waiting}>{count(counts?.waiting)}</dd>
        </div>
        <div>
          <dt>{t('home.sent')}</dt>
          <dd data-count={counts?.sent}>{count(counts?.sent)}</dd>
        </div>
        <div>
          <dt>{t('home.lastSync')}</dt>
          <dd class="small">
            {sync.status.lastSyncAt ? formatDateTime(sync.status.lastSyncAt, language.locale) : t('home.never')}
          </dd>
        </div>
      </dl>
      <p data-online={String(online)} class={`online-status ${online ? 'online' : 'offline'}`}>
        {online ? t('common.online') : t('common.offline')}
      </p>
      <SyncStatusLine status={sync.status} waiting={counts?.waiting} />
      <div class="actions">
        <button
          type="button"
          aria-busy={sync.status.phase === 'syncing'}
          onClick={() => void sync.engine.sync('manual')}
        >
          {t('home.syncNow')}
        </button>
        <button type="button" onClick={() => onNavigate({ page: 'records' })}>
          {t('home.records')}
        </button>
      </div>
      <StorageStatus />
      <section class="records">
        <h2 id="recent-records">{t('home.recent')}</h2>
        <recentRecords.Page onOpen={onOpenRecord} limit={RECENT} labelledBy="recent-records" />
      </section>
    </section>
  );
}
