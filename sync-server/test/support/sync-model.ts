import { expect } from 'vitest';
import type fc from 'fast-check';
import type { PushRequest } from '../../../shared/push.ts';
import type { ServerProcess } from './server-process.ts';
import type { SimDevice } from './sim-device.ts';
import { sleep } from './run-concurrently.ts';
import { readStoredState } from './stored-state.ts';

/**
 * What must be true of the server, per device: every acknowledged id is stored, and anything
 * stored was either acknowledged or sent in a push whose answer was lost ("in doubt").
 */
export interface DeviceModel {
  acknowledged: Set<string>;
  inDoubt: Set<string>;
}

export interface Model {
  devices: DeviceModel[];
}

export interface Real {
  server: ServerProcess;
  devices: SimDevice[];
  /** Every push body each device sent, whatever became of it, for replays. */
  sent: PushRequest[][];
}

type SyncCommand = fc.AsyncCommand<Model, Real>;

function device(real: Real, index: number): SimDevice {
  const found = real.devices[index];
  if (!found) throw new Error(`no device ${index}`);
  return found;
}

function deviceModel(model: Model, index: number): DeviceModel {
  const found = model.devices[index];
  if (!found) throw new Error(`no device model ${index}`);
  return found;
}

function markInDoubt(model: DeviceModel, body: PushRequest): void {
  for (const record of body.records as { id: string }[])
    if (!model.acknowledged.has(record.id)) model.inDoubt.add(record.id);
}

function acknowledge(model: DeviceModel, ids: Iterable<string | null>): void {
  for (const id of ids) {
    if (id === null) continue;
    model.acknowledged.add(id);
    model.inDoubt.delete(id);
  }
}

/** Checked after every step: acknowledged ⊆ stored ⊆ acknowledged ∪ in doubt, field for field, nothing set aside. */
export async function checkServerAgainstModel(model: Model, real: Real): Promise<void> {
  const stored = await readStoredState(
    real.server.database,
    real.devices.map((d) => d.credentials.deviceId),
  );
  expect(stored.conflicts + stored.quarantined).toBe(0);
  real.devices.forEach((sim, index) => {
    const m = deviceModel(model, index);
    const mine = [...stored.records.values()].filter((r) => r.deviceId === sim.credentials.deviceId);
    const storedIds = new Set(mine.map((r) => r.id));
    for (const id of m.acknowledged) expect(storedIds.has(id), `acknowledged ${id} is stored`).toBe(true);
    for (const record of mine) {
      expect(m.acknowledged.has(record.id) || m.inDoubt.has(record.id), `stored ${record.id} was sent`).toBe(true);
      expect(record).toEqual({ ...sim.created.get(record.id), deviceId: sim.credentials.deviceId });
    }
    expect(new Set(sim.outbox.keys())).toEqual(
      new Set([...sim.created.keys()].filter((id) => !m.acknowledged.has(id))),
    );
  });
}

abstract class Step implements SyncCommand {
  /** `size`: records to create or to push, or which earlier push to replay. */
  constructor(
    readonly deviceIndex: number,
    readonly size: number,
  ) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    await this.apply(deviceModel(model, this.deviceIndex), device(real, this.deviceIndex), real);
    await checkServerAgainstModel(model, real);
  }
  /** The oldest `size` queued records as a push body, kept in the device's history for replays. */
  protected nextBody(sim: SimDevice, real: Real): PushRequest {
    const body = sim.requestBody(sim.nextBatch(this.size));
    real.sent[this.deviceIndex]?.push(body);
    return body;
  }
  toString(): string {
    return `${this.constructor.name}(d${this.deviceIndex}, ${this.size})`;
  }
  abstract apply(model: DeviceModel, sim: SimDevice, real: Real): Promise<void>;
}

export class Create extends Step {
  async apply(_model: DeviceModel, sim: SimDevice) {
    sim.create(this.size);
  }
}

export class Push extends Step {
  async apply(model: DeviceModel, sim: SimDevice, real: Real) {
    const outcome = await sim.send(real.server.url, this.nextBody(sim, real), { gzip: true });
    if (outcome.kind !== 'answered') throw new Error(`a push to a healthy server got no answer: ${outcome.reason}`);
    for (const result of outcome.results) expect(['accepted', 'duplicate']).toContain(result.status);
    sim.applyResults(outcome.results);
    acknowledge(
      model,
      outcome.results.map((r) => r.id),
    );
  }
}

/** The server commits, the answer never reaches the device. */
export class LoseAnswer extends Step {
  async apply(model: DeviceModel, sim: SimDevice, real: Real) {
    const body = this.nextBody(sim, real);
    markInDoubt(model, body);
    await sim.send(real.server.url, body);
  }
}

/** The connection dies halfway through the request body. */
export class CutRequest extends Step {
  async apply(_model: DeviceModel, sim: SimDevice, real: Real) {
    await sim.sendCut(real.server.url, this.nextBody(sim, real));
  }
}

/** The network delivers an earlier push again (number `size`, modulo how many there were); its answer goes nowhere. */
export class Replay extends Step {
  async apply(model: DeviceModel, sim: SimDevice, real: Real) {
    const history = real.sent[this.deviceIndex] ?? [];
    const body = history[this.size % Math.max(1, history.length)];
    if (!body) return;
    markInDoubt(model, body);
    await sim.send(real.server.url, body, { gzip: true });
  }
}

/** SIGKILL `afterMs` into a push, then a restart on the same data. */
export class CrashDuringPush extends Step {
  constructor(
    deviceIndex: number,
    size: number,
    readonly afterMs: number,
  ) {
    super(deviceIndex, size);
  }
  async apply(model: DeviceModel, sim: SimDevice, real: Real) {
    const body = this.nextBody(sim, real);
    markInDoubt(model, body);
    const pending = sim.send(real.server.url, body, { timeoutMs: 5000 });
    await sleep(this.afterMs);
    await real.server.kill('SIGKILL');
    const outcome = await pending;
    if (outcome.kind === 'answered') {
      sim.applyResults(outcome.results);
      acknowledge(
        model,
        outcome.results.map((r) => r.id),
      );
    }
    await real.server.restart();
  }
  override toString() {
    return `${super.toString()} killed after ${this.afterMs} ms`;
  }
}
