export interface RateLimit {
  /** How many counted attempts a key may make within `windowMs`. */
  limit: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * A sliding-window log per key, in memory: it forgets everything when the process restarts
 * (decisions 0011, 0017). At most `maxKeys` keys are kept; past that, the longest-known key is forgotten first.
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();

  constructor(
    readonly rule: RateLimit,
    readonly maxKeys = 10_000,
  ) {}

  check(key: string, nowMs: number): RateDecision {
    const hits = this.#live(key, nowMs);
    const oldest = hits[0];
    if (hits.length < this.rule.limit || oldest === undefined) return { allowed: true };
    return { allowed: false, retryAfterMs: oldest + this.rule.windowMs - nowMs };
  }

  hit(key: string, nowMs: number): void {
    const hits = this.#live(key, nowMs);
    if (!this.#hits.has(key)) this.#makeRoom(nowMs);
    hits.push(nowMs);
    if (hits.length > this.rule.limit) hits.splice(0, hits.length - this.rule.limit);
    this.#hits.set(key, hits);
  }

  /** Takes back one hit made at `atMs`: an attempt reserved beforehand that turned out not to count. */
  giveBack(key: string, atMs: number): void {
    const hits = this.#hits.get(key);
    const index = hits?.lastIndexOf(atMs) ?? -1;
    if (!hits || index < 0) return;
    hits.splice(index, 1);
    if (hits.length === 0) this.#hits.delete(key);
  }

  get size(): number {
    return this.#hits.size;
  }

  #live(key: string, nowMs: number): number[] {
    const hits = this.#hits.get(key);
    if (!hits) return [];
    const live = hits.filter((at) => at > nowMs - this.rule.windowMs);
    if (live.length === 0) this.#hits.delete(key);
    else this.#hits.set(key, live);
    return live;
  }

  #makeRoom(nowMs: number): void {
    if (this.#hits.size < this.maxKeys) return;
    for (const key of this.#hits.keys()) this.#live(key, nowMs);
    const [oldestKey] = this.#hits.keys();
    if (this.#hits.size >= this.maxKeys && oldestKey !== undefined) this.#hits.delete(oldestKey);
  }
}

export interface RateLimits {
  /** Sign-in attempts per client address. */
  login: RateLimit;
  /** Sign-in attempts per username, from any address. */
  loginAccount: RateLimit;
  /** Enrollment attempts per client address. */
  enroll: RateLimit;
}

/** Failed attempts: plenty for typing mistakes, hopeless for guessing (decision 0017). */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { limit: 10, windowMs: 15 * 60_000 },
  loginAccount: { limit: 20, windowMs: 15 * 60_000 },
  enroll: { limit: 10, windowMs: 15 * 60_000 },
};
