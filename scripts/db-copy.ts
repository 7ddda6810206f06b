// npm run db:copy -- --to postgres://… [--from <data dir>]: the SQLite database into an empty PostgreSQL one, verified.
import { parseArgs } from 'node:util';
import { loadConfig } from '../sync-server/src/config.ts';
import { copySqliteToPostgres, type CopyResult } from '../sync-server/src/db/copy/copy-to-postgres.ts';
import { CopyRefusedError, describeError } from '../sync-server/src/db/copy/copy-errors.ts';
import { rowsText } from '../sync-server/src/db/copy/compare-tables.ts';
import { callersPath } from '../sync-server/src/ops/callers-path.ts';

const USAGE =
  'Usage: npm run db:copy -- --to postgres://user@host:5432/database [--from <data dir>]   (stop the server first)';

function readArgs(): { to: string; from: string | undefined } {
  try {
    const { values } = parseArgs({
      options: { to: { type: 'string' }, from: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    if (!values.to) throw new Error('--to is missing');
    return { to: values.to, from: values.from };
  } catch (err) {
    console.error(`${describeError(err)}\n${USAGE}`);
    process.exit(2);
  }
}

/** Whatever a message quotes, the password of `--to` never reaches the terminal, as typed nor decoded. */
function withoutSecret(text: string, url: string): string {
  let typed = '';
  try {
    typed = new URL(url).password;
  } catch {
    // Not a URL: connectTarget refuses it without quoting it.
  }
  if (!typed) return text;
  let decoded = typed;
  try {
    decoded = decodeURIComponent(typed);
  } catch {
    // A stray % in it: only the typed form can appear.
  }
  return text.replaceAll(typed, '***').replaceAll(decoded, '***');
}

function summary(result: CopyResult): string[] {
  const total = result.tables.reduce((sum, t) => sum + t.rows, 0);
  return [
    `Verified: each table has the same row count and content hash (sha256) in SQLite and in PostgreSQL.`,
    `Copied ${rowsText(total)} in ${result.tables.length} tables from ${result.source} to ${result.target} ` +
      `in ${result.seconds.toFixed(1)} s (insert ${result.copySeconds.toFixed(1)} s, ` +
      `${Math.round(total / result.copySeconds)} rows/s; verify ${result.verifySeconds.toFixed(1)} s).`,
    `Next: start the server with FMP_DATABASE_URL set to this database. The SQLite database is left as it was.`,
  ];
}

const { to, from } = readArgs();
try {
  const dataDir = from ? callersPath(from) : loadConfig(process.env).dataDir;
  const result = await copySqliteToPostgres({
    dataDir,
    targetUrl: to,
    // Printed as each table is in: not yet committed, nor verified.
    onTableCopied: (t) =>
      console.log(`  ${t.name.padEnd(20)} ${rowsText(t.rows).padStart(14)}  ${t.seconds.toFixed(1)} s`),
  });
  console.log(summary(result).join('\n'));
} catch (err) {
  const message = withoutSecret(describeError(err), to);
  console.error(err instanceof CopyRefusedError ? `Copy refused: ${message}` : `Copy failed: ${message}`);
  process.exit(1);
}
