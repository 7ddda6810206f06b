import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../', import.meta.url);
const INSERT_INTO_RECORDS = /INSERT\s+(OR\s+\w+\s+)?INTO\s+records\b/i;

/** Server source files, without tests, test support or migrations (which write the schema's past). */
function serverSources(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .filter((path) => !path.startsWith('testing/') && !path.startsWith('db/migrations/'));
}

describe('writing records', () => {
  it('goes through records/record-writer.ts alone', () => {
    const writers = serverSources().filter((path) =>
      INSERT_INTO_RECORDS.test(readFileSync(new URL(path, SRC), 'utf8')),
    );
    expect(writers).toEqual(['records/record-writer.ts']);
  });

  it('would notice a second insert into records, in any spelling', () => {
    const spellings = [
      'INSERT INTO records (id) VALUES (?)',
      'insert or ignore into records (id)',
      'INSERT\n     INTO records',
    ];
    expect(spellings.filter((sql) => INSERT_INTO_RECORDS.test(sql))).toEqual(spellings);
    expect(INSERT_INTO_RECORDS.test('INSERT INTO record_conflicts (record_id)')).toBe(false);
  });
});
