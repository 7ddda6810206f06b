import type { SqlRunner } from '../db/sql.ts';
import type { Deployment } from '../../../shared/deployment.ts';

interface Row {
  country: string;
  time_zone: string;
  neighbours: string;
}

/** The one row migration 10 seeds: every database has it. */
export async function readDeployment(db: SqlRunner): Promise<Deployment> {
  const row = await db.get<Row>('SELECT country, time_zone, neighbours FROM deployment WHERE id = 1');
  if (!row) throw new Error('the deployment row is missing');
  return { country: row.country, timeZone: row.time_zone, neighbours: row.neighbours ? row.neighbours.split(',') : [] };
}

export async function writeDeployment(db: SqlRunner, deployment: Deployment): Promise<void> {
  await db.run('UPDATE deployment SET country = ?, time_zone = ?, neighbours = ? WHERE id = 1', [
    deployment.country,
    deployment.timeZone,
    deployment.neighbours.join(','),
  ]);
}
