import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { enrollDevice, jsonRequest, login, makeTestServer, type TestServer } from '../../test/support/test-server.ts';
import { pushRecords } from '../../test/support/push-records.ts';
import { firstArrivals, startWebhookReceiver, type WebhookReceiver } from '../../test/support/webhook-receiver.ts';
import { makePushRecord } from '../../../shared/test/fixtures.ts';
import { WebhookView } from '../../../shared/webhooks.ts';
import { startWebhookDelivery, type WebhookDelivery, type WebhookSettings } from './delivery-worker.ts';
import { listWebhooks } from './webhooks-store.ts';

const SECRET = 'the receiver and the server share this';
const FAST: WebhookSettings = { timeoutMs: 2_000, backoff: { firstMs: 5, maxMs: 20 }, retryForMs: 60_000, pollMs: 20 };

let server: TestServer;
let admin: string;
let device: { deviceId: string; token: string };
const running: { worker?: WebhookDelivery; receiver?: WebhookReceiver; webhookId?: number } = {};

beforeAll(async () => {
  server = await makeTestServer();
  admin = await login(server);
  device = await enrollDevice(server);
});
afterAll(() => server.cleanup());
afterEach(async () => {
  await running.worker?.stop();
  await running.receiver?.stop();
  if (running.webhookId !== undefined)
    await server.app.request(`/api/v1/webhooks/${running.webhookId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${admin}` },
    });
  Object.assign(running, { worker: undefined, receiver: undefined, webhookId: undefined });
});

async function register(receiver: WebhookReceiver): Promise<number> {
  const res = await server.app.request(
    '/api/v1/webhooks',
    jsonRequest('POST', { url: receiver.url, secret: SECRET }, admin),
  );
  running.webhookId = WebhookView.parse(await res.json()).id;
  return running.webhookId;
}

async function view(id: number): Promise<WebhookView | undefined> {
  return (await listWebhooks(server.db)).find((w) => w.id === id);
}

const realClock = () => new Date();

describe('webhook delivery', () => {
  it('sends each pushed record once, signed, in seq order, and then a revision of it', async () => {
    const receiver = (running.receiver = await startWebhookReceiver(SECRET));
    const id = await register(receiver);
    const records = Array.from({ length: 150 }, () => makePushRecord());
    await pushRecords(server, device, records);
    expect((await view(id))?.pending).toBe(150);

    running.worker = startWebhookDelivery({ db: server.db, now: realClock, settings: FAST });
    await vi.waitFor(() => expect(receiver.arrivals).toHaveLength(150), { timeout: 10_000 });
    expect(receiver.deliveries).toBe(2);
    expect(receiver.badSignatures).toBe(0);
    expect(receiver.arrivals.map((a) => a.event.id)).toEqual(records.map((r) => `${r.id}:1`));
    expect(receiver.arrivals[0]?.event).toMatchObject({
      type: 'record.accepted',
      record: { deviceId: device.deviceId },
    });

    const first = records[0]?.id ?? '';
    const correction = await server.app.request(
      `/api/v1/records/${first}/corrections`,
      jsonRequest('POST', { changes: { notes: 'counted again' }, reason: 'recount', baseRevision: 1 }, admin),
    );
    expect(correction.status).toBe(201);
    await vi.waitFor(async () => expect((await view(id))?.delivered).toBe(151), { timeout: 10_000 });
    expect(receiver.arrivals).toHaveLength(151);
    expect(receiver.arrivals.at(-1)?.event).toMatchObject({
      id: `${first}:2`,
      type: 'record.revised',
      record: { revision: 2, data: { notes: 'counted again' }, revisionReason: 'recount' },
    });
    expect(await view(id)).toMatchObject({ pending: 0, failing: 0, failed: 0 });
  });

  it('queues nothing when the transaction that stores the event fails', async () => {
    const receiver = (running.receiver = await startWebhookReceiver(SECRET));
    const id = await register(receiver);
    const [record] = await pushAndReturn(1);
    expect((await view(id))?.pending).toBe(1);
    const refused = await server.app.request(
      `/api/v1/records/${record?.id}/corrections`,
      jsonRequest('POST', { changes: { males_18_59: -5 }, reason: 'typo', baseRevision: 1 }, admin),
    );
    expect(refused.status).toBe(400);
    expect((await view(id))?.pending).toBe(1);
  });

  it('retries a refusing receiver with the error shown, and sends the same ids once it takes them', async () => {
    let refusing = true;
    const receiver = (running.receiver = await startWebhookReceiver(SECRET, () => (refusing ? 503 : 200)));
    const id = await register(receiver);
    const records = await pushAndReturn(3);
    running.worker = startWebhookDelivery({ db: server.db, now: realClock, settings: FAST });
    await vi.waitFor(() => expect(receiver.deliveries).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    expect(await view(id)).toMatchObject({ pending: 3, failing: 3, failed: 0, lastError: 'HTTP 503: try again later' });
    refusing = false;
    await vi.waitFor(async () => expect(await view(id)).toMatchObject({ pending: 0, failing: 0, delivered: 3 }), {
      timeout: 10_000,
    });
    expect(firstArrivals(receiver.arrivals).map((a) => a.event.id)).toEqual(records.map((r) => `${r.id}:1`));
  });

  it('gives an event up once it has failed for longer than the setting, and sends later ones', async () => {
    let refusing = true;
    const receiver = (running.receiver = await startWebhookReceiver(SECRET, () => (refusing ? 500 : 200)));
    const id = await register(receiver);
    await pushAndReturn(2);
    running.worker = startWebhookDelivery({ db: server.db, now: realClock, settings: { ...FAST, retryForMs: 0 } });
    await vi.waitFor(async () => expect((await view(id))?.failed).toBe(2), { timeout: 10_000 });
    refusing = false;
    const [later] = await pushAndReturn(1);
    await vi.waitFor(async () => expect(await view(id)).toMatchObject({ pending: 0, failed: 2, delivered: 1 }), {
      timeout: 10_000,
    });
    expect(receiver.arrivals.map((a) => a.event.id)).toEqual([`${later?.id}:1`]);
  });

  it('queues nothing for a disabled webhook', async () => {
    const receiver = (running.receiver = await startWebhookReceiver(SECRET));
    const id = await register(receiver);
    await server.app.request(`/api/v1/webhooks/${id}`, jsonRequest('PATCH', { disabled: true }, admin));
    await pushAndReturn(2);
    expect((await view(id))?.pending).toBe(0);
  });

  it('lets two delivery loops on one database send each batch once, never both at the same time', async () => {
    // A receiver that takes its time leaves room for a second sender, if the lease let one in.
    const slowly = () => new Promise<number>((resolve) => setTimeout(() => resolve(200), 20));
    const receiver = (running.receiver = await startWebhookReceiver(SECRET, slowly));
    const id = await register(receiver);
    const records = await pushAndReturn(450);
    const second = startWebhookDelivery({ db: server.db, now: realClock, settings: FAST });
    running.worker = startWebhookDelivery({ db: server.db, now: realClock, settings: FAST });
    try {
      await vi.waitFor(async () => expect((await view(id))?.delivered).toBe(450), { timeout: 20_000 });
    } finally {
      await second.stop();
    }
    expect(receiver.mostAtOnce).toBe(1);
    expect(receiver.arrivals.map((a) => a.event.id)).toEqual(records.map((r) => `${r.id}:1`));
  });
});

async function pushAndReturn(count: number) {
  const records = Array.from({ length: count }, () => makePushRecord());
  for (let from = 0; from < records.length; from += 200)
    await pushRecords(server, device, records.slice(from, from + 200));
  return records;
}
