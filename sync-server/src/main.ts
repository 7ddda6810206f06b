import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { loadConfig, ConfigError } from './config.ts';
import { openDatabase, DB_FILE_NAME } from './db/database.ts';
import { migrate, DatabaseTooNewError } from './db/migrate.ts';
import { bootstrapAdmin } from './auth/bootstrap-admin.ts';
import { createApp } from './app.ts';
import { jsonLog } from './log.ts';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dbFile = join(config.dataDir, DB_FILE_NAME);
  const db = openDatabase(dbFile);
  const { from, to } = migrate(db);
  if (from !== to) console.log(`Database migrated from schema ${from} to ${to}.`);
  const admin = await bootstrapAdmin(db, config.adminPassword, new Date());
  if (admin.created && admin.generatedPassword) {
    console.log(`First start: created user "admin" with password ${admin.generatedPassword} (shown only this once).`);
  } else if (admin.created) {
    console.log('First start: created user "admin" with the password from FMP_ADMIN_PASSWORD.');
  }

  const app = createApp({
    db,
    dbFile,
    now: () => new Date(),
    clientDist: config.clientDist,
    log: jsonLog,
    trustProxy: config.trustProxy,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`fmp-collect listening on http://localhost:${info.port}`);
    console.log(`Data directory: ${config.dataDir}`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing open requests, then closing the database.`);
    server.close(() => {
      db.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DatabaseTooNewError) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
