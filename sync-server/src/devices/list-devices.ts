import type { SqlRunner } from '../db/sql.ts';
import type { DeviceStatus } from '../../../shared/devices.ts';
import { readSeqRanges } from '../seq/seq-ranges.ts';
import { summarizeSeqRanges } from '../seq/seq-summary.ts';

interface DeviceRow {
  deviceId: string;
  fmp: string;
  label: string | null;
  enrolledAt: string;
  lastSeenAt: string | null;
  outboxPending: number | null;
  oldestPendingAt: string | null;
  appVersion: string | null;
  storagePersisted: number | null;
  revokedAt: string | null;
}

/** Every device, revoked ones included, by FMP then enrolment time. */
export async function listDevices(db: SqlRunner): Promise<DeviceStatus[]> {
  const rows = await db.all<DeviceRow>(
    `SELECT id AS "deviceId", fmp, label, enrolled_at AS "enrolledAt", last_seen_at AS "lastSeenAt",
            outbox_pending AS "outboxPending", oldest_pending_at AS "oldestPendingAt", app_version AS "appVersion",
            storage_persisted AS "storagePersisted", revoked_at AS "revokedAt"
     FROM devices ORDER BY fmp, enrolled_at, id`,
  );
  const ranges = await readSeqRanges(db);
  return rows.map(({ storagePersisted, revokedAt, ...row }) => ({
    ...row,
    ...summarizeSeqRanges(ranges.get(row.deviceId) ?? []),
    storagePersisted: storagePersisted === null ? null : storagePersisted === 1,
    revoked: revokedAt !== null,
    revokedAt,
  }));
}
