import { useRef, useState } from 'preact/hooks';
import { FMR_FORM_ID, FMR_FORM_VERSION } from '../../../shared/fmr.ts';
import { RecordList } from '../components/record-list.tsx';
import { StorageStatus } from '../components/storage-status.tsx';
import { SyncStatusLine } from '../components/sync-status-line.tsx';
import { useOnline } from '../components/use-online.ts';
import { db, type LocalRecord } from '../db/database.ts';
import { newDraft } from '../db/records.ts';
import { useLiveQuery } from '../db/use-live-query.ts';
import { initialValues } from '../fmr/form-values.ts';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { commonStrings } from '../i18n/strings/common.ts';
import { homeStrings } from '../i18n/strings/home.ts';
import type { DeviceCredentials } from '../settings/settings.ts';
import type { SyncEngine, SyncStatus } from '../sync/sync-engine.ts';

interface HomePageProps {
  device: DeviceCredentials;
  enumerator: string;
  onEnumeratorChange: (name: string) => void;
  sync: { engine: SyncEngine; status: SyncStatus };
  onOpenRecord: (id: string) => void;
  onNewRecord: (draft: LocalRecord) => void;
  onReenroll: () => void;
}

export function HomePage(props: HomePageProps) {
  const { device, enumerator, onEnumeratorChange, sync, onOpenRecord, onNewRecord, onReenroll } = props;
  const s = useStrings(homeStrings);
  const common = useStrings(commonStrings);
  const { language } = useLanguage();
  const online = useOnline();
  const [nameMissing, setNameMissing] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const waiting = useLiveQuery<number | undefined>(() => db.outbox.count(), [], undefined);
  const sent = useLiveQuery<number | undefined>(() => db.records.where('state').equals('sent').count(), [], undefined);
  const count = (n: number | undefined): string => (n === undefined ? '…' : formatNumber(n, language));

  /** Synchronous, so the form is on screen as soon as the button is pressed; it stores itself. */
  function startRecord(): void {
    const name = enumerator.trim();
    if (!name) {
      setNameMissing(true);
      nameInput.current?.focus();
      return;
    }
    const data = initialValues(device.fmp, new Date());
    onNewRecord(newDraft({ form: FMR_FORM_ID, formVersion: FMR_FORM_VERSION, enumerator: name, data }));
  }

  return (
    <section class="page home" data-testid="home">
      {sync.status.phase === 'revoked' && (
        <div class="banner error" role="alert" data-testid="device-revoked">
          <span>{s.revoked}</span>
          <button type="button" data-testid="reenroll" onClick={onReenroll}>
            {s.reenroll}
          </button>
        </div>
      )}
      <p class="fmp">
        <span class="muted">{s.fmp}</span> <strong data-testid="fmp-code">{device.fmp}</strong>
      </p>
      <div class={`field${nameMissing ? ' has-error' : ''}`}>
        <label for="enumerator">{s.enumerator}</label>
        <input
          id="enumerator"
          name="enumerator"
          ref={nameInput}
          value={enumerator}
          autoComplete="name"
          maxLength={100}
          onInput={(e) => {
            onEnumeratorChange(e.currentTarget.value);
            if (e.currentTarget.value.trim()) setNameMissing(false);
          }}
        />
        {nameMissing && (
          <p class="field-error" role="alert" data-testid="enumerator-required">
            {s.enumeratorRequired}
          </p>
        )}
      </div>

      <dl class="stats">
        <div>
          <dt>{s.waiting}</dt>
          <dd data-testid="count-waiting">{count(waiting)}</dd>
        </div>
        <div>
          <dt>{s.sent}</dt>
          <dd data-testid="count-sent">{count(sent)}</dd>
        </div>
        <div>
          <dt>{s.lastSync}</dt>
          <dd data-testid="last-sync">
            {sync.status.lastSyncAt ? formatDateTime(sync.status.lastSyncAt, language) : s.never}
          </dd>
        </div>
        <div>
          <dt class="visually-hidden">{common.online}</dt>
          <dd data-testid="online-status" data-online={String(online)} class={online ? 'online' : 'offline'}>
            {online ? common.online : common.offline}
          </dd>
        </div>
      </dl>
      <SyncStatusLine status={sync.status} waiting={waiting} />

      <div class="actions">
        <button type="button" class="primary" data-testid="new-fmr" onClick={startRecord}>
          {s.newFmr}
        </button>
        <button
          type="button"
          data-testid="sync-now"
          aria-busy={sync.status.phase === 'syncing'}
          onClick={() => void sync.engine.sync('manual')}
        >
          {s.syncNow}
        </button>
      </div>
      <StorageStatus />
      <RecordList onOpen={onOpenRecord} />
    </section>
  );
}
