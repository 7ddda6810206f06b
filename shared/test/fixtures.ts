import type { FmrData } from '../fmr.ts';
import type { PushRecord, PushRequest } from '../push.ts';

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
    source: 'group',
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

/** A complete FMS interview of an adult who consented. */
export function makeFmsData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fmp: 'BUNAGANA',
    interviewed_at: '2026-11-20T09:40:00+03:00',
    consent: 'yes',
    sex: 'female',
    age: 34,
    nationality: 'COD',
    country_of_birth: 'COD',
    education: 'primary',
    occupation: 'trader',
    direction: 'incoming',
    origin_country: 'COD',
    origin_admin1: 'CD-NK',
    destination_country: 'UGA',
    destination_admin1: 'UG-W',
    destination_admin2: 'UG-408',
    previous_country: 'COD',
    next_country: 'UGA',
    reason: 'buy_goods',
    intended_stay: 'less_than_day',
    transport: 'foot',
    crossing_frequency: 'weekly',
    needs: ['food', 'health'],
    vulnerabilities: ['none'],
    ...overrides,
  };
}

export function makeScreeningData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fmp: 'MPONDWE',
    shift_start: '2026-11-20T06:00:00+03:00',
    shift: 'morning',
    screened: 120,
    adult_males: 50,
    adult_females: 45,
    children_under_5: 10,
    temperature_above_38: 2,
    isolated: 1,
    referred: 1,
    handed_over: 0,
    ...overrides,
  };
}
