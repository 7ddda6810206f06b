import type { SimDevice } from './sim-device.ts';

/** Devices pushing small batches to a server, one after another, until stopped: the load a backup is taken under. */
export function steadyPushes(url: string, devices: readonly SimDevice[]) {
  let stopping = false;
  let answered = 0;
  const pushLoop = async (device: SimDevice) => {
    while (!stopping) {
      if (device.outbox.size < 100) device.create(device.random.int(5, 20));
      const outcome = await device.push(url, device.random.int(5, 40), { timeoutMs: 10_000 });
      if (outcome.kind === 'answered') answered += 1;
    }
  };
  const loops = devices.map(pushLoop);
  return {
    /** Pushes answered so far. */
    answered: () => answered,
    stop: async () => {
      stopping = true;
      await Promise.all(loops);
    },
  };
}
