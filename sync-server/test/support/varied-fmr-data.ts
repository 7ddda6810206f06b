import type { FmrData } from '../../../shared/fmr.ts';
import { makeFmrData } from '../../../shared/test/fixtures.ts';
import type { Random } from './random.ts';

/**
 * A valid FMR group observation with its dimensions skewed like a real FMP's flow: about half
 * each way, mostly Congolese, on foot, for trade. Counts, time and FMP come from `overrides`.
 */
export function variedFmrData(random: Random, overrides: Partial<FmrData>): FmrData {
  const skewed = <T>(common: T, others: readonly T[], share: number) =>
    random.next() < share ? common : random.pick(others);
  const incoming = random.next() < 0.55;
  return makeFmrData({
    direction: incoming ? 'incoming' : 'outgoing',
    origin_country: incoming ? 'COD' : 'UGA',
    origin_admin1: incoming ? 'CD-NK' : 'UG-W',
    destination_country: incoming ? 'UGA' : skewed('COD', ['RWA', 'SSD'], 0.9),
    destination_admin1: incoming ? 'UG-W' : null,
    destination_admin2: incoming ? skewed('UG-406', ['UG-405', 'UG-408'], 0.7) : null,
    nationality: skewed('COD', ['UGA', 'RWA', 'SSD', 'BDI'], 0.8),
    transport: skewed('foot', ['bicycle', 'motorbike', 'bus', 'truck'], 0.6),
    reason: skewed('economic', ['family', 'buy_goods', 'health', 'education', 'return_home'], 0.5),
    duration: skewed('less_than_day', ['day_to_week', 'week_to_month', 'unknown'], 0.7),
    ...overrides,
  });
}
