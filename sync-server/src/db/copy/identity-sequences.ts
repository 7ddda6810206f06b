import type pg from 'pg';
import { quoted } from './table-plan.ts';

/**
 * Rows inserted with their ids leave an identity's sequence where it was: each one is moved past the
 * largest id copied, or back to 1 for an empty table, so the next row the server adds gets a new id.
 */
export async function moveIdentitySequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string }>(`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name`);
  for (const { table, column } of rows) {
    const id = quoted(column);
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(max(${id}), 1), max(${id}) IS NOT NULL) FROM ${quoted(table)}`,
      [quoted(table), column],
    );
  }
}
