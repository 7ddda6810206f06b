// npm run backup -- [--json] [folder]: a checked, dated copy of the live database; the server may keep running.
// Built beside the server as sync-server/dist/backup.js, which the server's scheduled backups run with plain node.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';
import { DB_FILE_NAME, openDatabase } from '../db/database.ts';
import { takeBackup, type BackupResult } from './backup.ts';
import { keepNewFilesPrivate } from './private-files.ts';
import { callersPath } from './callers-path.ts';

function describe(result: BackupResult, keep: number): string[] {
  const lines = [
    `Backup written: ${result.file}`,
    `  ${result.bytes} bytes, schema ${result.schemaVersion}, integrity_check ok, ${result.ms} ms`,
  ];
  if (result.removed.length > 0)
    lines.push(`  removed ${result.removed.length} older (keeping ${keep}): ${result.removed.join(', ')}`);
  return lines;
}

keepNewFilesPrivate();
try {
  const config = loadConfig(process.env);
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const folder = args.find((arg) => arg !== '--json');
  const dir = folder ? callersPath(folder) : config.backup.dir;
  const dbFile = join(config.dataDir, DB_FILE_NAME);
  if (!existsSync(dbFile)) throw new Error(`No database at ${dbFile}: check FMP_DATA_DIR.`);
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const result = takeBackup(db, dir, { keep: config.backup.keep });
    console.log(json ? JSON.stringify(result) : describe(result, config.backup.keep).join('\n'));
  } finally {
    db.close();
  }
} catch (err) {
  console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
