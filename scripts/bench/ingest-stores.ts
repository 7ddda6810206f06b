import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PushRecord } from '../../shared/push.ts';
import { openDatabase } from '../../sync-server/src/db/database.ts';
import { SqliteSql } from '../../sync-server/src/db/sqlite-sql.ts';
import { migrate } from '../../sync-server/src/db/migrate.ts';
import type { Sql, SqlValue } from '../../sync-server/src/db/sql.ts';
import { contentHash } from '../../sync-server/src/ingest/canonical-json.ts';
import type { StartOptions } from '../../sync-server/test/support/server-process.ts';
import { freshPostgres, migratedPostgres } from './bench-postgres.ts';

const DIRECT_COLUMNS = [
  'id',
  'device_id',
  'seq',
  'fmp',
  'form',
  'form_version',
  'created_at',
  'finalized_at',
  'enumerator',
  'data',
  'content_hash',
  'occurred_at',
  'received_at',
] as const;

/** A record as the server would store it, in `DIRECT_COLUMNS` order, ready for a plain INSERT. */
type DirectRow = SqlValue[];

export function directRows(records: readonly PushRecord[], deviceId: string, receivedAt: string): DirectRow[] {
  return records.map((r) => [
    r.id,
    deviceId,
    r.seq,
    String(r.data.fmp),
    r.form,
    r.formVersion,
    r.createdAt,
    r.finalizedAt,
    r.enumerator,
    JSON.stringify(r.data),
    contentHash(r),
    new Date(String(r.data.observed_at)).toISOString(),
    receivedAt,
  ]);
}

/** The three databases of the ingest bench, one per path, all with the server's schema. */
export interface IngestStores {
  /** Where the server process keeps what is pushed to it. */
  server: StartOptions;
  /** For the server's own code run in the bench process. */
  inProcess: Sql;
  /** Stores one batch in the baseline database, the plainest quick way the engine offers. */
  insertDirect: (rows: readonly DirectRow[]) => Promise<void>;
  /** Enrolls the devices in the in-process and baseline databases, as the server did in its own. */
  addDevices: (deviceIds: readonly string[]) => Promise<void>;
  close: () => Promise<void>;
}

const ADD_DEVICE =
  "INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES (?, ?, 'MPONDWE', '2026-11-20T00:00:00Z')";

async function addDevices(databases: readonly Sql[], deviceIds: readonly string[]): Promise<void> {
  for (const sql of databases) for (const id of deviceIds) await sql.run(ADD_DEVICE, [id, id]);
}

/**
 * SQLite files with the server's settings (WAL, synchronous=FULL); the baseline is one prepared
 * INSERT a row through better-sqlite3, one transaction a batch.
 */
export function sqliteStores(): IngestStores {
  const dir = mkdtempSync(join(tmpdir(), 'fmp-bench-direct-'));
  const open = (name: string) => {
    const file = join(dir, name);
    const db = openDatabase(file);
    migrate(db);
    return new SqliteSql(db, file);
  };
  const inProcess = open('in-process.sqlite');
  const direct = open('direct.sqlite');
  const insert = direct.db.prepare<SqlValue[]>(
    `INSERT INTO records (${DIRECT_COLUMNS.join(', ')}) VALUES (${DIRECT_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertBatch = direct.db.transaction((rows: readonly DirectRow[]) => {
    for (const row of rows) insert.run(...row);
  });
  return {
    server: {},
    inProcess,
    insertDirect: (rows) => Promise.resolve(insertBatch.immediate(rows)),
    addDevices: (ids) => addDevices([inProcess, direct], ids),
    close: async () => {
      await inProcess.close();
      await direct.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Three fresh PostgreSQL databases; the baseline is one multi-row INSERT a batch (one statement, one transaction). */
export async function postgresStores(): Promise<IngestStores> {
  const serverDatabase = await freshPostgres();
  const inProcess = await migratedPostgres();
  const direct = await migratedPostgres();
  const row = `(${DIRECT_COLUMNS.map(() => '?').join(', ')})`;
  return {
    server: { database: { engine: 'postgres', url: serverDatabase.url } },
    inProcess: inProcess.sql,
    insertDirect: async (rows) => {
      await direct.sql.run(
        `INSERT INTO records (${DIRECT_COLUMNS.join(', ')}) VALUES ${rows.map(() => row).join(', ')}`,
        rows.flat(),
      );
    },
    addDevices: (ids) => addDevices([inProcess.sql, direct.sql], ids),
    close: async () => {
      await inProcess.remove();
      await direct.remove();
      await serverDatabase.drop();
    },
  };
}
