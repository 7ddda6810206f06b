import { db } from '../db/database.ts';
import { useLiveQuery } from '../db/use-live-query.ts';
import { useStrings } from '../i18n/language-context.ts';
import { homeStrings } from '../i18n/strings/home.ts';
import { RecordRow } from './record-row.tsx';

/** The most recent records are what an enumerator checks; older ones are on the server. */
const SHOWN = 200;

export function RecordList({ onOpen }: { onOpen: (id: string) => void }) {
  const s = useStrings(homeStrings);
  const records = useLiveQuery(
    () => db.records.orderBy('createdAt').reverse().limit(SHOWN).toArray(),
    [],
    undefined,
  );
  return (
    <section class="records">
      <h2>{s.records}</h2>
      {records === undefined ? null : records.length === 0 ? (
        <p class="muted">{s.noRecords}</p>
      ) : (
        <ul class="record-list" data-testid="record-list">
          {records.map((record) => (
            <RecordRow key={record.id} record={record} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
