import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom, testSeed } from './support/random.ts';
import { runConcurrently } from './support/run-concurrently.ts';
import { createdByDevices, expectEveryRecordOnce } from './support/every-record-once.ts';
import type { PushRequest } from '../../shared/push.ts';

const RECORDS_PER_DEVICE = 300;

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('pushes replayed 1 to 5 times in random order, by three devices', () => {
  it('store exactly the distinct records sent, field for field, each accepted once', async () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    const devices = (await enrollDevices(server.url, 3)).map((credentials) => new SimDevice(credentials, random));

    const deliveries: { device: SimDevice; body: PushRequest; gzip: boolean }[] = [];
    for (const device of devices) {
      const records = device.create(RECORDS_PER_DEVICE);
      while (records.length > 0) {
        const body = device.requestBody(records.splice(0, random.int(1, 60)));
        const copies = random.int(1, 5);
        for (let i = 0; i < copies; i++) deliveries.push({ device, body, gzip: random.next() < 0.5 });
      }
    }
    const outcomes = await runConcurrently(random.shuffle(deliveries), 4, ({ device, body, gzip }) =>
      device.send(server.url, body, { gzip }),
    );

    const accepted = new Map<string, number>();
    for (const outcome of outcomes) {
      if (outcome.kind !== 'answered') throw new Error(`seed ${seed}: a push got no answer: ${outcome.reason}`);
      for (const { id, status } of outcome.results) {
        expect(['accepted', 'duplicate'], `seed ${seed}`).toContain(status);
        if (status === 'accepted' && id) accepted.set(id, (accepted.get(id) ?? 0) + 1);
      }
    }
    const sent = createdByDevices(devices);
    expect(sent.size).toBe(3 * RECORDS_PER_DEVICE);
    expect(
      [...accepted.values()].every((n) => n === 1) && accepted.size === sent.size,
      `seed ${seed}: each id accepted once`,
    ).toBe(true);

    await expectEveryRecordOnce(server.database, devices, `seed ${seed}`);
  });
});
