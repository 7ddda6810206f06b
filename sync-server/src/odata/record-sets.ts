import type { FieldDefinition, FormDefinition } from '../../../shared/forms/types.ts';
import { exportColumns, formFields, type StoredRow } from '../exports/export-columns.ts';
import { countRecords, recordPage, type RecordColumn } from '../records/record-pages.ts';
import type { EdmType, FeedComparison, FeedSet } from './feed-set.ts';

const META_TYPES: Readonly<Record<string, EdmType>> = {
  record_id: 'Edm.String',
  enumerator: 'Edm.String',
  device_id: 'Edm.String',
  form_version: 'Edm.Int32',
  received_at: 'Edm.DateTimeOffset',
  revision: 'Edm.Int32',
  review_state: 'Edm.String',
};

/** Choices are their codes, as in the CSV export; their labels are the `choices` entity set. */
function fieldType(field: FieldDefinition): EdmType {
  if (field.type === 'integer') return 'Edm.Int32';
  if (field.type === 'datetime') return 'Edm.DateTimeOffset';
  if (field.type === 'boolean') return 'Edm.Boolean';
  return 'Edm.String';
}

/** An OData identifier holds no `/`: a select-multiple's 0/1 column per choice is `field__choice`. */
const propertyName = (column: string) => column.replaceAll('/', '__');

/** One form's records, their latest revision, with the columns and values of its CSV export. */
export function recordSet(versions: readonly FormDefinition[]): FeedSet {
  const form = versions[0]?.id ?? '';
  const fields = new Map(formFields(versions).map((f) => [f.name, f]));
  const timeProperty = [...versions].sort((a, b) => b.version - a.version)[0]?.timeField ?? null;
  const columns = exportColumns(versions).map((column) => {
    const field = fields.get(column.name);
    const type = META_TYPES[column.name] ?? (field ? fieldType(field) : 'Edm.Int32');
    return { ...column, name: propertyName(column.name), type };
  });
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
