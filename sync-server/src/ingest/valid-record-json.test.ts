import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORM_DEFINITIONS } from '../../../shared/forms/registry.ts';
import type { PushRecord } from '../../../shared/push.ts';
import { canonicalJson } from './canonical-json.ts';
import { validRecordJson } from './valid-record-json.ts';
import { classifyRecord } from './classify-record.ts';
import { SimDevice } from '../../test/support/sim-device.ts';
import { seededRandom } from '../../test/support/random.ts';
import { findForm } from '../../../shared/forms/registry.ts';
import { UGANDA } from '../../../shared/test/deployments.ts';

/** The values a field can hold once its form accepted it: never an object. */
const answer = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 4 }),
);

/** Records whose data uses only the form's field names, inserted in any order, with any values a form allows. */
const recordOfSomeForm = fc.constantFrom(...FORM_DEFINITIONS).chain((form) =>
  fc.record({
    form: fc.constant(form),
    entries: fc
      .shuffledSubarray(form.fields.map((f) => f.name))
      .chain((names) => fc.tuple(...names.map((name) => answer.map((value) => [name, value] as const)))),
    envelope: fc.record({
      id: fc.uuid(),
      seq: fc.integer({ min: 1 }),
      createdAt: fc.string(),
      finalizedAt: fc.string(),
      enumerator: fc.string(),
      formVersion: fc.integer({ min: 1 }),
    }),
  }),
);

describe('validRecordJson', () => {
  it('writes exactly what canonicalJson writes, for the record and for its data', () => {
    fc.assert(
      fc.property(recordOfSomeForm, ({ form, entries, envelope }) => {
        const record: PushRecord = { ...envelope, form: form.id, data: Object.fromEntries(entries) };
        const json = validRecordJson(record, form);
        expect(json.record).toBe(canonicalJson(record));
        expect(json.data).toBe(canonicalJson(record.data));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with canonicalJson on records the server accepts, whatever order their keys came in', () => {
    const device = new SimDevice({ deviceId: 'd', token: 't', fmp: 'MPONDWE' }, seededRandom(3));
    for (const sent of device.create(200)) {
      const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(sent).reverse()))) as unknown;
      const outcome = classifyRecord(reordered, { now: new Date(), timeZone: UGANDA.timeZone }, findForm);
      if (!outcome.valid) expect.unreachable(JSON.stringify(outcome.errors));
      expect(validRecordJson(outcome.record, outcome.form).record).toBe(canonicalJson(sent));
    }
  });
});
