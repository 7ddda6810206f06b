import type { SqlRunner } from '../db/sql.ts';
import { activeFmpCodes } from '../fmps/fmps-store.ts';
import type { PushRecord, RecordError } from '../../../shared/push.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';

interface Move {
  from_fmp: string;
  moved_at: string;
}

/**
 * Which FMP a device's record may carry: the FMP the device belonged to when the record was finalised
 * (decision 0015), and only an active one. Built once per push from the device's moves.
 */
export async function deviceFmpCheck(db: SqlRunner, device: { deviceId: string; fmp: string }) {
  const moves = (
    await db.all<Move>('SELECT from_fmp, moved_at FROM device_moves WHERE device_id = ? ORDER BY moved_at, id', [
      device.deviceId,
    ])
  ).map((m) => ({ from: m.from_fmp, at: Date.parse(m.moved_at) }));
  const active = await activeFmpCodes(db);

  const fmpAt = (time: number): string => moves.find((m) => m.at > time)?.from ?? device.fmp;

  return (record: PushRecord, form: FormDefinition): RecordError | null => {
    const field = form.fields.find((f) => f.type === 'fmp');
    const value = field ? record.data[field.name] : undefined;
    if (!field || typeof value !== 'string') return null;
    const path = `data.${field.name}`;
    if (!active.has(value)) {
      return { code: 'fmp-inactive', path, message: `The flow monitoring point ${value} is deactivated.` };
    }
    const expected = fmpAt(Date.parse(record.finalizedAt));
    if (value === expected) return null;
    return {
      code: 'fmp-not-device-fmp',
      path,
      message: `This device belonged to ${expected} when the record was finalised, not to ${value}.`,
    };
  };
}
