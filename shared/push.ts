import { z } from 'zod';

/** Above this many records a push is refused whole (413); clients send smaller batches. */
export const MAX_PUSH_RECORDS = 1000;

const timestamp = z.iso.datetime({ offset: true });

/**
 * Any JSON object, passed through as it is: its answers are checked against the record's own form
 * version. Not `z.record`, which copies every key and cost the server more than the rest of the envelope.
 */
const answers = z.custom<Record<string, unknown>>().check((ctx) => {
  const { value } = ctx;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.issues.push({ code: 'invalid_type', expected: 'object', input: value });
  }
});

/** One record as the device sends it; `data` is checked against its own form version separately. */
export const PushRecord = z.strictObject({
  id: z.uuid(),
  seq: z.int().positive(),
  form: z.string().min(1).max(64),
  formVersion: z.int().positive(),
  createdAt: timestamp,
  finalizedAt: timestamp,
  enumerator: z.string().trim().min(1).max(100),
  data: answers,
});
export type PushRecord = z.infer<typeof PushRecord>;

/** What the device still holds and runs, as it stands when it reports; the fleet page shows it. */
export const DeviceReport = z.object({
  outbox: z.object({
    pending: z.int().nonnegative(),
    oldestPendingAt: timestamp.nullable(),
  }),
  client: z.object({
    appVersion: z.string().max(64),
    storagePersisted: z.boolean(),
  }),
});
export type DeviceReport = z.infer<typeof DeviceReport>;

/** The envelope; each record is parsed on its own so that one bad record never fails the others. */
export const PushRequest = DeviceReport.extend({
  deviceId: z.string().min(1),
  records: z.array(z.unknown()),
});
export type PushRequest = z.infer<typeof PushRequest>;

const RECORD_STATUSES = ['accepted', 'duplicate', 'conflict', 'rejected'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const RecordError = z.object({
  code: z.string(),
  path: z.string(),
  message: z.string(),
});
export type RecordError = z.infer<typeof RecordError>;

export const PushResult = z.object({
  id: z.string().nullable(),
  status: z.enum(RECORD_STATUSES),
  errors: z.array(RecordError).optional(),
});
export type PushResult = z.infer<typeof PushResult>;

export const PushResponse = z.object({
  results: z.array(PushResult),
  serverTime: timestamp,
  /** The device's FMP now: an officer may have moved the device since it enrolled. */
  fmp: z.string().optional(),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** The answer to a status report: the device's FMP, so that a tablet with nothing to send learns of a move too. */
export const StatusResponse = z.object({ fmp: z.string() });
export type StatusResponse = z.infer<typeof StatusResponse>;
