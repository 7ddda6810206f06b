import type { FmrData } from './fmr.ts';
import type { PushRecord, PushRequest } from './push.ts';

/** A valid FMR group observation; tests override only what they are about. */
export function makeFmrData(overrides: Partial<FmrData> = {}): FmrData {
  return {
    fmp: 'MPONDWE',
    observed_at: '2026-11-20T09:15:00+03:00',
    direction: 'incoming',
    origin_country: 'COD',
    origin_admin1: 'CD-NK',
    origin_admin2: null,
    destination_country: 'UGA',
    destination_admin1: 'UG-W',
    destination_admin2: 'UG-406',
    nationality: 'COD',
    transport: 'foot',
    reason: 'economic',
    duration: 'less_than_day',
    males_0_4: 0,
    males_5_17: 1,
    males_18_59: 2,
    males_60_plus: 0,
    females_0_4: 1,
    females_5_17: 0,
    females_18_59: 2,
    females_60_plus: 0,
    pregnant_lactating: 1,
    unaccompanied_children: 0,
    separated_children: 0,
    disability: 0,
    estimated: false,
    notes: '',
    ...overrides,
  };
}

let counter = 0;

export function makePushRecord(overrides: Partial<PushRecord> = {}): PushRecord {
  counter += 1;
  return {
    id: crypto.randomUUID(),
    seq: counter,
    form: 'fmr',
    formVersion: 1,
    createdAt: '2026-11-20T09:14:00+03:00',
    finalizedAt: '2026-11-20T09:16:00+03:00',
    enumerator: 'Amina',
    data: makeFmrData(),
    ...overrides,
  };
}

export function makePushRequest(deviceId: string, records: unknown[]): PushRequest {
  return {
    deviceId,
    records,
    outbox: { pending: records.length, oldestPendingAt: null },
    client: { appVersion: 'test', storagePersisted: true },
  };
}
