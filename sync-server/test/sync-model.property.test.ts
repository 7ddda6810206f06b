import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { adminToken, enrollDevices } from './support/process-api.ts';
import { SimDevice } from './support/sim-device.ts';
import { seededRandom } from './support/random.ts';
import { readStoredState } from './support/stored-state.ts';
import {
  checkServerAgainstModel,
  Create,
  CrashDuringPush,
  CutRequest,
  LoseAnswer,
  Push,
  Replay,
  type Model,
  type Real,
} from './support/sync-model.ts';

const DEVICES = 2;

let server: ServerProcess;
let admin: string;
beforeAll(async () => {
  server = await startServer();
  admin = await adminToken(server.url);
});
afterAll(async () => {
  await server?.stop();
});

const deviceIndex = fc.nat({ max: DEVICES - 1 });
const batchSize = fc.integer({ min: 1, max: 15 });
// Cheap steps appear twice so that crashes, which restart the process, stay a small share.
const steps = [
  fc.tuple(deviceIndex, fc.integer({ min: 1, max: 10 })).map(([d, n]) => new Create(d, n)),
  fc.tuple(deviceIndex, fc.integer({ min: 1, max: 10 })).map(([d, n]) => new Create(d, n)),
  fc.tuple(deviceIndex, batchSize).map(([d, n]) => new Push(d, n)),
  fc.tuple(deviceIndex, batchSize).map(([d, n]) => new Push(d, n)),
  fc.tuple(deviceIndex, batchSize).map(([d, n]) => new LoseAnswer(d, n)),
  fc.tuple(deviceIndex, batchSize).map(([d, n]) => new CutRequest(d, n)),
  fc.tuple(deviceIndex, fc.nat()).map(([d, k]) => new Replay(d, k)),
  fc.tuple(deviceIndex, batchSize, fc.integer({ min: 0, max: 30 })).map(([d, n, ms]) => new CrashDuringPush(d, n, ms)),
];

describe('a model of device outboxes and the server under create, push, replay, lost answers, cuts and crashes', () => {
  it('keeps acknowledged ⊆ stored ⊆ acknowledged ∪ in doubt after every step, and stored = created once drained', async () => {
    const seed = Number(process.env.FMP_TEST_SEED) || undefined;
    await fc.assert(
      fc.asyncProperty(
        fc.commands(steps, { size: 'medium', maxCommands: 40 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        async (commands, dataSeed) => {
          const credentials = await enrollDevices(server.url, DEVICES, { admin });
          const real: Real = {
            server,
            devices: credentials.map((c, i) => new SimDevice(c, seededRandom(dataSeed + i))),
            sent: credentials.map(() => []),
          };
          const model: Model = { devices: credentials.map(() => ({ acknowledged: new Set(), inDoubt: new Set() })) };
          await fc.asyncModelRun(() => ({ model, real }), commands);

          for (const device of real.devices) await device.drain(server.url, { batchSize: 50, maxAttempts: 20 });
          real.devices.forEach((device, i) => {
            for (const id of device.acknowledged.keys()) model.devices[i]?.acknowledged.add(id);
          });
          await checkServerAgainstModel(model, real);
          const stored = await readStoredState(
            server.database,
            credentials.map((c) => c.deviceId),
          );
          const created = real.devices.flatMap((d) => [...d.created.keys()]);
          expect(new Set(stored.records.keys())).toEqual(new Set(created));
        },
      ),
      { numRuns: 15, endOnFailure: true, ...(seed ? { seed } : {}) },
    );
  });
});
