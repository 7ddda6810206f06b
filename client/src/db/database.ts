import { Dexie, type EntityTable } from 'dexie';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { Issue } from '../../../shared/forms/validate.ts';
import type { RecordError } from '../../../shared/push.ts';

import { BUILT_IN_FORMS } from './built-in-forms.ts';

const DATABASE_NAME = 'fmp-collect';

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

/** A tally session, written on every tap so that a reload or a killed tab loses nothing. */
export interface TallySession {
  id: string;
  fmp: string;
  enumerator: string;
  intervalMinutes: number;
  /** ISO 8601 with the device's offset, like every time in record data. */
  intervalStart: string;
  /** Taps per category (`incoming.males_18_59`); undo takes back the last one. */
  counts: Record<string, number>;
  taps: string[];
  closedIntervals: number;
  state: 'open' | 'ended';
}

/** A form version this tablet has received; kept after it leaves `/config`, for the drafts made on it. */
export interface StoredForm {
  id: string;
  version: number;
  definition: FormDefinition;
  /** In the last `/config`: new records may use it. */
  offered: boolean;
}

export class FmpDatabase extends Dexie {
  declare records: EntityTable<LocalRecord, 'id'>;
  declare outbox: EntityTable<OutboxRow, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare tallies: EntityTable<TallySession, 'id'>;
  declare forms: Dexie.Table<StoredForm, [string, number]>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      records: 'id, state, seq, createdAt',
      outbox: 'id, &seq',
      meta: 'key',
    });
    this.version(2).stores({ tallies: 'id, state' });
    // Lists by state, newest first, and today's counts stay index reads with months of records kept.
    this.version(3).stores({ records: 'id, state, seq, createdAt, [state+createdAt]' });
    // "Send again" picks sent records by finalisation time; drafts (finalizedAt null) stay out of it.
    this.version(4).stores({ records: 'id, state, seq, createdAt, [state+createdAt], [state+finalizedAt]' });
    // Form versions from `/config`; a tablet starts with the built-in ones, so its drafts open offline.
    this.version(5)
      .stores({ forms: '[id+version]' })
      .upgrade((tx) => tx.table<StoredForm>('forms').bulkPut(builtInRows()));
    this.on('populate', (tx) => void tx.table<StoredForm>('forms').bulkPut(builtInRows()));
  }
}

function builtInRows(): StoredForm[] {
  return BUILT_IN_FORMS.map((definition) => ({
    id: definition.id,
    version: definition.version,
    definition,
    offered: true,
  }));
}

export const db = new FmpDatabase();
