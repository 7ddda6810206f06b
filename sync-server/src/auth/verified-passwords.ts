import { createHash } from 'node:crypto';

/** How long a password proved right is taken without scrypt again, and how many are kept. */
const KEEP_MS = 10 * 60_000;
const MAX_ENTRIES = 1000;

/**
 * Passwords proved right lately, kept as a digest of the password with its stored hash: HTTP Basic sends
 * the password with every page of a feed, and scrypt costs about a second and 128 MiB each time (decision
 * 0094). A changed password has another stored hash, so its old digest matches nothing.
 */
export class VerifiedPasswords {
  readonly #until = new Map<string, number>();

  #key(storedHash: string, password: string): string {
    return createHash('sha256').update(storedHash).update('\0').update(password.normalize('NFC')).digest('hex');
  }

  has(storedHash: string, password: string, atMs: number): boolean {
    const until = this.#until.get(this.#key(storedHash, password));
    return until !== undefined && until > atMs;
  }

  add(storedHash: string, password: string, atMs: number): void {
    if (this.#until.size >= MAX_ENTRIES) this.#until.clear();
    this.#until.set(this.#key(storedHash, password), atMs + KEEP_MS);
  }
}
