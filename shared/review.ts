import { z } from 'zod';
import { RecordError } from './push.ts';

const comment = z.string().trim().min(1).max(2000);

export const FlagRequest = z.object({ comment });
export const ApproveRequest = z.object({ comment: comment.optional() });

/**
 * A correction: the fields to change (null clears one), why, and the revision it was made on, so that
 * two officers correcting at once cannot overwrite each other (409 `revision-changed`).
 */
export const CorrectionRequest = z.object({
  changes: z.record(z.string(), z.unknown()).refine((c) => Object.keys(c).length > 0, 'change at least one field'),
  reason: comment,
  baseRevision: z.int().positive(),
});
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

/** Keyset paging by id: `cursor` is the `nextCursor` of the page before, the id of its last item. */
const idPaging = {
  cursor: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
};

const QUEUE_STATES = ['open', 'resolved'] as const;
export const QueueQuery = z.object({ state: z.enum(QUEUE_STATES).optional(), ...idPaging });
export type QueueQuery = z.infer<typeof QueueQuery>;

export const CONFLICT_RESOLUTIONS = ['keep-stored', 'use-incoming'] as const;
export const ConflictResolveRequest = z.object({ action: z.enum(CONFLICT_RESOLUTIONS), comment });

export const QUARANTINE_RESOLUTIONS = ['dismissed', 'accepted'] as const;
/** `accepted` stores the body as a record, with `data` replacing its data when the officer fixed it. */
export const QuarantineResolveRequest = z.object({
  action: z.enum(['dismiss', 'accept']),
  comment,
  data: z.record(z.string(), z.unknown()).optional(),
});

const resolution = {
  resolutionComment: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
};

export const ConflictItem = z.object({
  id: z.int(),
  recordId: z.string(),
  deviceId: z.string(),
  receivedAt: z.string(),
  incoming: z.unknown(),
  stored: z.record(z.string(), z.unknown()).nullable(),
  resolution: z.enum(CONFLICT_RESOLUTIONS).nullable(),
  ...resolution,
});
export type ConflictItem = z.infer<typeof ConflictItem>;
export const ConflictPage = z.object({ conflicts: z.array(ConflictItem), nextCursor: z.string().nullable() });
export type ConflictPage = z.infer<typeof ConflictPage>;

export const QuarantineItem = z.object({
  id: z.int(),
  recordId: z.string().nullable(),
  deviceId: z.string(),
  receivedAt: z.string(),
  /** The record as pushed; null when only its text is kept (truncated, or nested too deep to read back). */
  body: z.unknown(),
  /** The record's JSON text, or its first 64 KiB when truncated; null when `body` holds it. */
  bodyText: z.string().nullable(),
  /** Only the first 64 KiB was kept: the item can be dismissed, not accepted. */
  truncated: z.boolean(),
  /** Size of the whole record's JSON in bytes, and its SHA-256 in hex. */
  bodyBytes: z.int(),
  bodyHash: z.string(),
  errors: z.array(RecordError),
  resolution: z.enum(QUARANTINE_RESOLUTIONS).nullable(),
  ...resolution,
});
export type QuarantineItem = z.infer<typeof QuarantineItem>;
export const QuarantinePage = z.object({ items: z.array(QuarantineItem), nextCursor: z.string().nullable() });
export type QuarantinePage = z.infer<typeof QuarantinePage>;

export const AuditQuery = z.object({
  action: z.string().max(64).optional(),
  username: z.string().max(64).optional(),
  ...idPaging,
});

export const AuditEntry = z.object({
  id: z.int(),
  at: z.string(),
  username: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = z.object({ entries: z.array(AuditEntry), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;
