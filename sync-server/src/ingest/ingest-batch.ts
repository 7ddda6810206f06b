import type { Sql, SqlRunner } from '../db/sql.ts';
import type { PushRecord, PushRequest, PushResult, RecordError } from '../../../shared/push.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { classifyRecord } from './classify-record.ts';
import { sha256Hex } from './canonical-json.ts';
import { quarantineBody } from './quarantine-body.ts';
import { deviceFmpCheck } from './device-fmp.ts';
import { validRecordJson } from './valid-record-json.ts';
import { receivedSeq } from '../seq/received-seq.ts';
import { addReceivedSeqs } from '../seq/seq-ranges.ts';
import { recordWriter, type NewRecord } from '../records/record-writer.ts';
import { fmpTimeZones } from '../fmps/fmps-store.ts';
import { judging } from '../forms/judging-context.ts';
import { findDevice } from '../devices/devices-store.ts';
import { saveDeviceReport } from '../devices/save-device-report.ts';

interface Batch {
  deviceId: string;
  deviceFmp: string;
  records: readonly unknown[];
  outbox: PushRequest['outbox'];
  client: PushRequest['client'];
  receivedAt: string;
}

/** A valid record on its way in, with where it sits in the push and its canonical JSON (kept for a conflict). */
interface Candidate {
  index: number;
  raw: unknown;
  row: NewRecord;
  json: string;
}

/** When the record says it happened, in UTC: the form's own time field, else when it was finalised. */
function occurredAt(record: PushRecord, form: FormDefinition): string {
  const value = record.data[form.timeField];
  return new Date(typeof value === 'string' ? value : record.finalizedAt).toISOString();
}

/**
 * Stores one push in one transaction: each record is accepted, recognised as a duplicate,
 * set aside as a conflict or quarantined as rejected; none of them can fail the others.
 * Every seq the batch carries is marked received, whatever its record's status (decision 0010).
 */
export function ingestBatch(db: Sql, batch: Batch): Promise<PushResult[]> {
  const { deviceId, receivedAt } = batch;

  const quarantine = async (
    tx: SqlRunner,
    raw: unknown,
    id: string | null,
    errors: RecordError[],
  ): Promise<PushResult> => {
    const body = quarantineBody(raw);
    await tx.run(
      `INSERT INTO record_quarantine (record_id, device_id, body, body_hash, body_bytes, body_truncated, errors, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [id, deviceId, body.text, body.hash, body.bytes, body.truncated ? 1 : 0, JSON.stringify(errors), receivedAt],
    );
    return { id, status: 'rejected', errors };
  };

  return db.transaction(async (tx) => {
    // First: on PostgreSQL it holds the device, so that its pushes to several server processes are
    // stored one after the other, and what follows is read after any FMP change committed before.
    await findDevice(tx, deviceId);
    const { forms, context } = await judging(tx, new Date(receivedAt), db);
    const records = recordWriter(tx, await fmpTimeZones(tx), forms);
    const fmpError = await deviceFmpCheck(tx, { deviceId, fmp: batch.deviceFmp });

    const results: (PushResult | undefined)[] = [];
    const candidates: Candidate[] = [];
    for (const [index, raw] of batch.records.entries()) {
      const outcome = classifyRecord(raw, context, forms);
      if (!outcome.valid) {
        results[index] = await quarantine(tx, raw, outcome.id, outcome.errors);
        continue;
      }
      const { record, form, warnings } = outcome;
      const wrongFmp = fmpError(record, form);
      if (wrongFmp) {
        results[index] = await quarantine(tx, raw, record.id, [wrongFmp]);
        continue;
      }
      const json = validRecordJson(record, form);
      const fmp = typeof record.data.fmp === 'string' ? record.data.fmp : batch.deviceFmp;
      // Fields named one by one: a spread of `record` here cost about 20 µs of CPU a record.
      const row: NewRecord = {
        id: record.id,
        deviceId,
        seq: record.seq,
        fmp,
        form: record.form,
        formVersion: record.formVersion,
        createdAt: record.createdAt,
        finalizedAt: record.finalizedAt,
        enumerator: record.enumerator,
        data: record.data,
        dataJson: json.data,
        warningsJson: JSON.stringify(warnings),
        contentHash: sha256Hex(json.record),
        occurredAt: occurredAt(record, form),
        receivedAt,
      };
      candidates.push({ index, raw, row, json: json.record });
    }

    // The inserts' own unique checks (id; device and seq) find what is stored already: no lookup is
    // paid for the records that are new, nearly all of them.
    const inserted = await records.insertAll(candidates.map((c) => c.row));
    for (const [k, candidate] of candidates.entries()) {
      results[candidate.index] = inserted[k]
        ? { id: candidate.row.id, status: 'accepted' }
        : await notInserted(candidate);
    }
    await records.flush();
    await addReceivedSeqs(
      tx,
      deviceId,
      batch.records.map(receivedSeq).filter((seq) => seq !== null),
    );
    await saveDeviceReport(tx, deviceId, receivedAt, batch);
    return results.map((result) => {
      if (!result) throw new Error('a pushed record was left without a result');
      return result;
    });

    /** A duplicate, a conflict kept aside, or a seq this device already used for another record. */
    async function notInserted({ raw, row, json }: Candidate): Promise<PushResult> {
      const existing = await tx.get<{ content_hash: string }>('SELECT content_hash FROM records WHERE id = ?', [
        row.id,
      ]);
      if (existing?.content_hash === row.contentHash) return { id: row.id, status: 'duplicate' };
      if (existing !== undefined) {
        await tx.run(
          `INSERT INTO record_conflicts (record_id, device_id, body, content_hash, received_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING`,
          [row.id, deviceId, json, row.contentHash, receivedAt],
        );
        return { id: row.id, status: 'conflict' };
      }
      const owner = await tx.get<{ id: string }>('SELECT id FROM records WHERE device_id = ? AND seq = ?', [
        deviceId,
        row.seq,
      ]);
      const message = `Sequence number ${row.seq} of this device already belongs to record ${owner?.id}.`;
      return quarantine(tx, raw, row.id, [{ code: 'seq-reused', path: 'seq', message }]);
    }
  });
}
