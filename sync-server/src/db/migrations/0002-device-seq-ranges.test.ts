import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../database.ts';
import { migrate } from '../migrate.ts';
import { SqliteSql } from '../sqlite-sql.ts';
import { MIGRATIONS } from './index.ts';
import { readSeqRanges } from '../../seq/seq-ranges.ts';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fmp-0002-'));
  db = openDatabase(join(dir, 'test.sqlite'));
  migrate(db, MIGRATIONS.slice(0, 1));
  db.prepare("INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES ('d1', 'h1', 'MPONDWE', 'now')").run();
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function addRecord(id: string, seq: number) {
  db.prepare(
    `INSERT INTO records (id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data,
                          content_hash, occurred_at, received_at)
     VALUES (?, 'd1', ?, 'MPONDWE', 'fmr', 1, 'c', 'f', 'e', '{}', 'h', 'o', 'r')`,
  ).run(id, seq);
}

function addQuarantined(body: string) {
  db.prepare(
    "INSERT INTO record_quarantine (record_id, device_id, body, body_hash, errors, received_at) VALUES (NULL, 'd1', ?, ?, '[]', 'r')",
  ).run(body, body);
}

describe('migration 0002', () => {
  it('fills the seq ranges from records, conflicts and quarantine already stored', async () => {
    for (const seq of [1, 2, 3, 7, 8]) addRecord(`r${seq}`, seq);
    db.prepare(
      "INSERT INTO record_conflicts (record_id, device_id, body, content_hash, received_at) VALUES ('r1', 'd1', ?, 'x', 'r')",
    ).run(JSON.stringify({ id: 'r1', seq: 9 }));
    addQuarantined(JSON.stringify({ id: 'q', seq: 4 }));
    for (const junk of ['"text"', '[1,2]', '{"seq":"5"}', '{"seq":0}', '{"seq":2.5}', '{"seq":null}'])
      addQuarantined(junk);

    migrate(db);

    expect((await readSeqRanges(new SqliteSql(db, ''))).get('d1')).toEqual([
      { first: 1, last: 4 },
      { first: 7, last: 9 },
    ]);
  });

  it('leaves a database without records with no ranges', async () => {
    migrate(db);
    expect((await readSeqRanges(new SqliteSql(db, ''))).size).toBe(0);
  });
});
