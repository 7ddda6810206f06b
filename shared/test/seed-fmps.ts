import type { Fmp } from '../fmps.ts';

/** The FMPs migration 1 seeds (the first deployment's), for tests and benchmarks that make records at them. */
const KAMPALA = 'Africa/Kampala';

export const SEED_FMPS: readonly Fmp[] = [
  { code: 'MPONDWE', name: 'Mpondwe', district: 'Kasese', timeZone: KAMPALA },
  { code: 'BUSUNGA', name: 'Busunga', district: 'Bundibugyo', timeZone: KAMPALA },
  { code: 'ISHASHA', name: 'Ishasha', district: 'Kanungu', timeZone: KAMPALA },
  { code: 'BUTOGOTA', name: 'Butogota', district: 'Kanungu', timeZone: KAMPALA },
  { code: 'BUNAGANA', name: 'Bunagana', district: 'Kisoro', timeZone: KAMPALA },
  { code: 'BUSANZA', name: 'Busanza', district: 'Kisoro', timeZone: KAMPALA },
  { code: 'GOLI', name: 'Goli', district: 'Nebbi', timeZone: KAMPALA },
  { code: 'MADEPO', name: 'Madepo', district: 'Zombo', timeZone: KAMPALA },
  { code: 'NTOROKO', name: 'Ntoroko', district: 'Ntoroko', timeZone: KAMPALA },
];
