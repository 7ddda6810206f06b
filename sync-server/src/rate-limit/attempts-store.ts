import type { Sql } from '../db/sql.ts';
import type { RateLimit } from './rate-limits.ts';

/** One counter: a rule's name (`login`, `enroll`…), the key it counts (an address, a username) and the rule. */
export interface AttemptCounter {
  bucket: string;
  key: string;
  rule: RateLimit;
}

export type Reservation = { allowed: true; ids: number[] } | { allowed: false; retryAfterMs: number };

/** Rows older than this are no counter's any more: the longest window of the default rules, with room. */
const FORGET_AFTER_MS = 24 * 3600_000;

/**
 * A sliding window per counter: refused when the counter already holds `limit` attempts younger than
 * the window, else one attempt is written to each. On PostgreSQL an advisory lock per counter makes two
 * processes count one after the other; on SQLite the writing transaction does (decision 0064).
 */
export function reserveAttempts(db: Sql, counters: readonly AttemptCounter[], atMs: number): Promise<Reservation> {
  return db.transaction(async (tx): Promise<Reservation> => {
    const names = counters.map((c) => `${c.bucket}:${c.key}`).sort();
    if (tx.engine === 'postgres')
      for (const name of names) await tx.get('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [name]);
    await tx.run('DELETE FROM rate_limit_attempts WHERE at_ms <= ?', [atMs - FORGET_AFTER_MS]);
    const waits: number[] = [];
    for (const { bucket, key, rule } of counters) {
      const live = await tx.get<{ n: number; oldest: number | null }>(
        `SELECT count(*) AS n, min(at_ms) AS oldest FROM
           (SELECT at_ms FROM rate_limit_attempts WHERE bucket = ? AND key = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT ?) AS recent`,
        [bucket, key, atMs - rule.windowMs, rule.limit],
      );
      if (live && live.n >= rule.limit && live.oldest !== null) waits.push(live.oldest + rule.windowMs - atMs);
    }
    if (waits.length > 0) return { allowed: false, retryAfterMs: Math.max(...waits) };
    const ids: number[] = [];
    for (const { bucket, key } of counters) {
      const row = await tx.get<{ id: number }>(
        'INSERT INTO rate_limit_attempts (bucket, key, at_ms) VALUES (?, ?, ?) RETURNING id',
        [bucket, key, atMs],
      );
      if (row) ids.push(row.id);
    }
    return { allowed: true, ids };
  });
}

/** Takes back attempts reserved beforehand that turned out not to count. */
export async function giveBackAttempts(db: Sql, ids: readonly number[]): Promise<void> {
  for (const id of ids) await db.run('DELETE FROM rate_limit_attempts WHERE id = ?', [id]);
}
