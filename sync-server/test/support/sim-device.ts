import { gzipSync } from 'node:zlib';
import { request } from 'node:http';
import {
  PushResponse,
  type PushRecord,
  type PushRequest,
  type PushResult,
  type RecordStatus,
} from '../../../shared/push.ts';
import { variedFmrData } from './varied-fmr-data.ts';
import type { Random } from './random.ts';

export interface DeviceCredentials {
  deviceId: string;
  token: string;
  fmp: string;
}

export type PushOutcome =
  | { kind: 'answered'; results: PushResult[] }
  /** No usable answer: the server may or may not have stored the batch. */
  | { kind: 'lost'; reason: string };

export interface SendOptions {
  gzip?: boolean;
  timeoutMs?: number;
}

const ENUMERATORS = ['Amina', 'Okello', 'Nyiramana', 'Kambale', 'Zawadi'];
const NOTE_WORDS = [
  'famille',
  'watoto',
  'market day',
  '"3" sacs',
  'déplacés',
  'boda-boda',
  '=SUM(A1)',
  'rain;late',
  '',
];

function isoWithOffset(ms: number): string {
  return new Date(ms + 3 * 3600_000).toISOString().replace('Z', '+03:00');
}

/**
 * A tablet as the sync protocol sees it: an outbox of finalised records numbered 1, 2, 3...,
 * that it empties only of the ids a server answer names (decision 0002).
 */
export class SimDevice {
  readonly outbox = new Map<string, PushRecord>();
  readonly created = new Map<string, PushRecord>();
  /** Every id a server answer named, with the status it gave first. */
  readonly acknowledged = new Map<string, RecordStatus>();
  readonly statusCounts: Record<RecordStatus, number> = { accepted: 0, duplicate: 0, conflict: 0, rejected: 0 };
  #seq = 0;

  constructor(
    readonly credentials: DeviceCredentials,
    readonly random: Random,
  ) {}

  /** Finalises `count` new valid FMR records with varied content, observed in the last few days at the device's FMP. */
  create(count: number): PushRecord[] {
    const records: PushRecord[] = [];
    for (let i = 0; i < count; i++) {
      this.#seq += 1;
      const observed = Date.now() - this.random.int(5, 5 * 24 * 60) * 60_000;
      const notes = Array.from({ length: this.random.int(0, 4) }, () => this.random.pick(NOTE_WORDS)).join(' ');
      const record: PushRecord = {
        id: crypto.randomUUID(),
        seq: this.#seq,
        form: 'fmr',
        formVersion: 1,
        createdAt: isoWithOffset(observed - this.random.int(1, 600) * 1000),
        finalizedAt: isoWithOffset(observed + this.random.int(1, 600) * 1000),
        enumerator: this.random.pick(ENUMERATORS),
        data: variedFmrData(this.random, {
          fmp: this.credentials.fmp,
          observed_at: isoWithOffset(observed),
          males_18_59: this.random.int(0, 40),
          females_18_59: this.random.int(2, 40),
          estimated: this.random.next() < 0.1,
          notes,
        }),
      };
      this.created.set(record.id, record);
      this.outbox.set(record.id, record);
      records.push(record);
    }
    return records;
  }

  /** The oldest queued records: the outbox keeps seq order. */
  nextBatch(size: number): PushRecord[] {
    return [...this.outbox.values()].slice(0, size);
  }

  requestBody(records: readonly PushRecord[]): PushRequest {
    const oldest = this.nextBatch(1)[0];
    return {
      deviceId: this.credentials.deviceId,
      records: [...records],
      outbox: { pending: this.outbox.size, oldestPendingAt: oldest?.finalizedAt ?? null },
      client: { appVersion: 'sim', storagePersisted: true },
    };
  }

  /** Sends one push body; it changes nothing on the device, whatever happens. */
  async send(baseUrl: string, body: PushRequest, options: SendOptions = {}): Promise<PushOutcome> {
    const json = JSON.stringify(body);
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.credentials.token}`,
      'Content-Type': 'application/json',
    };
    if (options.gzip) headers['Content-Encoding'] = 'gzip';
    try {
      const res = await fetch(`${baseUrl}/api/v1/sync/push`, {
        method: 'POST',
        headers,
        body: options.gzip ? gzipSync(json) : json,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      const text = await res.text();
      if (res.status !== 200) return { kind: 'lost', reason: `status ${res.status}: ${text.slice(0, 200)}` };
      const parsed = PushResponse.safeParse(JSON.parse(text));
      if (!parsed.success) return { kind: 'lost', reason: 'unreadable answer' };
      return { kind: 'answered', results: parsed.data.results };
    } catch (err) {
      return { kind: 'lost', reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
  }

  /** Sends the headers and half the body, then cuts the connection: the server never gets the whole batch. */
  sendCut(baseUrl: string, body: PushRequest): Promise<void> {
    const json = Buffer.from(JSON.stringify(body));
    return new Promise((resolve) => {
      const req = request(`${baseUrl}/api/v1/sync/push`, {
        method: 'POST',
        agent: false,
        headers: {
          Authorization: `Bearer ${this.credentials.token}`,
          'Content-Type': 'application/json',
          'Content-Length': String(json.length),
        },
      });
      req.on('error', () => resolve());
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.write(json.subarray(0, Math.floor(json.length / 2)), () => {
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 20);
      });
    });
  }

  /** What the real client does with an answer: each id it names leaves the outbox. */
  applyResults(results: readonly PushResult[]): void {
    for (const { id, status } of results) {
      this.statusCounts[status] += 1;
      if (id === null || !this.outbox.has(id)) continue;
      this.outbox.delete(id);
      this.acknowledged.set(id, status);
    }
  }

  /** Pushes the oldest `batchSize` queued records once and applies the answer, if one comes. */
  async push(baseUrl: string, batchSize: number, options: SendOptions = {}): Promise<PushOutcome> {
    const batch = this.nextBatch(batchSize);
    const outcome = await this.send(baseUrl, this.requestBody(batch), options);
    if (outcome.kind === 'answered') this.applyResults(outcome.results);
    return outcome;
  }

  /** Pushes until the outbox is empty; gives up, loudly, after `maxAttempts`. */
  async drain(
    baseUrl: string,
    {
      batchSize = 50,
      maxAttempts = 200,
      retryDelayMs = 20,
      ...options
    }: SendOptions & {
      batchSize?: number;
      maxAttempts?: number;
      retryDelayMs?: number;
    } = {},
  ): Promise<{ attempts: number; lost: number }> {
    let attempts = 0;
    let lost = 0;
    let lastReason = '';
    while (this.outbox.size > 0) {
      if (attempts >= maxAttempts) {
        throw new Error(
          `device ${this.credentials.deviceId} still holds ${this.outbox.size} records after ${attempts} pushes: ${lastReason}`,
        );
      }
      attempts += 1;
      const outcome = await this.push(baseUrl, batchSize, options);
      if (outcome.kind === 'lost') {
        lost += 1;
        lastReason = outcome.reason;
        await new Promise((r) => setTimeout(r, retryDelayMs));
      }
    }
    return { attempts, lost };
  }
}
