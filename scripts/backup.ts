// npm run backup -- [folder]: a checked, dated copy of the live database; the server may keep running.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../sync-server/src/config.ts';
import { DB_FILE_NAME, openDatabase } from '../sync-server/src/db/database.ts';
import { takeBackup } from '../sync-server/src/ops/backup.ts';

try {
  const config = loadConfig(process.env);
  const dir = process.argv[2] ? resolve(process.argv[2]) : config.backup.dir;
  const dbFile = join(config.dataDir, DB_FILE_NAME);
  if (!existsSync(dbFile)) throw new Error(`No database at ${dbFile}: check FMP_DATA_DIR.`);
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const result = takeBackup(db, dir, { keep: config.backup.keep });
    console.log(`Backup written: ${result.file}`);
    console.log(`  ${result.bytes} bytes, schema ${result.schemaVersion}, integrity_check ok, ${result.ms} ms`);
    if (result.removed.length > 0) console.log(`  removed ${result.removed.length} older (keeping ${config.backup.keep}): ${result.removed.join(', ')}`);
  } finally {
    db.close();
  }
} catch (err) {
  console.error(err instanceof ConfigError || err instanceof Error ? `Backup failed: ${err.message}` : err);
  process.exit(1);
}
