import { expect } from 'vitest';
import type { DatabaseLocation } from '../../src/db/connect-database.ts';
import type { SimDevice } from './sim-device.ts';
import { readStoredState, type StoredState } from './stored-state.ts';

/** What the devices made, by id, each with the device that made it: what the server must end up holding. */
export function createdByDevices(devices: readonly SimDevice[]): StoredState['records'] {
  return new Map(
    devices.flatMap((d) => [...d.created.values()].map((r) => [r.id, { ...r, deviceId: d.credentials.deviceId }])),
  );
}

/**
 * The server holds exactly what the devices made: each record once with its content, none lost, none set
 * aside as a conflict or in quarantine, and each device's seqs in one unbroken range.
 */
export async function expectEveryRecordOnce(
  database: DatabaseLocation,
  devices: readonly SimDevice[],
  label: string,
): Promise<StoredState> {
  const stored = await readStoredState(
    database,
    devices.map((d) => d.credentials.deviceId),
  );
  expect(stored.records, `${label}: stored set equals created set`).toEqual(createdByDevices(devices));
  expect(stored.conflicts + stored.quarantined, `${label}: conflicts and quarantined`).toBe(0);
  for (const device of devices) {
    const seqs = stored.seqRanges.get(device.credentials.deviceId);
    expect(seqs, `${label}: seq ranges`).toEqual([{ first: 1, last: device.created.size }]);
  }
  return stored;
}
