import { Readable } from 'node:stream';
import type { ReadableStream as WebStream } from 'node:stream/web';
import {
  PROCESS_ADMIN_PASSWORD,
  startServer,
  type ServerProcess,
} from '../../sync-server/test/support/server-process.ts';
import { adminToken } from '../../sync-server/test/support/process-api.ts';
import type { Dataset } from './fmr-dataset.ts';
import type { Timed } from './export-csv.ts';
import { findServerPid, resetPeak, residentMiB } from './process-memory.ts';
import { datasetOnPostgres } from './postgres-dataset.ts';

export interface OdataResult {
  engine: 'SQLite' | 'PostgreSQL';
  records: number;
  pages: number;
  csv: Timed;
  feed: Timed;
  /** Resident MiB: before each read and the peak during it (VmHWM started again just before). */
  memoryMiB: { beforeCsv: number; csvPeak: number; beforeFeed: number; feedPeak: number };
}

const BASIC = `Basic ${Buffer.from(`admin:${PROCESS_ADMIN_PASSWORD}`).toString('base64')}`;

/** Reads a response to the end, counting its bytes; the text only when it is wanted (a feed page, to follow it). */
async function readBody(res: Response, keep: boolean): Promise<{ bytes: number; text: string; lines: number }> {
  if (!res.ok || !res.body) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  const chunks: Buffer[] = [];
  let bytes = 0;
  let lines = 0;
  for await (const chunk of Readable.fromWeb(res.body as WebStream<Uint8Array>) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (keep) chunks.push(chunk);
    else for (const byte of chunk) if (byte === 10) lines++;
  }
  return { bytes, text: keep ? Buffer.concat(chunks).toString('utf8') : '', lines };
}

/** The whole FMR entity set as Power BI reads it: HTTP Basic, each page parsed and its `@odata.nextLink` followed. */
async function readFeed(url: string): Promise<Timed & { pages: number }> {
  const started = performance.now();
  let next: string | undefined = `${url}/api/v1/odata/fmr`;
  let rows = 0;
  let bytes = 0;
  let pages = 0;
  while (next) {
    const page = await readBody(await fetch(next, { headers: { Authorization: BASIC } }), true);
    const parsed = JSON.parse(page.text) as { value: unknown[]; '@odata.nextLink'?: string };
    rows += parsed.value.length;
    bytes += page.bytes;
    pages++;
    next = parsed['@odata.nextLink'];
  }
  return { seconds: (performance.now() - started) / 1000, bytes, rows, pages };
}

/** One server's FMR records through the OData feed with nextLink paging against its CSV export, one after the other. */
async function measureOdata(server: ServerProcess): Promise<Omit<OdataResult, 'engine' | 'records'>> {
  const pid = findServerPid(server.dataDir);
  if (pid === null) throw new Error('server process not found in /proc');
  const token = await adminToken(server.url);
  // Basic's password check (scrypt, 128 MiB while it runs) happens once here, before memory is watched.
  await readBody(await fetch(`${server.url}/api/v1/odata/fmr?$top=1`, { headers: { Authorization: BASIC } }), true);
  resetPeak(pid);
  const beforeCsv = residentMiB(pid).current;
  const started = performance.now();
  const res = await fetch(`${server.url}/api/v1/exports/fmr.csv`, { headers: { Authorization: `Bearer ${token}` } });
  const csvBody = await readBody(res, false);
  const csv = { seconds: (performance.now() - started) / 1000, bytes: csvBody.bytes, rows: csvBody.lines - 1 };
  const csvPeak = residentMiB(pid).peak;
  resetPeak(pid);
  const beforeFeed = residentMiB(pid).current;
  const { pages, ...feed } = await readFeed(server.url);
  return { pages, csv, feed, memoryMiB: { beforeCsv, csvPeak, beforeFeed, feedPeak: residentMiB(pid).peak } };
}

/** The dataset on SQLite, as the CSV export benchmark reads it. */
export async function benchOdata(dataset: Dataset): Promise<OdataResult> {
  const server = await startServer({
    dataDir: dataset.dataDir,
    database: { engine: 'sqlite', dataDir: dataset.dataDir },
  });
  try {
    return { engine: 'SQLite', records: dataset.records, ...(await measureOdata(server)) };
  } finally {
    await server.stop();
  }
}

/** The same dataset copied into a fresh PostgreSQL database, as its export benchmark does. */
export async function benchOdataPostgres(dataset: Dataset): Promise<OdataResult> {
  const database = await datasetOnPostgres(dataset);
  try {
    const server = await startServer({ database: { engine: 'postgres', url: database.url } });
    try {
      return { engine: 'PostgreSQL', records: dataset.records, ...(await measureOdata(server)) };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
