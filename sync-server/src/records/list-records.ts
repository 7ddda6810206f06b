import type { SqlRunner } from '../db/sql.ts';
import type { RecordsPage, RecordsQuery } from '../../../shared/records.ts';
import { AppError } from '../errors.ts';
import { publishedForms } from '../forms/form-catalog.ts';
import { RECORD_COLUMNS, toStoredRecord, type RecordRow } from './stored-record.ts';

const DEFAULT_LIMIT = 100;

/** A keyset cursor: the (occurred_at, id) of the last record of the page, opaque to clients. */
function encodeCursor(occurredAt: string, id: string): string {
  return Buffer.from(JSON.stringify([occurredAt, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [occurredAt, id]: unknown[] = value;
      if (typeof occurredAt === 'string' && typeof id === 'string') return [occurredAt, id];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError(400, 'invalid-cursor', 'The cursor is not one this server gave out.');
}

/** Newest first; each page continues strictly after the previous one's last record, whatever was added since. */
export async function listRecords(db: SqlRunner, query: RecordsQuery): Promise<RecordsPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
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
    nextCursor: rows.length > limit && last ? encodeCursor(last.occurred_at, last.id) : null,
  };
}
