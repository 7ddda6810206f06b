import type { SqlRunner } from '../db/sql.ts';
import type { DeviceReport } from '../../../shared/push.ts';

/** Keeps the device's last report (from a push or a status report) and when it came: the fleet page reads both. */
export async function saveDeviceReport(
  db: SqlRunner,
  deviceId: string,
  receivedAt: string,
  { outbox, client }: DeviceReport,
): Promise<void> {
  await db.run(
    `UPDATE devices SET last_seen_at = ?, outbox_pending = ?, oldest_pending_at = ?, app_version = ?, storage_persisted = ?
     WHERE id = ?`,
    [receivedAt, outbox.pending, outbox.oldestPendingAt, client.appVersion, client.storagePersisted ? 1 : 0, deviceId],
  );
}
