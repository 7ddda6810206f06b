import { Dexie } from 'dexie';
import { db, type RecordState } from '../db/database.ts';
import { useLiveQuery } from '../db/use-live-query.ts';
import { useI18n } from '../i18n/i18n-context.ts';
import { RecordRow } from './record-row.tsx';

interface RecordListProps {
  onOpen: (id: string) => void;
  /** Only records in this state; all of them when absent. */
  state?: RecordState | undefined;
  /** The most recent records are what an enumerator checks; older ones are on the server. */
  limit: number;
  /** The id of the heading above the list, which names it for screen readers. */
  labelledBy: string;
}

export default function RecordList({ onOpen, state, limit, labelledBy }: RecordListProps) {
  const { t } = useI18n();
  const records = useLiveQuery(
    () =>
      state
        ? db.records
            .where('[state+createdAt]')
            .between([state, Dexie.minKey], [state, Dexie.maxKey])
            .reverse()
            .limit(limit)
            .toArray()
        : db.records.orderBy('createdAt').reverse().limit(limit).toArray(),
    [state, limit],
    undefined,
  );
  if (records === undefined) return null;
  if (records.length === 0) return <p class="muted">{t('home.noRecords')}</p>;
  return (
    <ul class="record-list" aria-labelledby={labelledBy}>
      {records.map((record) => (
        <RecordRow key={record.id} record={record} onOpen={onOpen} />
      ))}
    </ul>
  );
}
