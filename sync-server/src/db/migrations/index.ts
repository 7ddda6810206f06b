import type { Db } from '../database.ts';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-device-seq-ranges.ts';
import * as m0003 from './0003-record-warnings.ts';
import * as m0004 from './0004-review-audit.ts';
import * as m0005 from './0005-fmr-cube.ts';
import * as m0006 from './0006-audit-without-user.ts';
import * as m0007 from './0007-quarantine-size-device-moves.ts';
import * as m0008 from './0008-rate-limit-attempts.ts';
import * as m0009 from './0009-form-versions.ts';
import * as m0010 from './0010-deployment.ts';
import * as m0011 from './0011-webhooks.ts';
import * as m0012 from './0012-feed-tokens.ts';

/*
 * Each migration has a body per engine under one number: `up` for SQLite, `postgres` (one SQL script)
 * for PostgreSQL. PostgreSQL support arrived after migration 7, so a PostgreSQL database is always
 * created empty at the newest schema: the `postgres` scripts of 1-7 create the schema only and skip
 * the SQLite bodies' backfills of existing rows (seq ranges in 2, aggregate tables in 5, quarantine
 * cuts in 7); only 1's seed FMPs are inserted on both. Decision 0060.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
  postgres: string;
}

/** Append only: a migration that has shipped never changes what it does, and imports nothing from live code. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: m0001.up, postgres: m0001.postgres },
  { version: 2, name: 'device-seq-ranges', up: m0002.up, postgres: m0002.postgres },
  { version: 3, name: 'record-warnings', up: m0003.up, postgres: m0003.postgres },
  { version: 4, name: 'review-audit', up: m0004.up, postgres: m0004.postgres },
  { version: 5, name: 'fmr-cube', up: m0005.up, postgres: m0005.postgres },
  { version: 6, name: 'audit-without-user', up: m0006.up, postgres: m0006.postgres },
  { version: 7, name: 'quarantine-size-device-moves', up: m0007.up, postgres: m0007.postgres },
  { version: 8, name: 'rate-limit-attempts', up: m0008.up, postgres: m0008.postgres },
  { version: 9, name: 'form-versions', up: m0009.up, postgres: m0009.postgres },
  { version: 10, name: 'deployment', up: m0010.up, postgres: m0010.postgres },
  { version: 11, name: 'webhooks', up: m0011.up, postgres: m0011.postgres },
  { version: 12, name: 'feed-tokens', up: m0012.up, postgres: m0012.postgres },
];
