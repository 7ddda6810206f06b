import type { Db } from '../db/database.ts';
import type { PushRecord, PushRequest, PushResult, RecordError } from '../../../shared/push.ts';
import { classifyRecord } from './classify-record.ts';
import { findForm } from '../../../shared/forms/registry.ts';
import { canonicalJson, contentHash } from './canonical-json.ts';
import { receivedSeq } from '../seq/received-seq.ts';
import { addReceivedSeqs } from '../seq/seq-ranges.ts';
import { cubeWriter } from '../aggregates/fmr-cube.ts';

interface Batch {
  deviceId: string;
  deviceFmp: string;
  records: readonly unknown[];
  outbox: PushRequest['outbox'];
  client: PushRequest['client'];
  receivedAt: string;
}

/** When the record says it happened, in UTC: the form's own time field, else when it was finalised. */
function occurredAt(record: PushRecord): string {
  const found = findForm(record.form, record.formVersion);
  const value = found.ok ? record.data[found.form.timeField] : undefined;
  return new Date(typeof value === 'string' ? value : record.finalizedAt).toISOString();
}

/**
 * Stores one push in one transaction: each record is accepted, recognised as a duplicate,
 * set aside as a conflict or quarantined as rejected; none of them can fail the others.
 * Every seq the batch carries is marked received, whatever its record's status (decision 0010).
 */
export function ingestBatch(db: Db, batch: Batch): PushResult[] {
  const findById = db.prepare<[string], { content_hash: string }>('SELECT content_hash FROM records WHERE id = ?');
  const findBySeq = db.prepare<[string, number], { id: string }>('SELECT id FROM records WHERE device_id = ? AND seq = ?');
  const insertRecord = db.prepare(
    `INSERT INTO records (id, device_id, seq, fmp, form, form_version, created_at, finalized_at, enumerator, data,
                          warnings, content_hash, occurred_at, received_at)
     VALUES (@id, @deviceId, @seq, @fmp, @form, @formVersion, @createdAt, @finalizedAt, @enumerator, @data,
             @warnings, @hash, @occurredAt, @receivedAt)`,
  );
  const insertConflict = db.prepare(
    `INSERT OR IGNORE INTO record_conflicts (record_id, device_id, body, content_hash, received_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertQuarantine = db.prepare(
    `INSERT OR IGNORE INTO record_quarantine (record_id, device_id, body, body_hash, errors, received_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const updateDevice = db.prepare(
    `UPDATE devices SET last_seen_at = ?, outbox_pending = ?, oldest_pending_at = ?, app_version = ?, storage_persisted = ?
     WHERE id = ?`,
  );

  const quarantine = (raw: unknown, id: string | null, errors: RecordError[]): PushResult => {
    const body = canonicalJson(raw);
    insertQuarantine.run(id, batch.deviceId, body, contentHash(raw), JSON.stringify(errors), batch.receivedAt);
    return { id, status: 'rejected', errors };
  };

  const addToCube = cubeWriter(db);
  const context = {
    now: new Date(batch.receivedAt),
    fmpCodes: new Set(db.prepare<[], string>('SELECT code FROM fmps').pluck().all()),
  };

  const store = (record: PushRecord, raw: unknown, warnings: RecordError[]): PushResult => {
    const hash = contentHash(record);
    const existing = findById.get(record.id);
    if (existing) {
      if (existing.content_hash === hash) return { id: record.id, status: 'duplicate' };
      insertConflict.run(record.id, batch.deviceId, canonicalJson(record), hash, batch.receivedAt);
      return { id: record.id, status: 'conflict' };
    }
    const holder = findBySeq.get(batch.deviceId, record.seq);
    if (holder) {
      const message = `Sequence number ${record.seq} of this device already belongs to record ${holder.id}.`;
      return quarantine(raw, record.id, [{ code: 'seq-reused', path: 'seq', message }]);
    }
    const stored = {
      fmp: typeof record.data.fmp === 'string' ? record.data.fmp : batch.deviceFmp,
      data: JSON.stringify(record.data),
    };
    insertRecord.run({
      ...record,
      ...stored,
      deviceId: batch.deviceId,
      occurredAt: occurredAt(record),
      warnings: JSON.stringify(warnings),
      hash,
      receivedAt: batch.receivedAt,
    });
    if (record.form === 'fmr') addToCube(stored, 1);
    return { id: record.id, status: 'accepted' };
  };

  return db.transaction(() => {
    const results = batch.records.map((raw) => {
      const classified = classifyRecord(raw, context);
      return classified.valid
        ? store(classified.record, raw, classified.warnings)
        : quarantine(raw, classified.id, classified.errors);
    });
    addReceivedSeqs(db, batch.deviceId, batch.records.map(receivedSeq).filter((seq) => seq !== null));
    updateDevice.run(
      batch.receivedAt,
      batch.outbox.pending,
      batch.outbox.oldestPendingAt,
      batch.client.appVersion,
      batch.client.storagePersisted ? 1 : 0,
      batch.deviceId,
    );
    return results;
  }).immediate();
}
