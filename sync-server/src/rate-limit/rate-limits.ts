export interface RateLimit {
  /** How many counted attempts a key may make within `windowMs`. */
  limit: number;
  windowMs: number;
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
