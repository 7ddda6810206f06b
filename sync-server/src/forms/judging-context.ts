import type { ValidationContext } from '../../../shared/forms/validate.ts';
import type { SqlRunner } from '../db/sql.ts';
import { readDeployment } from '../deployment/deployment-store.ts';
import { fmpCodes } from '../fmps/fmps-store.ts';

/** What a record is judged with besides its form, read in the caller's transaction: the FMPs and the deployment's clock. */
export async function judgingContext(tx: SqlRunner, now: Date): Promise<ValidationContext> {
  return { now, timeZone: (await readDeployment(tx)).timeZone, fmpCodes: await fmpCodes(tx) };
}
