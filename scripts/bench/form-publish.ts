import { request } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FMR_V1 } from '../../shared/forms/fmr-v1.ts';
import type { FormDefinition } from '../../shared/forms/types.ts';
import { XLSX_TYPE, type FormCheckResponse } from '../../shared/form-versions.ts';
import type { ConfigResponse } from '../../shared/api.ts';
import { writeXlsform } from '../../sync-server/src/forms/xlsform/write-xlsform.ts';
import { startServer, type ServerProcess } from '../../sync-server/test/support/server-process.ts';
import { adminToken, enrollDevices } from '../../sync-server/test/support/process-api.ts';
import { percentile } from './aggregates-latency.ts';
import { median } from './push-batches.ts';
import { LARGE_FORM, largeForm, type LargeFormSize } from './large-form.ts';

/** What a tablet's browser sends: the server may answer compressed. */
const TABLET_ACCEPT_ENCODING = 'gzip, deflate, br';

interface Bytes {
  raw: number;
  gzip: number;
}

export interface PublishedForm {
  /** The XLSForm uploaded, bytes. */
  workbookBytes: number;
  checkMs: { p50: number; p95: number };
  publishMs: { p50: number; p95: number };
  /** Check and publish of one round, the two requests the Forms page sends. */
  totalMs: { p50: number; p95: number };
  /** `/config` as the device downloads it once this form is the version in use. */
  config: Bytes;
  /** This form's own definition inside that `/config`. */
  definition: Bytes;
}

export interface FormPublishResult {
  size: LargeFormSize;
  rounds: number;
  large: PublishedForm;
  baseline: PublishedForm;
  /** Whether the server itself compressed `/config`; when not, `gzip` is node:zlib's at its default level. */
  serverCompressesConfig: boolean;
  /** Check and publish of the large form against the baseline: the median of the rounds' ratios. */
  ratio: number;
}

const gzipBytes = (text: string) => gzipSync(Buffer.from(text)).length;

/** The raw body and its encoding, as a tablet's request gets them, without the decoding fetch does. */
function rawGet(url: string, token: string): Promise<{ body: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': TABLET_ACCEPT_ENCODING },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`GET ${url}: ${res.statusCode}`));
        else resolve({ body: Buffer.concat(chunks), encoding: res.headers['content-encoding'] });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function timedUpload(url: string, admin: string, workbook: Buffer, expected: number): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': XLSX_TYPE },
    body: new Uint8Array(workbook),
  });
  const body = (await res.json()) as FormCheckResponse;
  const ms = performance.now() - started;
  if (res.status !== expected) throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  if ('problems' in body && body.problems.length > 0) throw new Error(`${url}: ${JSON.stringify(body.problems[0])}`);
  return ms;
}

interface Subject {
  server: ServerProcess;
  admin: string;
  device: string;
  form: (version: number) => FormDefinition;
  checkMs: number[];
  publishMs: number[];
  totalMs: number[];
  workbookBytes: number;
}

async function subject(form: (version: number) => FormDefinition): Promise<Subject> {
  const server = await startServer();
  const admin = await adminToken(server.url);
  const [device] = await enrollDevices(server.url, 1, { admin });
  if (!device) throw new Error('no device enrolled');
  return { server, admin, device: device.token, form, checkMs: [], publishMs: [], totalMs: [], workbookBytes: 0 };
}

/** One round: the workbook checked (what the Forms page's preview shows), then published, as a new version. */
async function round(s: Subject, version: number): Promise<void> {
  const workbook = await writeXlsform(s.form(version));
  s.workbookBytes = workbook.length;
  const check = await timedUpload(`${s.server.url}/api/v1/forms/check`, s.admin, workbook, 200);
  const publish = await timedUpload(`${s.server.url}/api/v1/forms`, s.admin, workbook, 201);
  s.checkMs.push(check);
  s.publishMs.push(publish);
  s.totalMs.push(check + publish);
}

/** Every version but the newest retired, so that `/config` carries the one a tablet would get. */
async function retireAllBut(s: Subject, formId: string, newest: number): Promise<void> {
  for (let version = 1; version < newest; version++) {
    const res = await fetch(`${s.server.url}/api/v1/forms/${formId}/${version}/retire`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${s.admin}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (res.status !== 200) throw new Error(`retiring ${formId} ${version}: ${res.status}`);
  }
}

const summary = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

async function results(s: Subject, newest: number): Promise<{ form: PublishedForm; compressed: boolean }> {
  const formId = s.form(newest).id;
  await retireAllBut(s, formId, newest);
  const { body, encoding } = await rawGet(`${s.server.url}/api/v1/config`, s.device);
  const compressed = encoding === 'gzip';
  const text = compressed ? gunzipSync(body).toString('utf8') : body.toString('utf8');
  const config = JSON.parse(text) as ConfigResponse;
  const own = config.forms.find((f) => f.id === formId && f.version === newest);
  if (!own || config.forms.some((f) => f.id === formId && f.version !== newest))
    throw new Error(`/config does not carry ${formId} ${newest} alone`);
  const definition = JSON.stringify(own);
  return {
    compressed,
    form: {
      workbookBytes: s.workbookBytes,
      checkMs: summary(s.checkMs),
      publishMs: summary(s.publishMs),
      totalMs: summary(s.totalMs),
      config: { raw: Buffer.byteLength(text), gzip: compressed ? body.length : gzipBytes(text) },
      definition: { raw: Buffer.byteLength(definition), gzip: gzipBytes(definition) },
    },
  };
}

/**
 * Publishing an XLSForm of 300 questions and 2,000 choices through the server process, against publishing the
 * shipped FMR v1 as a new version: each round checks then publishes one new version of each, taking turns, each
 * form on a server of its own (SQLite) so that both `/config`s hold the same other forms.
 */
export async function benchFormPublish(rounds = 11, size: LargeFormSize = LARGE_FORM): Promise<FormPublishResult> {
  const large = await subject((version) => largeForm(version, size));
  const baseline = await subject((version) => ({ ...FMR_V1, version }));
  try {
    // A first version of each, unmeasured: the server loads exceljs and warms up.
    await round(large, 2);
    await round(baseline, 2);
    for (const s of [large, baseline]) Object.assign(s, { checkMs: [], publishMs: [], totalMs: [] });
    for (let i = 0; i < rounds; i++) {
      await round(large, 3 + i);
      await round(baseline, 3 + i);
    }
    const newest = 2 + rounds;
    const largeResults = await results(large, newest);
    const baselineResults = await results(baseline, newest);
    return {
      size,
      rounds,
      large: largeResults.form,
      baseline: baselineResults.form,
      serverCompressesConfig: largeResults.compressed,
      ratio: median(large.totalMs.map((ms, i) => ms / (baseline.totalMs[i] ?? NaN))),
    };
  } finally {
    await large.server.stop();
    await baseline.server.stop();
  }
}
