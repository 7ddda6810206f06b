import type { FormDefinition } from '../../../shared/forms/types.ts';
import { exportColumns, type ColumnKind, type StoredRow } from '../exports/export-columns.ts';
import { countRecords, recordPage, type RecordColumn } from '../records/record-pages.ts';
import type { EdmType, FeedComparison, FeedSet } from './feed-set.ts';

/**
 * Choices are their codes, as in the CSV export; their labels are the `choices` entity set. A decimal is the
 * binary double the tablet parsed and stored, so `Edm.Double` (decision 0113); a date is `2026-12-03`.
 */
const EDM_TYPES: Readonly<Record<ColumnKind, EdmType>> = {
  text: 'Edm.String',
  integer: 'Edm.Int32',
  decimal: 'Edm.Double',
  boolean: 'Edm.Boolean',
  instant: 'Edm.DateTimeOffset',
  date: 'Edm.Date',
};

/** An OData identifier holds no `/`: a select-multiple's 0/1 column per choice is `field__choice`. */
const propertyName = (column: string) => column.replaceAll('/', '__');

/** One form's records, their latest revision, with the columns and values of its CSV export. */
export function recordSet(versions: readonly FormDefinition[]): FeedSet {
  const form = versions[0]?.id ?? '';
  const timeProperty = [...versions].sort((a, b) => b.version - a.version)[0]?.timeField ?? null;
  const columns = exportColumns(versions).map((column) => ({
    ...column,
    name: propertyName(column.name),
    type: EDM_TYPES[column.kind],
  }));
  const columnOf = (property: string): RecordColumn =>
    property === timeProperty ? 'occurred_at' : (property as RecordColumn);
  const toColumns = (comparisons: readonly FeedComparison[]) =>
    comparisons.map((c) => ({ column: columnOf(c.property), operator: c.operator, value: c.value }));
  return {
    name: form,
    form,
    key: ['record_id'],
    properties: columns.map(({ name, type }) => ({ name, type })),
    filterable: { ...(timeProperty ? { [timeProperty]: 'datetime' } : {}), fmp: 'string', review_state: 'string' },
    timeProperty,
    keyLength: 2,
    async *read(db, request) {
      for await (const chunk of recordPage(db, form, { ...request, comparisons: toColumns(request.comparisons) })) {
        yield chunk.map((stored) => {
          const row: StoredRow = { ...stored, data: JSON.parse(stored.data) as Record<string, unknown> };
          return {
            row: Object.fromEntries(columns.map((column) => [column.name, column.value(row) ?? null])),
            key: [stored.occurred_at, stored.id],
          };
        });
      }
    },
    count: (db, comparisons) => countRecords(db, form, toColumns(comparisons)),
  };
}
