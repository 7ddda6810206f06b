import type { Deployment } from '../deployment.ts';

/** What migration 10 seeds: the first deployment, on Uganda's border with the DR Congo. */
export const UGANDA: Deployment = {
  country: 'UGA',
  timeZone: 'Africa/Kampala',
  neighbours: ['COD', 'SSD', 'RWA', 'BDI', 'KEN', 'TZA'],
};

/** A second country, three hours ahead of UTC like Kampala but on its own clock and names. */
export const ETHIOPIA: Deployment = {
  country: 'ETH',
  timeZone: 'Africa/Addis_Ababa',
  neighbours: ['SSD', 'KEN', 'SOM', 'DJI', 'ERI', 'SDN'],
};
