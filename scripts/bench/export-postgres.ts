import { startServer } from '../../sync-server/test/support/server-process.ts';
import { PostgresSql } from '../../sync-server/src/db/postgres-sql.ts';
import { benchAggregatesQuery } from './aggregates-latency.ts';
import type { Dataset } from './fmr-dataset.ts';
import { datasetOnPostgres } from './postgres-dataset.ts';
import { exportColumnsSql, measureServer, timeCli, type ServerExport, type Timed } from './export-csv.ts';

export interface PostgresExportResult extends ServerExport {
  records: number;
  /** Copying the dataset into PostgreSQL, vacuum and analyse included. */
  loadSeconds: number;
  psql: Timed;
  /** The aggregates' main query without the server: from the bench process on a connection of its own. */
  aggregatesQuery: { p50Ms: number; p95Ms: number };
}

/**
 * The fastest of the plain ways tried: each row's JSON parsed once into `jsonb` (`OFFSET 0` keeps the
 * planner from parsing it again for every column); `(data::json)->>'…'` per column took 6 times as long.
 */
const PSQL_QUERY = `SELECT ${exportColumnsSql((field) => `d->>'${field}'`)}
  FROM records CROSS JOIN LATERAL (SELECT data::jsonb AS d OFFSET 0) parsed
  WHERE form = 'fmr' ORDER BY occurred_at, id`;

/** The same dataset on PostgreSQL: the API's export against `psql`'s `\copy … to stdout csv`, memory, aggregates. */
export async function benchExportPostgres(dataset: Dataset): Promise<PostgresExportResult> {
  const database = await datasetOnPostgres(dataset);
  try {
    const server = await startServer({ database: { engine: 'postgres', url: database.url } });
    try {
      const measured = await measureServer(server);
      const sql = new PostgresSql(database.url, { poolSize: 1 });
      const aggregatesQuery = await benchAggregatesQuery(sql).finally(() => sql.close());
      const psql = await timeCli('psql', [
        database.url,
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `\\copy (${PSQL_QUERY}) to stdout with (format csv, header)`,
      ]);
      return { records: dataset.records, loadSeconds: database.seconds, ...measured, psql, aggregatesQuery };
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }
}
