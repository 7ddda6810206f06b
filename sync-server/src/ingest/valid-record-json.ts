import type { PushRecord } from '../../../shared/push.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';

/** Per form: its field names in sorted order, each with its JSON key written out (`"name":`). */
const sortedKeys = new WeakMap<FormDefinition, (readonly [string, string])[]>();

function keysOf(form: FormDefinition): (readonly [string, string])[] {
  let keys = sortedKeys.get(form);
  if (!keys) {
    keys = form.fields
      .map((f) => f.name)
      .sort()
      .map((name) => [name, `${JSON.stringify(name)}:`] as const);
    sortedKeys.set(form, keys);
  }
  return keys;
}

/**
 * `canonicalJson` of a record that passed its envelope and its form, and of its data, without the
 * general walk: the envelope's eight keys are fixed, every key of `data` is one of the form's
 * field names (others are rejected), and no field's value is an object. It runs for every
 * pushed record, at about a third of the cost of the walk.
 */
export function validRecordJson(record: PushRecord, form: FormDefinition): { record: string; data: string } {
  const text = JSON.stringify;
  let data = '';
  for (const [name, key] of keysOf(form)) {
    const value = record.data[name];
    if (value !== undefined) data += (data === '' ? '{' : ',') + key + text(value);
  }
  data = data === '' ? '{}' : `${data}}`;
  return {
    data,
    record:
      `{"createdAt":${text(record.createdAt)},"data":${data},"enumerator":${text(record.enumerator)},` +
      `"finalizedAt":${text(record.finalizedAt)},"form":${text(record.form)},"formVersion":${record.formVersion},` +
      `"id":${text(record.id)},"seq":${record.seq}}`,
  };
}
