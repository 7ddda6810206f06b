import { forDeployment } from '../../../shared/forms/for-deployment.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import type { SqlRunner } from '../db/sql.ts';
import { readDeployment } from '../deployment/deployment-store.ts';
import { formDefinitions } from './form-versions-store.ts';

/**
 * Every version of one form, retired ones included, oldest first, as this deployment shows them
 * (`{country}` filled): what exports and the OData feed name their columns and choices with.
 */
export async function shownFormVersions(db: SqlRunner, formId: string): Promise<FormDefinition[]> {
  const deployment = await readDeployment(db);
  return (await formDefinitions(db, formId)).map((form) => forDeployment(form, deployment));
}
