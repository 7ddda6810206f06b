import type { Db } from '../db/database.ts';
import type { PushRecord, PushRequest, PushResult, RecordError } from '../../../shared/push.ts';
import type { FormDefinition } from '../../../shared/forms/types.ts';
import { classifyRecord } from './classify-record.ts';
import { sha256Hex } from './canonical-json.ts';
import { quarantineBody } from './quarantine-body.ts';
import { deviceFmpCheck } from './device-fmp.ts';
import { validRecordJson } from './valid-record-json.ts';
import { receivedSeq } from '../seq/received-seq.ts';
import { addReceivedSeqs } from '../seq/seq-ranges.ts';
import { recordWriter } from '../records/record-writer.ts';
import { fmpCodes } from '../fmps/fmps-store.ts';
import { saveDeviceReport } from '../devices/save-device-report.ts';

interface Batch {
  deviceId: string;
  deviceFmp: string;
  records: readonly unknown[];
  outbox: PushRequest['outbox'];
  client: PushRequest['client'];
  receivedAt: string;
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
export function ingestBatch(db: Db, batch: Batch): PushResult[] {
  const findById = db.prepare<[string], string>('SELECT content_hash FROM records WHERE id = ?').pluck();
  const findBySeq = db.prepare<[string, number], string>('SELECT id FROM records WHERE device_id = ? AND seq = ?').pluck();
  const insertConflict = db.prepare(
    `INSERT OR IGNORE INTO record_conflicts (record_id, device_id, body, content_hash, received_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertQuarantine = db.prepare(
    `INSERT OR IGNORE INTO record_quarantine (record_id, device_id, body, body_hash, body_bytes, body_truncated, errors, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const { deviceId, receivedAt } = batch;

  const quarantine = (raw: unknown, id: string | null, errors: RecordError[]): PushResult => {
    const body = quarantineBody(raw);
    insertQuarantine.run(id, deviceId, body.text, body.hash, body.bytes, body.truncated ? 1 : 0, JSON.stringify(errors), receivedAt);
    return { id, status: 'rejected', errors };
  };

  return db.transaction(() => {
    const context = {
      now: new Date(receivedAt),
      fmpCodes: fmpCodes(db),
    };
    const records = recordWriter(db);
    const fmpError = deviceFmpCheck(db, { deviceId, fmp: batch.deviceFmp });

    const results = batch.records.map((raw): PushResult => {
      const outcome = classifyRecord(raw, context);
      if (!outcome.valid) return quarantine(raw, outcome.id, outcome.errors);
      const { record, form, warnings } = outcome;
      const wrongFmp = fmpError(record, form);
      if (wrongFmp) return quarantine(raw, record.id, [wrongFmp]);
      const json = validRecordJson(record, form);
      const hash = sha256Hex(json.record);
      const fmp = typeof record.data.fmp === 'string' ? record.data.fmp : batch.deviceFmp;
      // The insert's own unique checks (id; device and seq) find what is stored already: no lookup
      // is paid for the records that are new, nearly all of them.
      // Fields named one by one: a spread of `record` here cost about 20 µs of CPU a record.
      const inserted = records.insert({
        id: record.id, deviceId, seq: record.seq, fmp, form: record.form, formVersion: record.formVersion,
        createdAt: record.createdAt, finalizedAt: record.finalizedAt, enumerator: record.enumerator, data: record.data,
        dataJson: json.data, warningsJson: JSON.stringify(warnings), contentHash: hash, occurredAt: occurredAt(record, form), receivedAt,
      });
      if (inserted) return { id: record.id, status: 'accepted' };
      const existing = findById.get(record.id);
      if (existing === hash) return { id: record.id, status: 'duplicate' };
      if (existing !== undefined) {
        insertConflict.run(record.id, deviceId, json.record, hash, receivedAt);
        return { id: record.id, status: 'conflict' };
      }
      const message = `Sequence number ${record.seq} of this device already belongs to record ${findBySeq.get(deviceId, record.seq)}.`;
      return quarantine(raw, record.id, [{ code: 'seq-reused', path: 'seq', message }]);
    });

    records.flush();
    addReceivedSeqs(db, deviceId, batch.records.map(receivedSeq).filter((seq) => seq !== null));
    saveDeviceReport(db, deviceId, receivedAt, batch);
    return results;
  }).immediate();
}
