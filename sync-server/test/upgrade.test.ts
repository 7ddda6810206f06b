import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../src/db/database.ts';
import { latestSchemaVersion, migrate, schemaVersion } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import { contentHash } from '../src/ingest/canonical-json.ts';
import { hashToken, newToken } from '../src/auth/tokens.ts';
import { OWNER_FILE_NAME } from '../src/ops/data-dir-lock.ts';
import { startServer } from './support/server-process.ts';
import { SimDevice, type DeviceCredentials } from './support/sim-device.ts';
import { seededRandom } from './support/random.ts';
import { readStoredState } from './support/stored-state.ts';
import type { PushRecord } from '../../shared/push.ts';

let dataDir: string;
let dbFile: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'fmp-upgrade-'));
  dbFile = join(dataDir, DB_FILE_NAME);
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** What a server at schema 1 had stored: a device, its accepted records, one conflict and one quarantined body. */
function makeSchemaOneDatabase(device: DeviceCredentials, records: readonly PushRecord[]): void {
  const db = openDatabase(dbFile);
  migrate(db, MIGRATIONS.slice(0, 1));
  const at = '2026-11-01T08:00:00.000Z';
  db.prepare(
    'INSERT INTO devices (id, token_hash, fmp, label, enrolled_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(device.deviceId, hashToken(device.token), device.fmp, 'old tablet', at, at);
  const insert = db.prepare(
    `INSERT INTO records (id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data,
                          content_hash, occurred_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of records) {
    const occurred = new Date(String(r.data.observed_at)).toISOString();
    insert.run(
      r.id,
      device.deviceId,
      r.seq,
      device.fmp,
      r.form,
      r.formVersion,
      r.createdAt,
      r.finalizedAt,
      r.enumerator,
      JSON.stringify(r.data),
      contentHash(r),
      occurred,
      at,
    );
  }
  const changed = { ...records[0], enumerator: 'Someone else' };
  db.prepare(
    'INSERT INTO record_conflicts (record_id, device_id, body, content_hash, received_at) VALUES (?, ?, ?, ?, ?)',
  ).run(changed.id, device.deviceId, JSON.stringify(changed), contentHash(changed), at);
  db.prepare(
    "INSERT INTO record_quarantine (record_id, device_id, body, body_hash, errors, received_at) VALUES (NULL, ?, ?, 'q', '[]', ?)",
  ).run(device.deviceId, JSON.stringify({ seq: 99, data: { notes: 'invalid' } }), at);
  expect(schemaVersion(db)).toBe(1);
  db.close();
}

describe('upgrading at start', () => {
  it('brings a schema-1 database with records to the current schema with nothing lost', async () => {
    const credentials: DeviceCredentials = { deviceId: crypto.randomUUID(), token: newToken(), fmp: 'MPONDWE' };
    const device = new SimDevice(credentials, seededRandom(11));
    const old = device.create(50);
    makeSchemaOneDatabase(credentials, old);

    const server = await startServer({ dataDir });
    try {
      const health = (await (await fetch(`${server.url}/api/v1/health`)).json()) as { schemaVersion: number };
      expect(health.schemaVersion).toBe(latestSchemaVersion());
      expect(server.output()).toContain(`Database migrated from schema 1 to ${latestSchemaVersion()}.`);

      const upgraded = await readStoredState(server.database, [credentials.deviceId]);
      expect(upgraded.records).toEqual(new Map(old.map((r) => [r.id, { ...r, deviceId: credentials.deviceId }])));
      expect({ conflicts: upgraded.conflicts, quarantined: upgraded.quarantined }).toEqual({
        conflicts: 1,
        quarantined: 1,
      });
      expect(upgraded.seqRanges.get(credentials.deviceId)).toEqual([
        { first: 1, last: 50 },
        { first: 99, last: 99 },
      ]);

      // The tablet never heard back about the old records: it sends them again with ten new ones.
      device.create(10);
      await device.drain(server.url, { batchSize: 25 });
      expect(device.statusCounts).toMatchObject({ duplicate: 50, accepted: 10, conflict: 0, rejected: 0 });
      const after = await readStoredState(server.database, [credentials.deviceId]);
      expect(after.records.size).toBe(60);
      expect(after.seqRanges.get(credentials.deviceId)).toEqual([
        { first: 1, last: 60 },
        { first: 99, last: 99 },
      ]);
    } finally {
      await server.stop();
    }
  });

  it('stops, with a clear message and nothing changed, on a database newer than the code', async () => {
    const db = openDatabase(dbFile);
    migrate(db);
    const newer = latestSchemaVersion() + 1;
    db.pragma(`user_version = ${newer}`);
    db.close();

    const started = startServer({ dataDir });
    await expect(started).rejects.toThrow(/server exited \(1\)/);
    await expect(started).rejects.toThrow(
      new RegExp(
        `The database is at schema version ${newer}, newer than this code \\(${latestSchemaVersion()}\\)\\. ` +
          `Run the newer fmp-collect release, or restore a backup made by this one\\.`,
      ),
    );
    const after = openDatabase(dbFile, { readonly: true });
    expect(schemaVersion(after)).toBe(newer);
    after.close();
    expect(existsSync(join(dataDir, OWNER_FILE_NAME))).toBe(false);
  });
});
