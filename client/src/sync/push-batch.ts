import { API_PREFIX } from '../../../shared/api.ts';
import { PushResponse } from '../../../shared/push.ts';
import { applyPushResults } from '../db/apply-push-results.ts';
import type { FmpDatabase, LocalRecord } from '../db/database.ts';
import type { DeviceCredentials } from '../settings/settings.ts';
import { plainJson, type EncodeBody } from './encode-body.ts';
import { buildPushBody } from './push-body.ts';
import { retryAfterDelay } from './retry-delay.ts';

/** Well under the server's MAX_PUSH_RECORDS, and small enough to get through a 2G link. */
const PUSH_BATCH_SIZE = 200;

export const PUSH_PATH = `${API_PREFIX}/sync/push`;

export interface PushDeps {
  db: FmpDatabase;
  fetch: typeof fetch;
  device: DeviceCredentials;
  appVersion: string;
  storagePersisted: boolean;
  now?: () => Date;
  baseUrl?: string;
  /** gzip in the browser; plain JSON where a test wants to read what was sent. */
  encode?: EncodeBody;
}

export type BatchOutcome =
  | { kind: 'empty' }
  | { kind: 'pushed'; sent: number; acknowledged: number; serverTime: string; fmp?: string }
  | { kind: 'offline' }
  | { kind: 'server-error'; status: number }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'revoked' }
  | { kind: 'refused'; status: number };

/** Sends the oldest queued records; nothing leaves the outbox unless the response names it. */
export async function pushBatch(deps: PushDeps, batchSize = PUSH_BATCH_SIZE): Promise<BatchOutcome> {
  const now = deps.now ?? (() => new Date());
  const queued = await deps.db.outbox.orderBy('seq').limit(batchSize).toArray();
  if (queued.length === 0) return { kind: 'empty' };
  const records = (await deps.db.records.bulkGet(queued.map((row) => row.id))).filter(
    (r): r is LocalRecord => r !== undefined,
  );
  const body = buildPushBody({
    deviceId: deps.device.deviceId,
    records,
    pending: await deps.db.outbox.count(),
    oldestQueued: queued[0],
    appVersion: deps.appVersion,
    storagePersisted: deps.storagePersisted,
  });

  const encoded = await (deps.encode ?? plainJson)(JSON.stringify(body));
  let response: Response;
  try {
    response = await deps.fetch(`${deps.baseUrl ?? ''}${PUSH_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${deps.device.token}`, ...encoded.headers },
      body: encoded.body,
    });
  } catch {
    return { kind: 'offline' };
  }

  if (response.status === 401) return { kind: 'revoked' };
  if (response.status === 429) {
    return { kind: 'rate-limited', retryAfterMs: retryAfterDelay(response.headers.get('retry-after'), now()) };
  }
  if (response.status >= 500) return { kind: 'server-error', status: response.status };
  if (!response.ok) return { kind: 'refused', status: response.status };

  const parsed = PushResponse.safeParse(await response.json().catch(() => null));
  // A 200 we cannot read (a captive portal, a proxy) acknowledges nothing.
  if (!parsed.success) return { kind: 'server-error', status: response.status };
  const acknowledged = await applyPushResults(deps.db, parsed.data.results, now());
  return {
    kind: 'pushed',
    sent: body.records.length,
    acknowledged,
    serverTime: parsed.data.serverTime,
    fmp: parsed.data.fmp,
  };
}
