import { z } from 'zod';
import { RECORD_STATES, NEXT_SEQ_KEY, type FmpDatabase, type LocalRecord } from './database.ts';

const DATA_FILE_FORMAT = 'fmp-collect-unsent';
const DATA_FILE_VERSION = 1;

const StoredRecord = z.looseObject({
  id: z.uuid(),
  seq: z.int().positive().nullable(),
  form: z.string().min(1),
  formVersion: z.int().positive(),
  createdAt: z.string(),
  finalizedAt: z.string().nullable(),
  enumerator: z.string(),
  data: z.record(z.string(), z.unknown()),
  state: z.enum(RECORD_STATES),
});

const Payload = z.object({
  format: z.literal(DATA_FILE_FORMAT),
  version: z.literal(DATA_FILE_VERSION),
  exportedAt: z.string(),
  deviceId: z.string().nullable(),
  records: z.array(StoredRecord),
});

export type LoadProblem = 'not-json' | 'wrong-format' | 'checksum-mismatch';
export type LoadResult = { ok: true; added: number; skipped: number } | { ok: false; problem: LoadProblem };

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Everything the server does not hold yet: drafts, records waiting, and rejected or conflicting ones. */
export async function saveUnsentFile(db: FmpDatabase, deviceId: string | null, now = new Date()): Promise<string> {
  const records = await db.records.where('state').noneOf(['sent']).toArray();
  const payload = {
    format: DATA_FILE_FORMAT,
    version: DATA_FILE_VERSION,
    exportedAt: now.toISOString(),
    deviceId,
    records,
  } satisfies Omit<z.infer<typeof Payload>, 'records'> & { records: LocalRecord[] };
  const body = JSON.stringify(payload);
  return JSON.stringify({ checksum: await sha256(body), payload: JSON.parse(body) as unknown }, null, 1);
}

/**
 * Loads a saved file back: the checksum must match, records already on the tablet (same id) are
 * skipped, and records that were waiting go back in the outbox, keeping their seq unless this
 * tablet already used it. All in one transaction: a bad file changes nothing.
 */
export async function loadUnsentFile(db: FmpDatabase, text: string): Promise<LoadResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const envelope = z.object({ checksum: z.string(), payload: z.unknown() }).safeParse(parsed);
  if (!envelope.success) return { ok: false, problem: 'wrong-format' };
  if ((await sha256(JSON.stringify(envelope.data.payload))) !== envelope.data.checksum)
    return { ok: false, problem: 'checksum-mismatch' };
  const payload = Payload.safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, problem: 'wrong-format' };

  return db.transaction('rw', db.records, db.outbox, db.meta, async (): Promise<LoadResult> => {
    let added = 0;
    let skipped = 0;
    let nextSeq = (await db.meta.get(NEXT_SEQ_KEY))?.value ?? 1;
    for (const incoming of payload.data.records) {
      if (await db.records.get(incoming.id)) {
        skipped += 1;
        continue;
      }
      const record: LocalRecord = { ...incoming };
      if (record.state === 'waiting' && record.seq !== null) {
        const taken = (await db.outbox.where('seq').equals(record.seq).count()) > 0 || record.seq < nextSeq;
        const seq = taken ? nextSeq : record.seq;
        nextSeq = Math.max(nextSeq, seq + 1);
        record.seq = seq;
        await db.outbox.add({ id: record.id, seq, queuedAt: record.finalizedAt ?? record.createdAt });
      }
      await db.records.add(record);
      added += 1;
    }
    await db.meta.put({ key: NEXT_SEQ_KEY, value: nextSeq });
    return { ok: true, added, skipped };
  });
}
