import { chmodSync, existsSync, mkdirSync } from 'node:fs';

/** The data holds every record and the staff's password hashes: only the service's own user may read it. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Every file and folder this process creates from now on, SQLite's included, is for its owner only. */
export function keepNewFilesPrivate(): void {
  process.umask(0o077);
}

/** Creates the folder if needed, and closes an existing one to other users. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Closes files made before the umask was set (an older release, a copy) to other users. */
export function makePrivateFiles(files: readonly string[]): void {
  for (const file of files) if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}
