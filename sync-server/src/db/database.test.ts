import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boundPageCache, openDatabase } from './database.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fmp-database-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cacheSize = (db: ReturnType<typeof openDatabase>) => db.pragma('cache_size', { simple: true });

describe('openDatabase', () => {
  it('gives a writable connection a 2 MB page cache, not better-sqlite3 16 MB', () => {
    const db = openDatabase(join(dir, 'test.sqlite'));
    expect(cacheSize(db)).toBe(-2000);
    db.close();
  });

  it('leaves a read-only connection to the caller, who can bound it the same way', () => {
    openDatabase(join(dir, 'test.sqlite')).close();
    const reader = openDatabase(join(dir, 'test.sqlite'), { readonly: true });
    expect(cacheSize(reader)).toBe(-16000);
    expect(cacheSize(boundPageCache(reader))).toBe(-2000);
    reader.close();
  });
});
