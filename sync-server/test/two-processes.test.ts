import { describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom, testSeed } from './support/random.ts';
import { sleep } from './support/run-concurrently.ts';
import { integrityCheck, readStoredState } from './support/stored-state.ts';
import { createdByDevices, expectEveryRecordOnce } from './support/every-record-once.ts';
import { storedAndRecountedAggregates } from './support/aggregate-recount.ts';
import type { PushResult } from '../../shared/push.ts';

const KILLS = 15;

/** Two server processes on one database: the second shares the first's PostgreSQL database. */
async function twoProcesses(): Promise<[ServerProcess, ServerProcess]> {
  const first = await startServer();
  const second = await startServer({ database: first.database });
  return [first, second];
}

/** One enrolled tablet, as the sync protocol sees it. */
async function oneDevice(server: ServerProcess): Promise<SimDevice> {
  const [credentials] = await enrollDevices(server.url, 1);
  if (!credentials) throw new Error('enrollment failed');
  return new SimDevice(credentials, seededRandom(testSeed()));
}

async function stopBoth([first, second]: [ServerProcess, ServerProcess]): Promise<void> {
  await second.stop();
  await first.stop();
}

describe('two server processes on one PostgreSQL', () => {
  it(`store every record once, lose none, keep the aggregates equal to a recount, with one of them SIGKILLed ${KILLS} times`, async () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    const servers = await twoProcesses();
    const [steady, killed] = servers;
    try {
      const devices = (await enrollDevices(steady.url, 3)).map(
        (credentials) => new SimDevice(credentials, seededRandom(random.int(1, 2 ** 30))),
      );
      let stopping = false;
      let inFlightOnKilled = 0;
      let killsDuringPushes = 0;
      // Each device pushes to both processes in turn, as a load balancer would send it.
      const pushLoop = async (device: SimDevice) => {
        for (let round = 0; !stopping && round < 10_000; round++) {
          if (device.outbox.size < 300) device.create(device.random.int(1, 25));
          const target = round % 2 === 0 ? steady : killed;
          if (target === killed) inFlightOnKilled += 1;
          const outcome = await device.push(target.url, device.random.int(10, 150), { gzip: true, timeoutMs: 5000 });
          if (target === killed) inFlightOnKilled -= 1;
          if (outcome.kind === 'lost') await sleep(device.random.int(5, 30));
        }
      };
      const loops = devices.map(pushLoop);
      for (let kill = 0; kill < KILLS; kill++) {
        await sleep(random.int(50, 300));
        if (inFlightOnKilled > 0) killsDuringPushes += 1;
        await killed.kill('SIGKILL');
        await killed.restart();
      }
      stopping = true;
      await Promise.all(loops);
      for (const device of devices) await device.drain(killed.url, { batchSize: 200, maxAttempts: 50 });

      expect(killsDuringPushes, `seed ${seed}`).toBeGreaterThanOrEqual(KILLS * 0.6);
      expect(await integrityCheck(steady.database)).toBe('ok');
      expect(createdByDevices(devices).size).toBeGreaterThan(500);
      await expectEveryRecordOnce(steady.database, devices, `seed ${seed}`);
      const { stored: aggregates, recounted } = await storedAndRecountedAggregates(steady.database);
      expect(aggregates.fmr_daily.length).toBeGreaterThan(0);
      expect(aggregates, `seed ${seed}: aggregates equal a recount`).toEqual(recounted);
    } finally {
      await stopBoth(servers);
    }
  });

  it('answer one accepted and one duplicate when the same record reaches both at the same moment, 200 times', async () => {
    const servers = await twoProcesses();
    try {
      const device = await oneDevice(servers[0]);
      const { credentials } = device;
      const statuses: string[] = [];
      for (let i = 0; i < 200; i++) {
        const body = device.requestBody(device.create(1));
        const answers = await Promise.all(servers.map((server) => device.send(server.url, body)));
        statuses.push(
          answers
            .map((a) => (a.kind === 'answered' ? a.results[0]?.status : a.reason))
            .sort()
            .join('+'),
        );
      }
      expect(new Set(statuses)).toEqual(new Set(['accepted+duplicate']));
      const stored = await readStoredState(servers[0].database, [credentials.deviceId]);
      expect(stored.records.size).toBe(200);
    } finally {
      await stopBoth(servers);
    }
  });

  it('keep a same-id record with other content aside as a conflict, never overwriting, whichever process is first', async () => {
    const servers = await twoProcesses();
    try {
      const device = await oneDevice(servers[0]);
      const { credentials } = device;
      const outcomes: string[] = [];
      for (let i = 0; i < 50; i++) {
        const [record] = device.create(1);
        if (!record) throw new Error('no record');
        const other = { ...record, data: { ...record.data, notes: `changed ${i}` } };
        const bodies = [device.requestBody([record]), device.requestBody([other])] as const;
        const answers = await Promise.all([
          device.send(servers[0].url, bodies[0]),
          device.send(servers[1].url, bodies[1]),
        ]);
        const results = answers.map((a): PushResult | undefined => (a.kind === 'answered' ? a.results[0] : undefined));
        outcomes.push(
          results
            .map((r) => r?.status)
            .sort()
            .join('+'),
        );
        const stored = await readStoredState(servers[0].database, [credentials.deviceId]);
        const winner = results[0]?.status === 'accepted' ? record : other;
        expect(stored.records.get(record.id)?.data).toEqual(winner.data);
      }
      expect(new Set(outcomes)).toEqual(new Set(['accepted+conflict']));
      expect((await readStoredState(servers[0].database, [credentials.deviceId])).conflicts).toBe(50);
    } finally {
      await stopBoth(servers);
    }
  });
});
