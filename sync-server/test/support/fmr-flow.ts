import { SEED_FMPS } from '../../../shared/test/seed-fmps.ts';
import { GRID_FIELDS } from '../../../shared/fmr.ts';
import { makePushRecord } from '../../../shared/test/fixtures.ts';
import type { PushRecord } from '../../../shared/push.ts';
import { MAX_PUSH_RECORDS } from '../../../shared/push.ts';
import { pushRecords } from './push-records.ts';
import { enrollDevice, type TestServer } from './test-server.ts';
import type { Random } from './random.ts';
import { variedFmrData } from './varied-fmr-data.ts';

/** `count` valid FMR records at `fmps` of the seed list, observed over the `days` before `until`. */
export function fmrFlow(
  random: Random,
  count: number,
  options: { until: Date; days: number; fmps: number },
): PushRecord[] {
  const fmps = SEED_FMPS.slice(0, options.fmps).map((f) => f.code);
  return Array.from({ length: count }, () => {
    const observed = new Date(options.until.getTime() - random.int(1, options.days * 86_400) * 1000).toISOString();
    const grid = Object.fromEntries(GRID_FIELDS.map((f) => [f, random.next() < 0.3 ? random.int(0, 4) : 0]));
    grid.males_18_59 = (grid.males_18_59 ?? 0) + 1;
    const data = variedFmrData(random, {
      ...grid,
      fmp: random.pick(fmps),
      observed_at: observed,
      pregnant_lactating: 0,
    });
    return makePushRecord({ data, createdAt: observed, finalizedAt: observed });
  });
}

/** Pushes records from one device per FMP, as many pushes as the batch limit needs; fails on any refusal. */
export async function pushFlow(server: TestServer, records: readonly PushRecord[]): Promise<void> {
  for (const fmp of new Set(records.map((r) => String(r.data.fmp)))) {
    const device = await enrollDevice(server, fmp);
    const mine = records.filter((r) => String(r.data.fmp) === fmp);
    for (let i = 0; i < mine.length; i += MAX_PUSH_RECORDS) {
      const results = await pushRecords(server, device, mine.slice(i, i + MAX_PUSH_RECORDS));
      const refused = results.filter((r) => r.status !== 'accepted');
      if (refused.length > 0) throw new Error(`push refused ${refused.length} records: ${JSON.stringify(refused[0])}`);
    }
  }
}
