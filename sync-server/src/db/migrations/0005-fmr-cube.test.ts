import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../database.ts';
import { migrate } from '../migrate.ts';
import { MIGRATIONS } from './index.ts';

let dir: string;
let db: Db;
let seq = 0;
beforeEach(() => {
  seq = 0;
  dir = mkdtempSync(join(tmpdir(), 'fmp-0005-'));
  db = openDatabase(join(dir, 'test.sqlite'));
  migrate(db, MIGRATIONS.slice(0, 4));
  db.prepare("INSERT INTO devices (id, token_hash, fmp, enrolled_at) VALUES ('d1', 'h1', 'MPONDWE', 'now')").run();
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function addRecord(fmp: string, data: Record<string, unknown>, form = 'fmr') {
  seq += 1;
  db.prepare(
    `INSERT INTO records (id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data,
                          content_hash, occurred_at, received_at)
     VALUES (?, 'd1', ?, ?, ?, 1, 'c', 'f', 'e', ?, 'h', 'o', 'r')`,
  ).run(`r${seq}`, seq, fmp, form, JSON.stringify(data));
}

const group = {
  direction: 'incoming',
  nationality: 'COD',
  origin_country: 'COD',
  destination_country: 'UGA',
  transport: 'foot',
  reason: 'family',
};

describe('migration 0005', () => {
  it("counts the FMR records already stored by their FMP's local day, ISO week and month", () => {
    // Africa/Kampala is UTC+3: 21:30 UTC on Sunday 5 January is Monday 6 January there, ISO week 2.
    addRecord('MPONDWE', { ...group, observed_at: '2025-01-05T21:30:00.000Z', males_18_59: 2, females_0_4: 1 });
    addRecord('MPONDWE', { ...group, observed_at: '2025-01-06T08:00:00.000Z', males_18_59: 3 });
    addRecord('MPONDWE', { ...group, direction: 'outgoing', observed_at: '2025-01-05T20:59:00.000Z', disability: 1 });
    // Monday 30 December 2024 is in ISO week 1 of 2025.
    addRecord('MPONDWE', { ...group, nationality: 'UGA', observed_at: '2024-12-30T10:00:00.000Z', males_60_plus: 4 });
    // An FMP's own time zone: 02:00 UTC on 1 February is still 31 January in St John's (UTC-3:30).
    db.prepare("UPDATE fmps SET time_zone = 'America/St_Johns' WHERE code = 'GOLI'").run();
    addRecord('GOLI', {
      ...group,
      observed_at: '2025-02-01T02:00:00.000Z',
      destination_admin2: 'Kasese',
      females_18_59: 2,
    });
    addRecord('MPONDWE', { ...group, observed_at: '2025-01-06T08:00:00.000Z', males_18_59: 50 }, 'other');
    addRecord('MPONDWE', { ...group, observed_at: 'not a date', males_18_59: 60 });

    migrate(db, MIGRATIONS.slice(0, 5));

    expect(
      db
        .prepare(
          `SELECT fmp, day, week, month, direction, records, males_18_59, males_60_plus, females_0_4, females_18_59, disability
           FROM fmr_daily ORDER BY fmp, day, direction`,
        )
        .all(),
    ).toEqual([
      {
        fmp: 'GOLI',
        day: '2025-01-31',
        week: '2025-W05',
        month: '2025-01',
        direction: 'incoming',
        records: 1,
        males_18_59: 0,
        males_60_plus: 0,
        females_0_4: 0,
        females_18_59: 2,
        disability: 0,
      },
      {
        fmp: 'MPONDWE',
        day: '2024-12-30',
        week: '2025-W01',
        month: '2024-12',
        direction: 'incoming',
        records: 1,
        males_18_59: 0,
        males_60_plus: 4,
        females_0_4: 0,
        females_18_59: 0,
        disability: 0,
      },
      {
        fmp: 'MPONDWE',
        day: '2025-01-05',
        week: '2025-W01',
        month: '2025-01',
        direction: 'outgoing',
        records: 1,
        males_18_59: 0,
        males_60_plus: 0,
        females_0_4: 0,
        females_18_59: 0,
        disability: 1,
      },
      {
        fmp: 'MPONDWE',
        day: '2025-01-06',
        week: '2025-W02',
        month: '2025-01',
        direction: 'incoming',
        records: 2,
        males_18_59: 5,
        males_60_plus: 0,
        females_0_4: 1,
        females_18_59: 0,
        disability: 0,
      },
    ]);
    expect(
      db
        .prepare(
          'SELECT fmp, day, nationality, destination_admin2, records, males_18_59 FROM fmr_cube ORDER BY fmp, day, direction',
        )
        .all(),
    ).toEqual([
      { fmp: 'GOLI', day: '2025-01-31', nationality: 'COD', destination_admin2: 'Kasese', records: 1, males_18_59: 0 },
      { fmp: 'MPONDWE', day: '2024-12-30', nationality: 'UGA', destination_admin2: '', records: 1, males_18_59: 0 },
      { fmp: 'MPONDWE', day: '2025-01-05', nationality: 'COD', destination_admin2: '', records: 1, males_18_59: 0 },
      { fmp: 'MPONDWE', day: '2025-01-06', nationality: 'COD', destination_admin2: '', records: 2, males_18_59: 5 },
    ]);
    expect(
      db
        .prepare(
          'SELECT fmp, month, direction, nationality, records, males_18_59 FROM fmr_monthly ORDER BY fmp, month, direction, nationality',
        )
        .all(),
    ).toEqual([
      { fmp: 'GOLI', month: '2025-01', direction: 'incoming', nationality: 'COD', records: 1, males_18_59: 0 },
      { fmp: 'MPONDWE', month: '2024-12', direction: 'incoming', nationality: 'UGA', records: 1, males_18_59: 0 },
      { fmp: 'MPONDWE', month: '2025-01', direction: 'incoming', nationality: 'COD', records: 2, males_18_59: 5 },
      { fmp: 'MPONDWE', month: '2025-01', direction: 'outgoing', nationality: 'COD', records: 1, males_18_59: 0 },
    ]);
  });

  it('leaves the tables empty when no FMR record is stored', () => {
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(
      db
        .prepare(
          'SELECT (SELECT count(*) FROM fmr_cube) + (SELECT count(*) FROM fmr_daily) + (SELECT count(*) FROM fmr_monthly) AS n',
        )
        .get(),
    ).toEqual({ n: 0 });
  });
});
