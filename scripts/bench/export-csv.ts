import { spawn, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import type { ReadableStream as WebStream } from 'node:stream/web';
import { startServer, type ServerProcess } from '../../sync-server/test/support/server-process.ts';
import { adminToken } from '../../sync-server/test/support/process-api.ts';
import { exportColumns } from '../../sync-server/src/exports/export-columns.ts';
import fmrV1 from '../../shared/forms/frozen/fmr-v1.json' with { type: 'json' };
import type { FormDefinition } from '../../shared/forms/types.ts';
import type { Dataset } from './fmr-dataset.ts';
import { findServerPid, resetPeak, residentMiB } from './process-memory.ts';
import { benchAggregates, type AggregatesResult } from './aggregates-latency.ts';
import { measureXlsx, type XlsxExport } from './export-xlsx.ts';

export interface Timed {
  seconds: number;
  bytes: number;
  rows: number;
}

/** What the server process does with the dataset: aggregates, then the export, and its memory meanwhile. */
export interface ServerExport {
  api: Timed;
  /** `signIn`: the peak up to and including the aggregates, sign-in included; `peak`: during the export alone. */
  memoryMiB: { signIn: number; beforeExport: number; peak: number };
  aggregates: AggregatesResult;
}

export interface ExportResult extends ServerExport {
  records: number;
  buildSeconds: number;
  sqlite: Timed | null;
  /** The same records as XLSX, after the CSV export, from the same server. */
  xlsx: XlsxExport;
}

/** Debian's sqlite3 CLI: the baseline. Installed with apt when missing (root, as on CI machines). */
function sqliteCli(): string | null {
  if (spawnSync('sqlite3', ['-version']).status === 0) return 'sqlite3';
  const install = spawnSync(
    'sh',
    [
      '-c',
      'apt-get install -y --no-install-recommends sqlite3 || (apt-get update && apt-get install -y --no-install-recommends sqlite3)',
    ],
    { stdio: 'ignore' },
  );
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

/**
 * The API export's columns in SQL, each answer taken from the JSON in `data` by `fromJson`, in the API's
 * order: what a person with the database and its CLI would run.
 */
export function exportColumnsSql(fromJson: (field: string) => string): string {
  return exportColumns([fmrV1 as FormDefinition])
    .map((c) => {
      if (c.name === 'record_id') return 'id';
      if (['enumerator', 'device_id', 'form_version', 'received_at', 'revision', 'review_state'].includes(c.name))
        return c.name;
      return `${fromJson(c.name)} AS "${c.name}"`;
    })
    .join(', ');
}

/** A CLI writing CSV with a header line to its stdout, drained as the API's answer is. */
export async function timeCli(command: string, args: readonly string[]): Promise<Timed> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  const { bytes, lines } = await drain(child.stdout);
  if ((await done) !== 0) throw new Error(`${command} failed`);
  // Embedded newlines in notes would add lines; the generated notes have none.
  return { seconds: (performance.now() - started) / 1000, bytes, rows: lines - 1 };
}

/** Aggregates latency, then `GET /exports/fmr.csv` read to the end, with the server's memory before and during it. */
export async function measureServer(server: ServerProcess): Promise<ServerExport> {
  const pid = findServerPid(server.dataDir);
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
  return { api, memoryMiB: { signIn, beforeExport, peak: residentMiB(pid).peak }, aggregates };
}

/**
 * The dataset's FMR records: the streamed CSV export through the API against `sqlite3 -csv`, the server's memory,
 * aggregates latency, and the XLSX export against the CSV one.
 */
export async function benchExport(dataset: Dataset): Promise<ExportResult> {
  const server = await startServer({
    dataDir: dataset.dataDir,
    database: { engine: 'sqlite', dataDir: dataset.dataDir },
  });
  try {
    const measured = await measureServer(server);
    const xlsx = await measureXlsx(server);
    const cli = sqliteCli();
    const columns = exportColumnsSql((field) => `json_extract(data, '$.${field}')`);
    const query = `SELECT ${columns} FROM records WHERE form = 'fmr' ORDER BY occurred_at, id;`;
    const sqlite = cli ? await timeCli(cli, ['-readonly', '-csv', '-header', dataset.dbFile, query]) : null;
    return { records: dataset.records, buildSeconds: dataset.seconds, ...measured, sqlite, xlsx };
  } finally {
    await server.stop();
  }
}
