import { z } from 'zod';
import { RecordError } from './push.ts';

export const REVIEW_STATES = ['new', 'approved', 'flagged', 'corrected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

const fmpCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/);
const instant = z.iso.datetime({ offset: true });

/** `GET /api/v1/records`: `from` inclusive, `to` exclusive, on when the record happened. */
export const RecordsQuery = z.object({
  form: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,63}$/)
    .optional(),
  fmp: fmpCode.optional(),
  from: instant.optional(),
  to: instant.optional(),
  state: z.enum(REVIEW_STATES).optional(),
  hasWarnings: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export type RecordsQuery = z.infer<typeof RecordsQuery>;

export const StoredRecord = z.object({
  id: z.string(),
  form: z.string(),
  formVersion: z.int(),
  fmp: z.string(),
  deviceId: z.string(),
  seq: z.int(),
  enumerator: z.string(),
  occurredAt: z.string(),
  receivedAt: z.string(),
  data: z.record(z.string(), z.unknown()),
  warnings: z.array(RecordError),
  revision: z.int().positive(),
  revisedBy: z.string().nullable(),
  revisedAt: z.string().nullable(),
  revisionReason: z.string().nullable(),
  state: z.enum(REVIEW_STATES),
  reviewComment: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type StoredRecord = z.infer<typeof StoredRecord>;

export const RecordsPage = z.object({ records: z.array(StoredRecord), nextCursor: z.string().nullable() });
export type RecordsPage = z.infer<typeof RecordsPage>;

/** A revision replaced by a correction: kept and readable. */
export const PastRevision = z.object({
  revision: z.int().positive(),
  data: z.record(z.string(), z.unknown()),
  warnings: z.array(RecordError),
  revisedBy: z.string().nullable(),
  revisedAt: z.string(),
  revisionReason: z.string().nullable(),
  supersededAt: z.string(),
});
export type PastRevision = z.infer<typeof PastRevision>;

export const RecordDetail = z.object({ record: StoredRecord, pastRevisions: z.array(PastRevision) });
export type RecordDetail = z.infer<typeof RecordDetail>;
