import type { Page } from 'playwright-core';
import type { PushRecord } from '../../../shared/push.ts';

export interface DeviceState {
  device: { deviceId: string; token: string; fmp: string };
  records: (PushRecord & { state: string })[];
  outbox: { id: string; seq: number }[];
  tallies: { id: string; counts: Record<string, number>; taps: string[]; state: string }[];
  /** The form versions the tablet holds, and whether the last /config offered each. */
  forms: { id: string; version: number; offered: boolean }[];
}

/** Reads the tablet's IndexedDB as it is, with the raw API, so the test does not trust the app's own code. */
export function readDeviceState(page: Page): Promise<DeviceState> {
  return page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const records = await open('fmp-collect');
    const settings = await open('fmp-collect-settings');
    const state = {
      device: await request(settings.transaction('keyval').objectStore('keyval').get('device')),
      records: await request(records.transaction('records').objectStore('records').getAll()),
      outbox: await request(records.transaction('outbox').objectStore('outbox').getAll()),
      tallies: records.objectStoreNames.contains('tallies')
        ? await request(records.transaction('tallies').objectStore('tallies').getAll())
        : [],
      forms: records.objectStoreNames.contains('forms')
        ? await request(records.transaction('forms').objectStore('forms').getAll())
        : [],
    };
    records.close();
    settings.close();
    return state;
  }) as Promise<DeviceState>;
}
