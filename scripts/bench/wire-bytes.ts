import { request, createServer, Agent, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { startServer } from '../../sync-server/test/support/server-process.ts';
import { enrollDevices } from '../../sync-server/test/support/process-api.ts';
import { SimDevice } from '../../sync-server/test/support/sim-device.ts';
import { seededRandom } from '../../sync-server/test/support/random.ts';
import { startByteCounter, type ByteCounter } from './byte-counter.ts';
import { OPENROSA_SUCCESS_BODY, openRosaInstance, openRosaMultipart } from './openrosa.ts';

/** What Chrome on an Android tablet adds to the PWA's `fetch`; counted so both sides carry a real client's headers. */
const BROWSER_HEADERS = {
  'User-Agent':
    'Mozilla/5.0 (Linux; Android 11; SM-T505) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  Accept: '*/*',
  'Accept-Encoding': 'gzip, deflate, br, zstd',
  'Accept-Language': 'en-GB,en;q=0.9',
  Origin: 'https://fmp.example.org',
  Referer: 'https://fmp.example.org/',
  'Sec-Fetch-Site': 'same-origin',
  'Sec-Fetch-Mode': 'cors',
  'Sec-Fetch-Dest': 'empty',
};

/** What ODK Collect (OkHttp) sends with each OpenRosa request. */
const COLLECT_HEADERS = {
  'User-Agent':
    'org.odk.collect.android/v2024.3.5 okhttp/4.12.0 Dalvik/2.1.0 (Linux; U; Android 11; SM-T505 Build/RP1A.200720.012)',
  'X-OpenRosa-Version': '1.0',
  'Accept-Encoding': 'gzip',
};

export interface WireResult {
  records: number;
  batchSize: number;
  gzipBatch: { requestBytes: number; responseBytes: number };
  jsonBatch: { requestBytes: number; responseBytes: number };
  openRosa: { requestBytes: number; responseBytes: number; instanceBytes: number };
}

function send(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: { ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function counted<T>(counter: ByteCounter, run: () => Promise<T>) {
  counter.reset();
  await run();
  // The relay forwards asynchronously; let the last bytes through before reading the counts.
  await new Promise((r) => setTimeout(r, 50));
  return { requestBytes: counter.requestBytes, responseBytes: counter.responseBytes };
}

/** Answers as ODK Central does: 204 to the HEAD probe, 201 with an OpenRosaResponse to each submission. */
async function startOpenRosaEndpoint() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const common = { 'X-OpenRosa-Version': '1.0', 'X-OpenRosa-Accept-Content-Length': '104857600' };
      if (req.method === 'HEAD') {
        res.writeHead(204, common).end();
        return;
      }
      res.writeHead(201, { ...common, 'Content-Type': 'text/xml; charset=utf-8' }).end(OPENROSA_SUCCESS_BODY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Bytes of HTTP on the wire, both ways, for the same records: our push (gzip and plain JSON batches)
 * against OpenRosa submissions (a HEAD probe, then one multipart POST per record) over keep-alive.
 */
export async function benchWireBytes({ records = 1000, batchSize = 500 } = {}): Promise<WireResult> {
  const server = await startServer();
  const openRosa = await startOpenRosaEndpoint();
  const ours = await startByteCounter(server.port);
  const theirs = await startByteCounter(openRosa.port);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const [gzipCreds, jsonCreds] = await enrollDevices(server.url, 2);
    if (!gzipCreds || !jsonCreds) throw new Error('enrollment failed');
    const device = new SimDevice(gzipCreds, seededRandom(7));
    const created = device.create(records);
    const batches = Array.from({ length: Math.ceil(records / batchSize) }, (_, i) =>
      created.slice(i * batchSize, (i + 1) * batchSize),
    );

    const push = (creds: typeof gzipCreds, gzip: boolean) => async () => {
      for (const batch of batches) {
        const json = Buffer.from(JSON.stringify({ ...device.requestBody(batch), deviceId: creds.deviceId }));
        const headers: Record<string, string> = {
          ...BROWSER_HEADERS,
          Authorization: `Bearer ${creds.token}`,
          'Content-Type': 'application/json',
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        };
        const res = await send(agent, ours.port, 'POST', '/api/v1/sync/push', headers, gzip ? gzipSync(json) : json);
        if (res.status !== 200) throw new Error(`push answered ${res.status}`);
      }
    };
    const gzipBatch = await counted(ours, push(gzipCreds, true));
    const jsonBatch = await counted(ours, push(jsonCreds, false));

    // ODK Central app users put their token in the path: /v1/key/{64 characters}/projects/{id}/submission.
    const path = `/v1/key/${randomBytes(48).toString('base64url')}/projects/1/submission`;
    let instanceBytes = 0;
    const openRosaCounts = await counted(theirs, async () => {
      const probe = await send(agent, theirs.port, 'HEAD', path, {
        ...COLLECT_HEADERS,
        Date: new Date().toUTCString(),
      });
      if (probe.status !== 204) throw new Error(`HEAD answered ${probe.status}`);
      for (const record of created) {
        const xml = openRosaInstance(record, gzipCreds.deviceId);
        instanceBytes += Buffer.byteLength(xml);
        const boundary = randomUUID();
        const body = openRosaMultipart(xml, boundary, `fmr_${record.createdAt.slice(0, 19).replace(/:/g, '-')}.xml`);
        const headers = {
          ...COLLECT_HEADERS,
          Date: new Date().toUTCString(),
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
        };
        const res = await send(agent, theirs.port, 'POST', path, headers, body);
        if (res.status !== 201) throw new Error(`submission answered ${res.status}`);
      }
    });
    return {
      records,
      batchSize,
      gzipBatch,
      jsonBatch,
      openRosa: { ...openRosaCounts, instanceBytes: instanceBytes / records },
    };
  } finally {
    agent.destroy();
    await ours.close();
    await theirs.close();
    await openRosa.close();
    await server.stop();
  }
}
