import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../database.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';
import { canonicalJson } from '../../ingest/canonical-json.ts';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fmp-0007-'));
  db = openDatabase(join(dir, 'test.sqlite'));
  migrate(db, MIGRATIONS.slice(0, 5));
  db.prepare("INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES ('d1', 'h1', 'MPONDWE', 'now')").run();
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const quarantine = (body: string, hash: string) =>
  db
    .prepare(
      "INSERT INTO record_quarantine (device_id, body, body_hash, errors, received_at) VALUES ('d1', ?, ?, '[]', 'r')",
    )
    .run(body, hash);

describe('migration 0007', () => {
  it('cuts a rejected record stored whole to its first 64 KiB, keeping its hash and noting its size', () => {
    const large = canonicalJson({ id: 'x', notes: 'a'.repeat(1_000_000) });
    const small = canonicalJson({ id: 'y' });
    quarantine(large, 'hash-large');
    quarantine(small, 'hash-small');
    migrate(db);
    expect(
      db
        .prepare(
          'SELECT length(body) AS kept, body_hash, body_bytes, body_truncated FROM record_quarantine ORDER BY id',
        )
        .all(),
    ).toEqual([
      { kept: 64 * 1024, body_hash: 'hash-large', body_bytes: large.length, body_truncated: 1 },
      { kept: small.length, body_hash: 'hash-small', body_bytes: small.length, body_truncated: 0 },
    ]);
  });
});
