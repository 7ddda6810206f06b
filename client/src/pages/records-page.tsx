import { useState } from 'preact/hooks';
import { DataFilePanel } from '../components/data-file-panel.tsx';
import RecordList from '../components/record-list.tsx';
import { SendAgainPanel } from '../components/send-again-panel.tsx';
import { SyncStatusLine } from '../components/sync-status-line.tsx';
import { RECORD_STATES, db, type RecordState } from '../db/database.ts';
import { stateCounts } from '../db/state-counts.ts';
import { useLiveQuery } from '../db/use-live-query.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { RECORD_STATE_TEXT } from '../components/record-state-text.ts';
import type { SyncEngine, SyncStatus } from '../sync/sync-engine.ts';

interface RecordsPageProps {
  onClose: () => void;
  onOpen: (id: string) => void;
  sync: { engine: SyncEngine; status: SyncStatus };
  deviceId: string;
}

const SHOWN = 200;

export default function RecordsPage({ onClose, onOpen, sync, deviceId }: RecordsPageProps) {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<RecordState | undefined>(undefined);
  const counts = useLiveQuery(() => stateCounts(db), [], undefined);
  const filters: { state: RecordState | undefined; label: string }[] = [
    { state: undefined, label: t('home.filterAll') },
    ...RECORD_STATES.map((state) => ({ state, label: t(RECORD_STATE_TEXT[state]) })),
  ];
  return (
    <section class="page records-page">
      <div class="form-header">
        <button type="button" onClick={onClose}>
          <span class="back-arrow">←</span> {t('home.back')}
        </button>
        <h1 id="records-title">{t('home.records')}</h1>
      </div>
      <SyncStatusLine status={sync.status} waiting={counts?.waiting} />
      <div class="filters" role="group" aria-label={t('home.records')}>
        {filters.map(({ state, label }) => (
          <button
            key={state ?? 'all'}
            type="button"
            class={filter === state ? 'chip selected' : 'chip'}
            aria-pressed={filter === state}
            onClick={() => setFilter(state)}
          >
            {label}
            {state && counts ? ` (${formatNumber(counts[state], language.locale)})` : ''}
          </button>
        ))}
      </div>
      <RecordList onOpen={onOpen} state={filter} limit={SHOWN} labelledBy="records-title" />
      <DataFilePanel deviceId={deviceId} />
      <SendAgainPanel engine={sync.engine} />
    </section>
  );
}
