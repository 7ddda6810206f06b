import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Routes call functions named for what they do; the SQL stays in each concept's module (decision 0019).
const DATABASE_WORK = [
  /\bprepare\s*[<(]/,
  /\.exec\s*\(/,
  /\.pragma\s*\(/,
  /\.transaction\s*\(/,
  /\b(SELECT|INSERT|UPDATE|DELETE)\s/,
];

/** The lines of a source text that write SQL or call the database directly. */
function databaseLines(source: string): string[] {
  return source.split('\n').filter((line) => DATABASE_WORK.some((pattern) => pattern.test(line)));
}

const routesDir = new URL('./', import.meta.url);
const routeFiles = readdirSync(routesDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

describe('the route files', () => {
  it('are all read, so that a new one is checked too', () => {
    expect(routeFiles).toContain('sync.ts');
    expect(routeFiles.length).toBeGreaterThan(10);
  });

  it.each(routeFiles)('%s holds no SQL and no direct database call', (name) => {
    expect(databaseLines(readFileSync(new URL(name, routesDir), 'utf8'))).toEqual([]);
  });

  it('would notice SQL or a database call planted in a route', () => {
    const planted = [
      "const row = db.prepare('SELECT 1 FROM users').get();",
      'db.prepare<[string], Row>(`x`)',
      "db.exec('VACUUM');",
      "db.pragma('wal_checkpoint');",
      'db.transaction(() => insert())();',
      '  `INSERT INTO devices (id) VALUES (?)`,',
      "  'UPDATE devices SET revoked_at = ?',",
      "  'DELETE FROM sessions WHERE user_id = ?',",
    ];
    expect(databaseLines(['// a comment', ...planted, 'return c.json(listUsers(db));'].join('\n'))).toEqual(planted);
  });
});
