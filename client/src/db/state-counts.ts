import { RECORD_STATES, type FmpDatabase, type RecordState } from './database.ts';

/** One indexed count per state, for the filter buttons of the records list. */
export async function stateCounts(db: FmpDatabase): Promise<Record<RecordState, number>> {
  const counts = { draft: 0, waiting: 0, sent: 0, rejected: 0, conflict: 0 } satisfies Record<RecordState, number>;
  await Promise.all(
    RECORD_STATES.map(async (state) => {
      counts[state] = await db.records.where('state').equals(state).count();
    }),
  );
  return counts;
}
