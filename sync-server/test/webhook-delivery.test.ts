import { describe, expect, it, vi } from 'vitest';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { adminToken, enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom, testSeed } from './support/random.ts';
import { sleep } from './support/run-concurrently.ts';
import { firstArrivals, startWebhookReceiver } from './support/webhook-receiver.ts';
import { WebhookView } from '../../shared/webhooks.ts';

const SECRET = 'the secret the receiver checks every delivery with';
const KILLS = 2;
/** Short waits and a short timeout, so that kills, refusals and a stopped receiver fit in well under a minute. */
const FAST_WEBHOOKS = {
  FMP_WEBHOOK_TIMEOUT_MS: '1000',
  FMP_WEBHOOK_BACKOFF_MS: '10',
  FMP_WEBHOOK_BACKOFF_MAX_MS: '100',
  FMP_WEBHOOK_POLL_MS: '50',
};

async function api(server: ServerProcess, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<unknown>;
}

describe('webhooks through a receiver that refuses half the deliveries, stops for a while, and two SIGKILLs', () => {
  it('deliver every accepted record, each signature verifying, once per id after de-duplication, in order per device', async () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    const started: { server?: ServerProcess } = {};
    // Armed, the next delivery the receiver takes kills the server before it can hear the 200.
    let killDuringDelivery: (() => void) | undefined;
    const receiver = await startWebhookReceiver(SECRET, async () => {
      if (random.next() < 0.5) return 500;
      const killed = killDuringDelivery;
      killDuringDelivery = undefined;
      if (killed && started.server) {
        await started.server.kill('SIGKILL');
        killed();
      }
      return 200;
    });
    const server = (started.server = await startServer({ env: FAST_WEBHOOKS }));
    try {
      const url = server.url;
      const admin = await adminToken(url);
      const { id: webhookId } = WebhookView.parse(
        await api(server, admin, 'POST', '/webhooks', { url: receiver.url, secret: SECRET }),
      );
      const webhook = async () =>
        (await (api(server, admin, 'GET', '/webhooks') as Promise<{ webhooks: WebhookView[] }>)).webhooks.find(
          (w) => w.id === webhookId,
        );
      const devices = (await enrollDevices(url, 3)).map(
        (credentials) => new SimDevice(credentials, seededRandom(random.int(1, 2 ** 30))),
      );
      let stopping = false;
      const pushLoop = async (device: SimDevice) => {
        while (!stopping) {
          if (device.outbox.size < 100) device.create(device.random.int(1, 10));
          const outcome = await device.push(url, device.random.int(5, 50), { timeoutMs: 5000 });
          // A tablet waits a moment before it tries a server that did not answer.
          if (outcome.kind === 'lost') await sleep(device.random.int(5, 30));
        }
      };
      const loops = devices.map(pushLoop);

      for (let kill = 0; kill < KILLS; kill++) {
        const taken = receiver.arrivals.length;
        await vi.waitFor(() => expect(receiver.arrivals.length).toBeGreaterThan(taken + 50), { timeout: 30_000 });
        await new Promise<void>((resolve) => (killDuringDelivery = resolve));
        await server.restart();
      }
      const stoppedAt = new Date().toISOString();
      await receiver.stop();
      await vi.waitFor(
        async () => {
          const now = await webhook();
          expect(now?.lastError).toMatch(/Could not reach the receiver/);
          expect(now?.lastErrorAt && now.lastErrorAt > stoppedAt).toBe(true);
        },
        { timeout: 30_000, interval: 50 },
      );
      await receiver.start();
      stopping = true;
      await Promise.all(loops);
      for (const device of devices) await device.drain(url, { batchSize: 100, maxAttempts: 50 });
      await vi.waitFor(async () => expect(await webhook()).toMatchObject({ pending: 0, failed: 0 }), {
        timeout: 30_000,
        interval: 100,
      });

      const created = devices.flatMap((d) => [...d.created.keys()].map((id) => `${id}:1`));
      const kept = firstArrivals(receiver.arrivals);
      expect(receiver.badSignatures, `seed ${seed}`).toBe(0);
      expect(new Set(kept.map((a) => a.event.id)), `seed ${seed}`).toEqual(new Set(created));
      expect(kept, `seed ${seed}: each id once after de-duplication`).toHaveLength(created.length);
      // The killed servers never heard that the receiver had taken a batch: it came again.
      expect(receiver.arrivals.length, `seed ${seed}`).toBeGreaterThan(kept.length);
      for (const device of devices) {
        const seqs = kept.filter((a) => a.event.record.deviceId === device.credentials.deviceId);
        expect(
          seqs.map((a) => a.event.record.seq),
          `seed ${seed}`,
        ).toEqual([...device.created.values()].map((r) => r.seq));
      }
      expect(created.length).toBeGreaterThan(300);
    } finally {
      await server.stop();
      await receiver.stop();
    }
  });
});
