import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import { startServer } from './support/server-process.ts';
import { adminToken, enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom } from './support/random.ts';
import { runNpmScript } from './support/run-npm-script.ts';
import { buildFmrDataset, type Dataset } from '../../scripts/bench/fmr-dataset.ts';
import { freshDatabase, type FreshDatabase } from './support/fresh-database.ts';
import { makeFmrData, makeFmsData, makePushRecord, makeScreeningData } from '../../shared/test/fixtures.ts';
import type { PushRecord, PushResult } from '../../shared/push.ts';
import type { ConflictPage, QuarantinePage } from '../../shared/review.ts';
import type { RecordsPage } from '../../shared/records.ts';

const BULK_RECORDS = 100_000;
const PASSWORD = 'not-to-be-printed';
const OFFICER = { username: 'officer1', password: 'officer password 1', role: 'officer' };

/** A staff member's view of one server over HTTP, failing loudly on any answer but the one expected. */
function staffApi(url: string, token: string) {
  const call = async (method: string, path: string, body?: unknown, expected = 200) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  return {
    json: async <T>(path: string): Promise<T> => (await (await call('GET', path)).json()) as T,
    bytes: async (path: string) => Buffer.from(await (await call('GET', path)).arrayBuffer()),
    post: async <T>(path: string, body: unknown, expected = 200): Promise<T> =>
      (await (await call('POST', path, body, expected)).json()) as T,
    patch: async <T>(path: string, body: unknown): Promise<T> => (await (await call('PATCH', path, body)).json()) as T,
  };
}
type StaffApi = ReturnType<typeof staffApi>;

/** What the staff pages read, bar the CSV files: the same on both engines, to the byte once parsed. */
async function staffViews(api: StaffApi, correctedId: string) {
  const pages: RecordsPage[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 3; i++) {
    const page: RecordsPage = await api.json(
      `/records?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    pages.push(page);
    cursor = page.nextCursor;
  }
  return {
    pages,
    corrected: await api.json('/records?state=corrected'),
    approved: await api.json<RecordsPage>('/records?state=approved'),
    atGoli: await api.json('/records?fmp=GOLI&limit=200'),
    detail: await api.json(`/records/${correctedId}`),
    conflicts: [await api.json('/conflicts?state=open'), await api.json('/conflicts?state=resolved')],
    quarantine: [await api.json('/quarantine?state=open'), await api.json('/quarantine?state=resolved')],
    audit: await api.json('/audit?limit=500'),
    devices: await api.json('/devices'),
    users: await api.json('/users'),
    fmps: await api.json('/fmps'),
    aggregates: [
      await api.json('/aggregates?by=fmp,day,direction'),
      await api.json('/aggregates?by=nationality,month,reason'),
    ],
  };
}

const EXPORTS = ['fmr.csv', 'fms.csv', 'screening.csv', 'fmr.csv?state=corrected,approved&labels=fr&hxl=1'];
const exportsOf = async (api: StaffApi) => Promise.all(EXPORTS.map((file) => api.bytes(`/exports/${file}`)));

const statuses = (results: readonly PushResult[]) => results.map((r) => r.status);

let dataset: Dataset;
let target: FreshDatabase;
let targetUrl: string;
beforeAll(async () => {
  dataset = await buildFmrDataset(BULK_RECORDS, 11);
  target = await freshDatabase(inject('postgresAdminUrl'));
  const url = new URL(target.url);
  url.password = PASSWORD;
  targetUrl = url.toString();
}, 120_000);
afterAll(async () => {
  await target.drop();
  rmSync(dataset.dataDir, { recursive: true, force: true });
});

describe('npm run db:copy', () => {
  it(
    'moves a SQLite server to PostgreSQL: same exports to the byte, same views, same passwords and device tokens',
    { timeout: 600_000 },
    async () => {
      const sqlite = await startServer({
        dataDir: dataset.dataDir,
        database: { engine: 'sqlite', dataDir: dataset.dataDir },
      });
      let admin: string;
      let device: SimDevice;
      let correctedId: string;
      let before: { views: Awaited<ReturnType<typeof staffViews>>; exports: Buffer[] };
      try {
        admin = await adminToken(sqlite.url);
        const api = staffApi(sqlite.url, admin);
        await api.post('/users', OFFICER, 201);
        const [first, second] = await enrollDevices(sqlite.url, 2, { admin });
        if (!first || !second) throw new Error('two devices enrolled');
        device = new SimDevice(first, seededRandom(5));
        device.create(40);
        await device.drain(sqlite.url, { batchSize: 15 });
        const [a, b, c] = [...device.created.values()];
        if (!a || !b || !c) throw new Error('records pushed');

        // A correction (a revision kept), an approval and a flag.
        correctedId = a.id;
        await api.post(
          `/records/${a.id}/corrections`,
          { changes: { notes: 'counted twice', males_18_59: 1 }, reason: 'recount', baseRevision: 1 },
          201,
        );
        await api.post(`/records/${b.id}/approve`, { comment: 'checked' });
        await api.post(`/records/${c.id}/flag`, { comment: 'ask the enumerator' });
        // The other forms, a conflict (same id, other content), and two invalid records for quarantine, at seqs the device has not reached.
        const other = (seq: number, fields: Partial<PushRecord>) => makePushRecord({ seq, ...fields });
        const sent = await device.send(
          sqlite.url,
          device.requestBody([
            other(101, { form: 'fms', data: makeFmsData({ fmp: 'MPONDWE' }) }),
            other(102, { form: 'screening', data: makeScreeningData() }),
            { ...b, enumerator: 'Someone else' },
            other(103, { data: makeFmrData({ males_18_59: 2, pregnant_lactating: 9 }) }),
            other(104, { data: makeFmrData({ males_18_59: 1, pregnant_lactating: 7 }) }),
          ]),
        );
        expect(sent.kind === 'answered' && statuses(sent.results)).toEqual([
          'accepted',
          'accepted',
          'conflict',
          'rejected',
          'rejected',
        ]);
        const { conflicts } = await api.json<ConflictPage>('/conflicts');
        await api.post(`/conflicts/${conflicts[0]?.id}/resolve`, { action: 'keep-stored', comment: 'tablet replay' });
        const { items } = await api.json<QuarantinePage>('/quarantine');
        await api.post(`/quarantine/${items[0]?.id}/resolve`, {
          action: 'accept',
          comment: 'fixed',
          data: makeFmrData({ pregnant_lactating: 1 }),
        });
        // A device moved to another FMP, and a failed sign-in (audited, rate-limit counted).
        await api.patch(`/devices/${second.deviceId}`, { fmp: 'GOLI' });
        const failed = await fetch(`${sqlite.url}/api/v1/sessions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'wrong password!' }),
        });
        expect(failed.status).toBe(401);

        const exports = await exportsOf(api);
        before = { views: await staffViews(api, correctedId), exports };
      } finally {
        await sqlite.stop();
      }
      expect(before.exports[0]?.toString().split('\n').length).toBeGreaterThan(BULK_RECORDS);
      expect(before.views.pages.map((p) => p.records.length)).toEqual([500, 500, 500]);

      const copy = await runNpmScript('db:copy', ['--to', targetUrl], { FMP_DATA_DIR: dataset.dataDir });
      expect(copy.code, copy.stderr).toBe(0);
      expect(copy.stdout).toMatch(new RegExp(`records +${BULK_RECORDS + 43} rows`));
      expect(copy.stdout).toMatch(/record_revisions +1 row/);
      expect(copy.stdout).toMatch(
        /^Verified: each table has the same row count and content hash \(sha256\) in SQLite and in PostgreSQL\.$/m,
      );
      expect(copy.stdout).toMatch(
        new RegExp(`^Copied \\d+ rows in 21 tables from .* to ${target.url.replaceAll('.', '\\.')} in [\\d.]+ s`, 'm'),
      );
      expect(copy.stdout + copy.stderr).not.toContain(PASSWORD);

      // Another first password for the PostgreSQL server: it must not be used, the copied admin is there.
      const postgres = await startServer({
        database: { engine: 'postgres', url: target.url },
        env: { FMP_ADMIN_PASSWORD: 'another first password' },
      });
      try {
        // The session of the SQLite server goes on: sessions were copied too.
        const api = staffApi(postgres.url, admin);
        expect(await staffViews(api, correctedId)).toEqual(before.views);
        const exports = await exportsOf(api);
        exports.forEach((bytes, i) =>
          expect(bytes.equals(before.exports[i] ?? Buffer.alloc(0)), EXPORTS[i]).toBe(true),
        );

        expect(await adminToken(postgres.url)).toMatch(/\S/);
        const officer = await fetch(`${postgres.url}/api/v1/sessions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(OFFICER),
        });
        expect(officer.status).toBe(201);

        // The tablet's token still works: a new record is accepted, an old one is a duplicate.
        const [fresh] = device.create(1);
        const old = [...device.created.values()][5];
        const pushed = await device.send(postgres.url, device.requestBody([fresh, old].filter((r) => r !== undefined)));
        expect(pushed.kind === 'answered' && statuses(pushed.results)).toEqual(['accepted', 'duplicate']);
        // New rows get ids after the copied ones.
        await api.post(`/records/${fresh?.id}/approve`, {});
        await api.post('/users', { username: 'analyst2', password: 'analyst password 2', role: 'analyst' }, 201);

        // A second copy into the same database is refused, and changes nothing.
        const again = await runNpmScript('db:copy', ['--to', targetUrl], { FMP_DATA_DIR: dataset.dataDir });
        expect(again.code).toBe(1);
        expect(again.stderr.trim()).toMatch(
          new RegExp(
            `^Copy refused: ${target.url.replaceAll('.', '\\.')} is not a new, empty database ` +
              `\\(\\d+ rows in fmr_cube, .*, and \\d+ more tables\\): copy into one made for it\\.$`,
          ),
        );
        expect(again.stdout + again.stderr).not.toContain(PASSWORD);
        const approved = await api.json<RecordsPage>('/records?state=approved');
        expect(approved.records.map((r) => r.id).sort()).toEqual(
          [...before.views.approved.records.map((r) => r.id), fresh?.id].sort(),
        );
      } finally {
        await postgres.stop();
      }
    },
  );

  it('refuses an unreachable target, and a SQLite database at an older schema, each in one line', async () => {
    const nowhere = await runNpmScript('db:copy', ['--to', `postgres://fmp:${PASSWORD}@127.0.0.1:1/fmp`], {
      FMP_DATA_DIR: dataset.dataDir,
    });
    expect(nowhere.code).toBe(1);
    expect(nowhere.stdout).toBe('');
    expect(nowhere.stderr).toMatch(
      /^Copy refused: Cannot use PostgreSQL at postgres:\/\/fmp@127\.0\.0\.1:1\/fmp: connect ECONNREFUSED \S+\n$/,
    );

    const dir = mkdtempSync(join(tmpdir(), 'fmp-copy-old-'));
    try {
      const db = openDatabase(join(dir, DB_FILE_NAME));
      migrate(db, MIGRATIONS.slice(0, -1));
      db.close();
      const old = await runNpmScript('db:copy', ['--to', targetUrl, '--from', dir], {});
      expect(old.code).toBe(1);
      expect(old.stderr).toMatch(
        /^Copy refused: .* is at schema version \d+, older than this code's \d+\. Start the server once on it .*then copy\.\n$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const usage = await runNpmScript('db:copy', [], { FMP_DATA_DIR: dataset.dataDir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run db:copy -- --to postgres://');
  });
});
