import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import {
  DeviceReport,
  MAX_PUSH_RECORDS,
  PushRequest,
  type PushResponse,
  type StatusResponse,
} from '../../../shared/push.ts';
import { invalidRequest, parseBody, parseJsonText } from '../parse-body.ts';
import { requirePlainText } from '../plain-text.ts';
import { AppError } from '../errors.ts';
import { deviceOf, requireAuth } from '../auth/require.ts';
import { ingestBatch } from '../ingest/ingest-batch.ts';
import { decodeBody } from '../decode-body.ts';
import { jsonMaybeGzip } from '../encode-body.ts';
import { tooLarge } from '../body-limits.ts';
import { saveDeviceReport } from '../devices/save-device-report.ts';

export const MAX_PUSH_BYTES = 8 * 1024 * 1024;
export const MAX_PUSH_DECODED_BYTES = 32 * 1024 * 1024;
/** A status report is about 150 bytes. */
const MAX_STATUS_BYTES = 4 * 1024;

export function syncRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .put(
      '/status',
      requireAuth(deps, 'device'),
      bodyLimit({
        maxSize: MAX_STATUS_BYTES,
        onError: () => {
          throw tooLarge('request body', MAX_STATUS_BYTES);
        },
      }),
      async (c) => {
        // Sent after every sync, an empty one included: a push carries the outbox as it was before it was sent.
        const report = await parseBody(c, DeviceReport);
        const device = deviceOf(c.var.principal);
        await saveDeviceReport(db, device.deviceId, now().toISOString(), report);
        return c.json({ fmp: device.fmp } satisfies StatusResponse);
      },
    )
    .post(
      '/push',
      requireAuth(deps, 'device'),
      bodyLimit({
        maxSize: MAX_PUSH_BYTES,
        onError: () => {
          throw tooLarge('request body', MAX_PUSH_BYTES);
        },
      }),
      async (c) => {
        const device = deviceOf(c.var.principal);
        const text = await decodeBody(
          Buffer.from(await c.req.arrayBuffer()),
          c.req.header('Content-Encoding'),
          MAX_PUSH_DECODED_BYTES,
        ).catch((err: unknown) => {
          if (err instanceof RangeError) throw tooLarge('decompressed request body', MAX_PUSH_DECODED_BYTES);
          throw err;
        });
        const parsed = PushRequest.safeParse(parseJsonText(text));
        if (!parsed.success) throw invalidRequest(parsed.error);
        const push = parsed.data;
        // The records have their own check, record by record; the envelope's text goes into plain columns.
        requirePlainText({ ...push, records: [] });
        if (push.deviceId !== device.deviceId) {
          throw new AppError(403, 'device-mismatch', 'The deviceId does not belong to this token.');
        }
        if (push.records.length > MAX_PUSH_RECORDS) {
          throw new AppError(413, 'too-many-records', `A push holds at most ${MAX_PUSH_RECORDS} records.`, {
            limitRecords: MAX_PUSH_RECORDS,
          });
        }
        const receivedAt = now().toISOString();
        const results = await ingestBatch(db, { ...push, deviceFmp: device.fmp, receivedAt });
        deps.onPushResults?.(results);
        // The answer names every id (about 55 bytes each); gzip makes it smaller than the request on a 2G link.
        return jsonMaybeGzip(c, { results, serverTime: now().toISOString(), fmp: device.fmp } satisfies PushResponse);
      },
    );
}
