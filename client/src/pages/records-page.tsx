import { useState } from 'preact/hooks';
import { DataFilePanel } from '../components/data-file-panel.tsx';
import RecordList from '../components/record-list.tsx';
import { SendAgainPanel } from '../components/send-again-panel.tsx';
import { SyncStatusLine } from '../components/sync-status-line.tsx';
import { RECORD_STATES, db, type RecordState } from '../db/database.ts';
import { stateCounts } from '../db/state-counts.ts';
import { useLiveQuery } from '../db/use-live-query.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage, useStrings } from '../i18n/language-context.ts';
import { homeStrings } from '../i18n/strings/home.ts';
import { recordStateStrings } from '../i18n/strings/record-states.ts';
import type { SyncEngine, SyncStatus } from '../sync/sync-engine.ts';

interface RecordsPageProps {
  onClose: () => void;
  onOpen: (id: string) => void;
  sync: { engine: SyncEngine; status: SyncStatus };
  deviceId: string;
}

const SHOWN = 200;

export default function RecordsPage({ onClose, onOpen, sync, deviceId }: RecordsPageProps) {
  const s = useStrings(homeStrings);
  const states = useStrings(recordStateStrings);
  const { language } = useLanguage();
  const [filter, setFilter] = useState<RecordState | undefined>(undefined);
  const counts = useLiveQuery(() => stateCounts(db), [], undefined);
  const filters: { state: RecordState | undefined; label: string }[] = [
    { state: undefined, label: s.filterAll },
    ...RECORD_STATES.map((state) => ({ state, label: states[state] })),
  ];
  return (
    <section class="page records-page">
      <div class="form-header">
        <button type="button" onClick={onClose}>
          ← {s.back}
        </button>
        <h1 id="records-title">{s.records}</h1>
      </div>
      <SyncStatusLine status={sync.status} waiting={counts?.waiting} />
      <div class="filters" role="group" aria-label={s.records}>
        {filters.map(({ state, label }) => (
          <button
            key={state ?? 'all'}
            type="button"
            class={filter === state ? 'chip selected' : 'chip'}
            aria-pressed={filter === state}
            onClick={() => setFilter(state)}
          >
            {label}
            {state && counts ? ` (${formatNumber(counts[state], language)})` : ''}
          </button>
        ))}
      </div>
      <RecordList onOpen={onOpen} state={filter} limit={SHOWN} labelledBy="records-title" />
      <DataFilePanel deviceId={deviceId} />
      <SendAgainPanel engine={sync.engine} />
    </section>
  );
}
