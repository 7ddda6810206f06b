import type { SeqRange } from '../../../shared/devices.ts';
import type { SqlRunner } from '../db/sql.ts';

/** Sorts and merges seqs into the fewest inclusive runs: [5, 1, 2, 3, 3] gives 1-3 and 5. */
export function toRuns(seqs: Iterable<number>): SeqRange[] {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  const runs: SeqRange[] = [];
  for (const seq of sorted) {
    const last = runs.at(-1);
    if (last && seq === last.last + 1) last.last = seq;
    else runs.push({ first: seq, last: seq });
  }
  return runs;
}

/** Adds a batch's seqs to the device's stored ranges, merging with every range they touch. */
export async function addReceivedSeqs(db: SqlRunner, deviceId: string, seqs: Iterable<number>): Promise<void> {
  for (const run of toRuns(seqs)) {
    const neighbours = await db.all<SeqRange>(
      `SELECT first_seq AS first, last_seq AS last FROM device_seq_ranges
       WHERE device_id = ? AND first_seq <= ? AND last_seq >= ?`,
      [deviceId, run.last + 1, run.first - 1],
    );
    const [only] = neighbours;
    if (neighbours.length === 1 && only && only.first <= run.first && only.last >= run.last) continue;
    let { first, last } = run;
    for (const range of neighbours) {
      first = Math.min(first, range.first);
      last = Math.max(last, range.last);
      await db.run('DELETE FROM device_seq_ranges WHERE device_id = ? AND first_seq = ?', [deviceId, range.first]);
    }
    await db.run('INSERT INTO device_seq_ranges (device_id, first_seq, last_seq) VALUES (?, ?, ?)', [
      deviceId,
      first,
      last,
    ]);
  }
}

export async function readSeqRanges(db: SqlRunner): Promise<Map<string, SeqRange[]>> {
  const rows = await db.all<SeqRange & { deviceId: string }>(
    'SELECT device_id AS "deviceId", first_seq AS first, last_seq AS last FROM device_seq_ranges ORDER BY device_id, first_seq',
  );
  const byDevice = new Map<string, SeqRange[]>();
  for (const { deviceId, first, last } of rows) {
    const ranges = byDevice.get(deviceId) ?? [];
    ranges.push({ first, last });
    byDevice.set(deviceId, ranges);
  }
  return byDevice;
}
