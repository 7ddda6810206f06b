import { Dexie, type EntityTable } from 'dexie';
import type { Issue } from '../../../shared/forms/validate.ts';
import type { RecordError } from '../../../shared/push.ts';

export const DATABASE_NAME = 'fmp-collect';

export const RECORD_STATES = ['draft', 'waiting', 'sent', 'rejected', 'conflict'] as const;
export type RecordState = (typeof RECORD_STATES)[number];

export interface LocalRecord {
  id: string;
  /** Null while a draft: a number is spent only when the record is finalised. */
  seq: number | null;
  form: string;
  formVersion: number;
  createdAt: string;
  finalizedAt: string | null;
  enumerator: string;
  data: Record<string, unknown>;
  state: RecordState;
  /** The server's reasons for a rejection. */
  errors?: RecordError[];
  /** Quality flags found when finalising; they never block a record. */
  warnings?: Issue[];
  sentAt?: string;
}

export interface OutboxRow {
  id: string;
  seq: number;
  queuedAt: string;
}

export interface MetaRow {
  key: string;
  value: number;
}

export const NEXT_SEQ_KEY = 'nextSeq';

export class FmpDatabase extends Dexie {
  declare records: EntityTable<LocalRecord, 'id'>;
  declare outbox: EntityTable<OutboxRow, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      records: 'id, state, seq, createdAt',
      outbox: 'id, &seq',
      meta: 'key',
    });
  }
}

export const db = new FmpDatabase();
