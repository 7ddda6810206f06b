import { z } from 'zod';

/** Inclusive: `{first: 4, last: 6}` is seqs 4, 5 and 6. */
const SeqRange = z.object({ first: z.int().positive(), last: z.int().positive() });
export type SeqRange = z.infer<typeof SeqRange>;

/** One enrolled device as a data officer sees it: where it is, what it still holds, what never arrived. */
export const DeviceStatus = z.object({
  deviceId: z.string(),
  fmp: z.string(),
  label: z.string().nullable(),
  enrolledAt: z.string(),
  /** The last push, whatever its outcome, or status report; null before the first. */
  lastSeenAt: z.string().nullable(),
  /** As the device reported at its last push or status report. */
  outboxPending: z.int().nonnegative().nullable(),
  oldestPendingAt: z.string().nullable(),
  /** Every seq from 1 to this one has reached the server; 0 when seq 1 has not. */
  highestContiguousSeq: z.int().nonnegative(),
  highestSeq: z.int().nonnegative(),
  /** Seqs below `highestSeq` that never arrived, lowest first; at most 100 ranges are listed. */
  gaps: z.array(SeqRange),
  missingSeqCount: z.int().nonnegative(),
  gapsTruncated: z.boolean(),
  appVersion: z.string().nullable(),
  storagePersisted: z.boolean().nullable(),
  revoked: z.boolean(),
  revokedAt: z.string().nullable(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

export const DevicesResponse = z.object({ devices: z.array(DeviceStatus) });
export type DevicesResponse = z.infer<typeof DevicesResponse>;

/** An officer moves a device to another active FMP: its records must carry that FMP from then on. */
export const MoveDeviceRequest = z.object({ fmp: z.string().min(1).max(64) });
export const MoveDeviceResponse = z.object({ deviceId: z.string(), fmp: z.string(), movedAt: z.string().nullable() });
export type MoveDeviceResponse = z.infer<typeof MoveDeviceResponse>;
