// npm run restore -- <backup file>: only with the server stopped; the replaced database is kept.
import { loadConfig } from '../sync-server/src/config.ts';
import { keepNewFilesPrivate } from '../sync-server/src/ops/private-files.ts';
import { restoreBackup } from '../sync-server/src/ops/restore.ts';
import { callersPath } from '../sync-server/src/ops/callers-path.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- <backup file>   (stop the server first)');
  process.exit(2);
}
keepNewFilesPrivate();
try {
  const config = loadConfig(process.env);
  const result = restoreBackup(callersPath(file), config.dataDir);
  console.log(`Restored ${result.restored} (schema ${result.schemaVersion}) into ${config.dataDir}.`);
  console.log(
    result.kept ? `The database it replaced is kept at ${result.kept}.` : 'There was no database to replace.',
  );
  console.log('Start the server: it migrates an older schema at start. Then let the devices push again.');
} catch (err) {
  console.error(`Restore refused: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
