import { Readable } from 'node:stream';
import type { ReadableStream as WebStream } from 'node:stream/web';
import type { ServerProcess } from '../../sync-server/test/support/server-process.ts';
import { adminToken } from '../../sync-server/test/support/process-api.ts';
import { findServerPid, resetPeak, residentMiB } from './process-memory.ts';

export interface XlsxExport {
  seconds: number;
  bytes: number;
  /** Resident memory of the server before the XLSX export, and its peak during it. */
  memoryMiB: { before: number; peak: number };
}

/** `GET /exports/fmr.xlsx` read to the end by one client, with the server's memory before and during it. */
export async function measureXlsx(server: ServerProcess): Promise<XlsxExport> {
  const pid = findServerPid(server.dataDir);
  if (pid === null) throw new Error('server process not found in /proc');
  // Signed in before the peak starts again: a sign-in's scrypt hash takes 128 MiB (decision 0018).
  const token = await adminToken(server.url);
  resetPeak(pid);
  const before = residentMiB(pid).current;
  const started = performance.now();
  const res = await fetch(`${server.url}/api/v1/exports/fmr.xlsx`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok || !res.body) throw new Error(`XLSX export failed: ${res.status}`);
  let bytes = 0;
  for await (const chunk of Readable.fromWeb(res.body as WebStream<Uint8Array>)) bytes += (chunk as Buffer).length;
  return { seconds: (performance.now() - started) / 1000, bytes, memoryMiB: { before, peak: residentMiB(pid).peak } };
}
