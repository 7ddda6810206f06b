import type { ValidationContext } from '../../../shared/forms/validate.ts';
import type { SqlRunner } from '../db/sql.ts';
import { readDeployment } from '../deployment/deployment-store.ts';
import { fmpCodes } from '../fmps/fmps-store.ts';
import { publishedForms, type FormCatalog } from './form-catalog.ts';

/**
 * What records are judged by besides their data, read in the caller's transaction with one read of the
 * deployment: the published versions as it shows them, the FMPs and its clock. `database` as for
 * `publishedForms`.
 */
export async function judging(
  tx: SqlRunner,
  now: Date,
  database: object = tx,
): Promise<{ forms: FormCatalog; context: ValidationContext }> {
  const deployment = await readDeployment(tx);
  return {
    forms: await publishedForms(tx, database, deployment),
    context: { now, timeZone: deployment.timeZone, fmpCodes: await fmpCodes(tx) },
  };
}
