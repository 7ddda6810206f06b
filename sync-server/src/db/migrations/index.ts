import type { Db } from '../database.ts';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-device-seq-ranges.ts';
import * as m0003 from './0003-record-warnings.ts';
import * as m0004 from './0004-review-audit.ts';
import * as m0005 from './0005-fmr-cube.ts';
import * as m0006 from './0006-audit-without-user.ts';
import * as m0007 from './0007-quarantine-size-device-moves.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

/** Append only: a migration that has shipped is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: m0001.up },
  { version: 2, name: 'device-seq-ranges', up: m0002.up },
  { version: 3, name: 'record-warnings', up: m0003.up },
  { version: 4, name: 'review-audit', up: m0004.up },
  { version: 5, name: 'fmr-cube', up: m0005.up },
  { version: 6, name: 'audit-without-user', up: m0006.up },
  { version: 7, name: 'quarantine-size-device-moves', up: m0007.up },
];
