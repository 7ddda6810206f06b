import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { openDatabase } from '../../sync-server/src/db/database.ts';
import type { SqlValue } from '../../sync-server/src/db/sql.ts';
import type { Dataset } from './fmr-dataset.ts';
import { migratedPostgres } from './bench-postgres.ts';

/** What the dataset holds: everything else is the migrations' own (FMPs, schema version). */
const TABLES = ['devices', 'records', 'fmr_cube', 'fmr_daily', 'fmr_monthly'];

/** A CSV field for COPY: an unquoted empty field is NULL, so every text is quoted. */
const csvField = (value: SqlValue) =>
  value === null ? '' : typeof value === 'number' ? String(value) : `"${value.replace(/"/g, '""')}"`;

/** Pipes one SQLite table into `psql`'s `\copy … from pstdin` (COPY FROM STDIN), minding the pipe's backpressure. */
async function copyTable(sqliteFile: string, url: string, table: string): Promise<void> {
  const source = openDatabase(sqliteFile, { readonly: true });
  try {
    const columns = source.pragma(`table_info(${table})`) as { name: string }[];
    const names = columns.map((c) => c.name).join(', ');
    const psql = spawn(
      'psql',
      [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy ${table} (${names}) from pstdin with (format csv)`],
      {
        stdio: ['pipe', 'ignore', 'inherit'],
      },
    );
    const exited = once(psql, 'close');
    let lines = '';
    for (const row of source.prepare<[], SqlValue[]>(`SELECT ${names} FROM ${table}`).raw().iterate()) {
      lines += `${row.map(csvField).join(',')}\n`;
      if (lines.length < 1 << 20) continue;
      if (!psql.stdin.write(lines)) await once(psql.stdin, 'drain');
      lines = '';
    }
    psql.stdin.end(lines);
    const [code] = (await exited) as [number | null];
    if (code !== 0) throw new Error(`psql \\copy into ${table} failed (${code})`);
  } finally {
    source.close();
  }
}

/**
 * The dataset copied into a fresh PostgreSQL database with the server's schema, by COPY, then
 * vacuumed and analysed as after any bulk load (autovacuum would do it later, in the middle of the timings).
 */
export async function datasetOnPostgres(
  dataset: Dataset,
): Promise<{ url: string; seconds: number; drop: () => Promise<void> }> {
  const started = performance.now();
  const database = await migratedPostgres();
  try {
    for (const table of TABLES) await copyTable(dataset.dbFile, database.url, table);
    for (const table of TABLES) await database.sql.run(`VACUUM ANALYZE ${table}`);
  } catch (err) {
    await database.remove();
    throw err;
  }
  await database.sql.close();
  return { url: database.url, seconds: (performance.now() - started) / 1000, drop: database.remove };
}
