import { ETHIOPIA } from '../../../shared/test/deployments.ts';

/** An admin's call to the API v1: the answer's JSON body, or a throw when the server refused. */
export type AdminCall = (method: string, path: string, body?: unknown) => Promise<unknown>;

/** Two FMPs on Ethiopia's borders, made without a time zone: they take the deployment's. */
const ETHIOPIA_FMPS = [
  { code: 'METEMA', name: 'Metema', district: 'West Gondar' },
  { code: 'MOYALE', name: 'Moyale', district: 'Borena' },
] as const;

/** Turns a new server into a deployment in Ethiopia: the seed FMPs retired, two of its own added. */
export async function makeEthiopiaDeployment(call: AdminCall): Promise<void> {
  await call('PUT', '/deployment', ETHIOPIA);
  const { fmps } = (await call('GET', '/fmps')) as { fmps: { code: string }[] };
  for (const { code } of fmps) await call('PATCH', `/fmps/${code}`, { active: false });
  for (const fmp of ETHIOPIA_FMPS) await call('POST', '/fmps', fmp);
}
