import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as WebStream } from 'node:stream/web';
import { startServer } from '../../sync-server/test/support/server-process.ts';
import { adminToken } from '../../sync-server/test/support/process-api.ts';
import { exportColumns } from '../../sync-server/src/exports/export-columns.ts';
import { buildFmrDataset, type Dataset } from './fmr-dataset.ts';
import { findServerPid, resetPeak, residentMiB } from './process-memory.ts';
import { benchAggregates, type AggregatesResult } from './aggregates-latency.ts';

export interface ExportResult {
  records: number;
  buildSeconds: number;
  api: { seconds: number; bytes: number; rows: number };
  sqlite: { seconds: number; bytes: number; rows: number } | null;
  /** `signIn`: the peak up to and including the aggregates, sign-in included; `peak`: during the export alone. */
  memoryMiB: { signIn: number; beforeExport: number; peak: number };
  aggregates: AggregatesResult;
}

/** Debian's sqlite3 CLI: the baseline. Installed with apt when missing (root, as on CI machines). */
function sqliteCli(): string | null {
  if (spawnSync('sqlite3', ['-version']).status === 0) return 'sqlite3';
  const install = spawnSync('sh', ['-c', 'apt-get install -y --no-install-recommends sqlite3 || (apt-get update && apt-get install -y --no-install-recommends sqlite3)'], { stdio: 'ignore' });
  return install.status === 0 && spawnSync('sqlite3', ['-version']).status === 0 ? 'sqlite3' : null;
}

/** Streams a response or a process's output to nowhere, counting bytes and line ends. */
async function drain(chunks: AsyncIterable<Uint8Array>): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { bytes, lines };
}

/** The same columns as the API's export, in SQL: what a person with the database and the CLI would run. */
function sqliteQuery(): string {
  const columns = exportColumns('fmr').map((c) => {
    if (c.name === 'record_id') return 'id';
    if (['enumerator', 'device_id', 'form_version', 'received_at', 'revision', 'review_state'].includes(c.name)) return c.name;
    return `json_extract(data, '$.${c.name}') AS "${c.name}"`;
  });
  return `SELECT ${columns.join(', ')} FROM records WHERE form = 'fmr' ORDER BY occurred_at, id;`;
}

async function timeSqlite(cli: string, dbFile: string): Promise<{ seconds: number; bytes: number; rows: number }> {
  const started = performance.now();
  const child = spawn(cli, ['-readonly', '-csv', '-header', dbFile, sqliteQuery()], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  const { bytes, lines } = await drain(child.stdout);
  if ((await done) !== 0) throw new Error('sqlite3 failed');
  // Embedded newlines in notes would add lines; the generated notes have none.
  return { seconds: (performance.now() - started) / 1000, bytes, rows: lines - 1 };
}

/** 1,000,000 FMR records: the streamed CSV export through the API against `sqlite3 -csv`, the server's memory, aggregates latency. */
export async function benchExport(count = 1_000_000): Promise<ExportResult> {
  const dataset: Dataset = await buildFmrDataset(count);
  const server = await startServer({ dataDir: dataset.dataDir });
  try {
    const pid = findServerPid(dataset.dataDir);
    if (pid === null) throw new Error('server process not found in /proc');
    const token = await adminToken(server.url);
    const aggregates = await benchAggregates(server.url, token);
    const signIn = residentMiB(pid).peak;
    resetPeak(pid);
    const beforeExport = residentMiB(pid).current;
    const started = performance.now();
    const res = await fetch(`${server.url}/api/v1/exports/fmr.csv`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok || !res.body) throw new Error(`export failed: ${res.status}`);
    const { bytes, lines } = await drain(Readable.fromWeb(res.body as WebStream<Uint8Array>));
    const api = { seconds: (performance.now() - started) / 1000, bytes, rows: lines - 1 };
    const memoryMiB = { signIn, beforeExport, peak: residentMiB(pid).peak };
    const cli = sqliteCli();
    const sqlite = cli ? await timeSqlite(cli, dataset.dbFile) : null;
    return { records: count, buildSeconds: dataset.seconds, api, sqlite, memoryMiB, aggregates };
  } finally {
    await server.stop();
    rmSync(dataset.dataDir, { recursive: true, force: true });
  }
}
