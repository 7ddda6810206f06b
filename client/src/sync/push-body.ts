import type { DeviceReport, PushRecord, PushRequest } from '../../../shared/push.ts';
import type { LocalRecord, OutboxRow } from '../db/database.ts';

export interface DeviceReportInput {
  pending: number;
  oldestQueued: OutboxRow | undefined;
  appVersion: string;
  storagePersisted: boolean;
}

export interface PushBodyInput extends DeviceReportInput {
  deviceId: string;
  records: readonly LocalRecord[];
}

export function toPushRecord(record: LocalRecord): PushRecord | null {
  if (record.seq === null || record.finalizedAt === null) return null;
  return {
    id: record.id,
    seq: record.seq,
    form: record.form,
    formVersion: record.formVersion,
    createdAt: record.createdAt,
    finalizedAt: record.finalizedAt,
    enumerator: record.enumerator,
    data: record.data,
  };
}

export function buildDeviceReport(input: DeviceReportInput): DeviceReport {
  return {
    outbox: { pending: input.pending, oldestPendingAt: input.oldestQueued?.queuedAt ?? null },
    client: { appVersion: input.appVersion, storagePersisted: input.storagePersisted },
  };
}

export function buildPushBody(input: PushBodyInput): PushRequest {
  return {
    deviceId: input.deviceId,
    records: input.records.map(toPushRecord).filter((r) => r !== null),
    ...buildDeviceReport(input),
  };
}
