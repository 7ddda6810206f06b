import type { Page } from 'playwright-core';

/**
 * Puts finished FMR records straight into the tablet's IndexedDB, outbox and seq counter included,
 * as the app would after capturing them; used where typing hundreds of forms would only slow a test.
 */
export function queueRawRecords(
  page: Page,
  datas: Record<string, unknown>[],
  createdAts: string[] = [],
): Promise<string[]> {
  return page.evaluate(
    async ([items, times]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('fmp-collect');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['records', 'outbox', 'meta'], 'readwrite');
      const meta = tx.objectStore('meta');
      const seqRow = await new Promise<{ value: number } | undefined>((resolve) => {
        const req = meta.get('nextSeq');
        req.onsuccess = () => resolve(req.result as { value: number } | undefined);
      });
      let seq = seqRow?.value ?? 1;
      const ids: string[] = [];
      const now = new Date().toISOString();
      for (const [i, data] of items.entries()) {
        const id = crypto.randomUUID();
        const createdAt = times[i] ?? now;
        ids.push(id);
        tx.objectStore('records').put({
          id,
          seq,
          form: 'fmr',
          formVersion: 1,
          createdAt,
          finalizedAt: createdAt,
          enumerator: 'Amina',
          data,
          state: 'waiting',
        });
        tx.objectStore('outbox').put({ id, seq, queuedAt: createdAt });
        seq += 1;
      }
      meta.put({ key: 'nextSeq', value: seq });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return ids;
    },
    [datas, createdAts] as const,
  );
}
