import { Dexie } from 'dexie';
import { db, type RecordState } from '../db/database.ts';
import { useLiveQuery } from '../db/use-live-query.ts';
import { useStrings } from '../i18n/language-context.ts';
import { homeStrings } from '../i18n/strings/home.ts';
import { RecordRow } from './record-row.tsx';

interface RecordListProps {
  onOpen: (id: string) => void;
  /** Only records in this state; all of them when absent. */
  state?: RecordState | undefined;
  /** The most recent records are what an enumerator checks; older ones are on the server. */
  limit: number;
}

export default function RecordList({ onOpen, state, limit }: RecordListProps) {
  const s = useStrings(homeStrings);
  const records = useLiveQuery(
    () =>
      state
        ? db.records.where('[state+createdAt]').between([state, Dexie.minKey], [state, Dexie.maxKey]).reverse().limit(limit).toArray()
        : db.records.orderBy('createdAt').reverse().limit(limit).toArray(),
    [state, limit],
    undefined,
  );
  if (records === undefined) return null;
  if (records.length === 0) return <p class="muted" data-testid="no-records">{s.noRecords}</p>;
  return (
    <ul class="record-list" data-testid="record-list">
      {records.map((record) => (
        <RecordRow key={record.id} record={record} onOpen={onOpen} />
      ))}
    </ul>
  );
}
