import type { SqlRunner } from '../db/sql.ts';
import type { RecordsPage, RecordsQuery } from '../../../shared/records.ts';
import { AppError } from '../errors.ts';
import { publishedForms } from '../forms/form-catalog.ts';
import { decodeCursor, encodeCursor } from '../db/keyset-cursor.ts';
import { RECORD_COLUMNS, toStoredRecord, type RecordRow } from './stored-record.ts';

const DEFAULT_LIMIT = 100;

function decodeRecordCursor(cursor: string): [string, string] {
  const key = decodeCursor(cursor, 2);
  if (!key) throw new AppError(400, 'invalid-cursor', 'The cursor is not one this server gave out.');
  return [key[0] ?? '', key[1] ?? ''];
}

/** Newest first; each page continues strictly after the previous one's last record, whatever was added since. */
export async function listRecords(db: SqlRunner, query: RecordsQuery): Promise<RecordsPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const cursor = query.cursor === undefined ? undefined : decodeRecordCursor(query.cursor);
  const conditions: [string, (string | number)[]][] = [];
  const add = (sql: string, ...params: (string | number)[]) => conditions.push([sql, params]);
  if (query.form) add('form = ?', query.form);
  if (query.fmp) add('fmp = ?', query.fmp);
  if (query.from) add('occurred_at >= ?', new Date(query.from).toISOString());
  if (query.to) add('occurred_at < ?', new Date(query.to).toISOString());
  if (query.state) add('review_state = ?', query.state);
  if (query.hasWarnings) add(query.hasWarnings === 'true' ? "warnings <> '[]'" : "warnings = '[]'");
  if (cursor) add('(occurred_at, id) < (?, ?)', ...cursor);
  const where = conditions.length ? `WHERE ${conditions.map(([sql]) => sql).join(' AND ')}` : '';
  const rows = await db.all<RecordRow>(
    `SELECT ${RECORD_COLUMNS} FROM records ${where} ORDER BY occurred_at DESC, id DESC LIMIT ?`,
    [...conditions.flatMap(([, params]) => params), limit + 1],
  );
  const page = rows.slice(0, limit);
  const forms = await publishedForms(db);
  const last = page.at(-1);
  return {
    records: page.map((row) => toStoredRecord(row, forms)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.occurred_at, last.id]) : null,
  };
}
